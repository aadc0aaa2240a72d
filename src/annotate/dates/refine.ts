import type { DateRole } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import { classifyDateLine, lineAt } from '../date-lines.js';
import { PRIORITY } from './candidate.js';
import type { DateCandidate } from './candidate.js';

/** How near (in characters) a named day must be for a weak day word ('overnight') to yield to it. */
const WEAK_REACH = 25;
const CLAUSE_END = /[.;!?]/;
/** What may separate a weekday from the date it names: 'Saturday (25 February)', 'Sunday, 5 March'. */
const WEEKDAY_GLUE = /^[\s,()–-]*(?:(?:the|dem|den|le|el|il|de|der|o|a)\s+)?$/i;

function beats(a: DateCandidate, b: DateCandidate): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.end - a.start > b.end - b.start;
}

/** Resolves overlaps: the candidate with the higher priority (then the longer one) wins. */
export function removeOverlaps(candidates: readonly DateCandidate[]): DateCandidate[] {
  // Most sentences hold no candidate or one: nothing to sort or compare (the same list results).
  if (candidates.length <= 1) return [...candidates];
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.priority - a.priority || b.end - a.end);
  const kept: DateCandidate[] = [];
  for (const c of sorted) {
    const rivals = kept.filter((k) => k.start < c.end && c.start < k.end);
    if (rivals.every((r) => beats(c, r))) {
      for (const r of rivals) kept.splice(kept.indexOf(r), 1);
      kept.push(c);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

function gap(text: string, a: Span, b: Span): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
}

/**
 * Drops what a nearby written day makes redundant: a weak day word ('overnight', 'a day after')
 * near a named day, and a bare weekday next to the date it names ('Saturday (25 February)').
 */
export function dropRedundant(candidates: readonly DateCandidate[], text: string): DateCandidate[] {
  const days = candidates.filter((c) => c.priority > PRIORITY.weak && c.date.precision === 'day');
  return candidates.filter((c) => {
    if (c.priority === PRIORITY.weak) return !days.some((d) => gap(text, c, d).length <= WEAK_REACH && !CLAUSE_END.test(gap(text, c, d)));
    if (c.weekdayOnly) return !days.some((d) => d !== c && !d.weekdayOnly && WEEKDAY_GLUE.test(gap(text, c, d)));
    return true;
  });
}

/** The role of a date mention from the shape of its line: dateline, heading date line, 'Updated' line, or body. */
export function roleOf(text: string, span: Span): DateRole {
  const line = lineAt(text, span.start);
  if (span.end > line.end) return 'body';
  const kind = classifyDateLine(text, line, span);
  return kind ?? 'body';
}
