import type { Span } from './span.js';

/** A problem found in input, following vfile's model. Fatal marks the input unusable. */
export interface Message {
  readonly severity: 'info' | 'warning' | 'fatal';
  /** A code from `src/errors.ts`. */
  readonly code: string;
  readonly reason: string;
  readonly place: Span | null;
  /** `stage.rule` or `reader.name` that raised it. */
  readonly origin: string;
}
