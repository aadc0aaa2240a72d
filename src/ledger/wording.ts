/** Short wordings of ledger figures for one-line explanations and the terminal. */
import type { ActorCode } from '../model/annotation.js';

/** A figure's count in words: `2`, `at least 13`, `up to 40`, `10-15`, `none`, `an unknown number`. */
export function countText(f: { readonly min: number | null; readonly max: number | null }): string {
  if (f.min === null && f.max === null) return 'an unknown number';
  if (f.min === 0 && f.max === 0) return 'none';
  if (f.min !== null && f.max === null) return `at least ${f.min}`;
  if (f.min === null) return `up to ${f.max}`;
  return f.min === f.max ? String(f.min) : `${f.min}-${f.max}`;
}

/** Whose people: the actor's name, `both sides` or `unknown side`. */
export function sideName(side: string, actorName: (code: ActorCode) => string): string {
  if (side === 'multiple') return 'both sides';
  if (side === 'unknown') return 'unknown side';
  return actorName(side);
}
