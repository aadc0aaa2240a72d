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

/** When a figure was stated: `2020-10-01 18:30 (Update 3 1830 CET)`, `undated`. */
export function statedAtText(at: { readonly date: string | null; readonly time: string | null; readonly label: string | null }): string {
  return `${at.date ?? 'undated'}${at.time ? ` ${at.time}` : ''}${at.label ? ` (${at.label})` : ''}`;
}

/** A voice's name as shown: an actor's name, or an outlet's (or report's) followed by `(own voice)`. */
export function voiceText(voice: { readonly claimant: string | null; readonly name: string }): string {
  return voice.claimant === null ? `${voice.name} (own voice)` : voice.name;
}
