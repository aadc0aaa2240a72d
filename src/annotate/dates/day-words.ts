import { addDays, partialOf, referenceDay } from './calendar.js';
import type { Reference } from './calendar.js';
import { PRIORITY, candidateOf } from './candidate.js';
import type { DateCandidate } from './candidate.js';
import { execAll } from '../../lexicon/exec-all.js';

/**
 * 'Yesterday' and 'today' in languages chrono-node has no parser for, as data: a regex source (matched
 * case-insensitively, as whole words) and the offset in days from the reference day. English and the
 * languages chrono reads (German, French, Russian, Arabic...) are handled elsewhere.
 */
export const DAY_WORDS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  is: [['í\\s+gær\\p{L}*', -1], ['í\\s+fyrradag', -2], ['í\\s+dag', 0], ['í\\s+morgun', 0], ['í\\s+nótt', 0]],
  et: [['eile(?:sel|l)?', -1], ['üleeile', -2], ['täna(?:sel)?', 0], ['öösel', 0]],
  tr: [['dün(?:kü)?', -1], ['evvelsi\\s+gün', -2], ['bugün(?:kü)?', 0]],
  az: [['dünən', -1], ['srağagün', -2], ['bu\\s+gün', 0], ['bugün', 0]],
  hy: [['երեկ', -1], ['այսօր', 0]],
  fa: [['دیروز', -1], ['امروز', 0]],
  ka: [['გუშინ', -1], ['დღეს', 0]],
  pl: [['wczoraj', -1], ['przedwczoraj', -2], ['dzisiaj', 0], ['dziś', 0]],
  cs: [['včera', -1], ['dnes', 0]],
  hu: [['tegnap', -1], ['ma', 0]],
  el: [['χθες', -1], ['σήμερα', 0]],
  ro: [['ieri', -1], ['azi', 0], ['astăzi', 0]],
};

const compiled = new Map<string, ReadonlyArray<readonly [RegExp, number]>>();

function patternsFor(language: string): ReadonlyArray<readonly [RegExp, number]> {
  let list = compiled.get(language);
  if (!list) {
    list = (DAY_WORDS[language] ?? []).map(([source, offset]) => [new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu'), offset] as const);
    compiled.set(language, list);
  }
  return list;
}

/**
 * 'Yesterday' ('í gær', 'dün', 'wczoraj') and 'today' in the report's language, resolved against the
 * reference day; nothing without a reference day or for a language without a table. 'Today' yields to
 * a named day nearby, as the English day words do.
 * @example extractDayWords('Hermenn féllu í gærmorgun.', 0, referenceOf('2020-07-13'), 'is')[0]?.date // { value: '2020-07-12', precision: 'day' }
 */
export function extractDayWords(text: string, offset: number, ref: Reference | null, language: string | null): DateCandidate[] {
  const day = ref ? referenceDay(ref) : null;
  if (!day || language === null || !(language in DAY_WORDS)) return [];
  const out: DateCandidate[] = [];
  for (const [pattern, shift] of patternsFor(language)) {
    for (const m of execAll(pattern, text)) {
      const d = addDays(day, shift);
      const start = offset + m.index;
      out.push(candidateOf(start, start + m[0].length, partialOf(d.year, d.month, d.day), { relative: true, certainty: 'implied', priority: shift === 0 ? PRIORITY.weak : PRIORITY.chrono }));
    }
  }
  return out;
}
