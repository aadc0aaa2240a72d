import type { CasualtyAnnotation, NumberAnnotation, NumberQualifier } from '../../model/annotation.js';
import type { Lexicon } from '../../lexicon/types.js';

/** True when two sides may name the same people: equal, allied in one camp, or one of them unknown. */
function sameSide(a: string, b: string, lexicon: Lexicon): boolean {
  if (a === b || a === 'unknown' || b === 'unknown') return true;
  // (A loop, not `some` with a closure: asked of nearly every pair of a report's figures.)
  const camps = lexicon.sides ?? [];
  for (let i = 0; i < camps.length; i++) if (camps[i]!.includes(a) && camps[i]!.includes(b)) return true;
  return false;
}

function sameNumber(a: CasualtyAnnotation, b: CasualtyAnnotation): boolean {
  return (a.min !== null && a.min === b.min) || (a.min === null && b.min === null && a.max !== null && a.max === b.max);
}

/** Qualifiers of a count above its number ('more than 40') and of one at or below it ('almost 40', 'up to 40'). */
const ABOVE: ReadonlySet<NumberQualifier> = new Set(['more-than']);
const AT_OR_BELOW: ReadonlySet<NumberQualifier> = new Set(['about', 'up-to', 'less-than']);

/** The number that states a figure's count: its qualifier and where its numeral starts. */
export interface FigureCount {
  readonly qualifier: NumberQualifier;
  readonly at: number;
}

/**
 * The number inside each figure's words whose value is its count (none is found for counted names,
 * read as 'exact').
 */
export function figureCounts(claims: readonly CasualtyAnnotation[], numbers: readonly NumberAnnotation[]): Map<CasualtyAnnotation, FigureCount> {
  const out = new Map<CasualtyAnnotation, FigureCount>();
  for (const c of claims) {
    const n = numbers.find((x) => x.numeral.start >= c.start && x.numeral.end <= c.end && x.value !== null && x.value === (c.min ?? c.max));
    if (n) out.set(c, { qualifier: n.qualifier, at: n.numeral.start });
  }
  return out;
}

/**
 * The date of the figures an undated one restates: those of the same side, status and count, by the
 * same claimant or with one of the two in the report's own voice ('Armenia reports two soldiers killed'
 * over 'Two conscripts died in shelling today, the ministry said'), when they all give one date; else null.
 */
export function dateOfRepeat(undated: CasualtyAnnotation, claims: readonly CasualtyAnnotation[]): CasualtyAnnotation['date'] {
  // Two people told of one by one are as often two deaths as one (a soldier killed by a sniper, an ensign in a fight on July 31).
  if ((undated.max ?? undated.min ?? 0) < 2) return null;
  const claimant = undated.claimant?.code ?? null;
  let date: CasualtyAnnotation['date'] = null;
  for (const c of claims) {
    if (!c.date || c === undated || c.side !== undated.side || c.status !== undated.status || c.min !== undated.min || c.max !== undated.max) continue;
    const other = c.claimant?.code ?? null;
    if (claimant !== null && other !== null && claimant !== other) continue;
    if (date && date.value !== c.date.value) return null;
    date = c.date;
  }
  return date;
}

function sameDate(a: CasualtyAnnotation, b: CasualtyAnnotation): boolean {
  return (a.date?.value ?? null) === (b.date?.value ?? null);
}

/**
 * A figure repeated in a report is one entry: the headline's 'Four soldiers killed' and the body's
 * 'the ministry said four soldiers were killed' keep the attributed one; 'at least 2' and '2' keep
 * the exact one; a figure with no count is dropped when the same claimant gives a count for the same
 * people and status. The first statement of each figure is kept, in text order.
 */
export function mergeRepeatedFigures(claims: readonly CasualtyAnnotation[], lexicon: Lexicon, text?: string,
  counts: ReadonlyMap<CasualtyAnnotation, FigureCount> = new Map()): CasualtyAnnotation[] {
  // (An array of flags rather than a set: read for nearly every pair of figures.)
  const dropped = new Uint8Array(claims.length);
  // 'almost 40 wounded' and 'more than 40 wounded' are two figures, however the same number reads.
  const sameCount = (a: CasualtyAnnotation, b: CasualtyAnnotation) => {
    if (!sameNumber(a, b)) return false;
    const qa = counts.get(a)?.qualifier ?? 'exact';
    const qb = counts.get(b)?.qualifier ?? 'exact';
    return !((ABOVE.has(qa) && AT_OR_BELOW.has(qb)) || (ABOVE.has(qb) && AT_OR_BELOW.has(qa)));
  };
  const counted = (x: CasualtyAnnotation) => x.min !== null || x.max !== null;
  claims.forEach((a, i) => {
    claims.forEach((b, j) => {
      if (i === j || dropped[i] === 1 || dropped[j] === 1 || a.status !== b.status || !sameSide(a.side, b.side, lexicon)) return;
      const claimantA = a.claimant?.code ?? null;
      const claimantB = b.claimant?.code ?? null;
      // 'Azerbaijan confirms soldier deaths' beside 'five soldiers were killed on Friday': the count says it, whatever the dates.
      if (!sameDate(a, b)) {
        if (counted(a) && !counted(b) && a.min !== 0 && b.side !== 'multiple' && (claimantB === null || claimantA === claimantB) && Math.abs(a.sentence - b.sentence) <= 3) dropped[j] = 1;
        return;
      }
      // b repeats a's count for people whose side b does not know ('Five dead' beside 'at least five killed on both sides').
      if (sameCount(a, b) && claimantA === claimantB && b.side === 'unknown' && a.side !== 'unknown') dropped[j] = 1;
      // b repeats a figure that a states with a claimant (b in the report's own voice).
      else if (sameCount(a, b) && claimantA !== null && claimantB === null && a.side !== 'unknown') dropped[j] = 1;
      // b repeats a with the same claimant: keep the more precise count, else the first one.
      else if (claimantA === claimantB && sameCount(a, b) && (a.max !== null || b.max === null) && (b.side === 'unknown' || a.side === b.side || (i < j && a.side !== 'unknown'))) dropped[j] = 1;
      // b repeats a's figure of no count ('Azerbaijan said it suffered casualties ... "the Azerbaijani side suffered losses"').
      else if (!counted(a) && !counted(b) && claimantA === claimantB && a.side === b.side) dropped[j] = 1;
      // b has no count where a gives one, for the same claimant (or b has none).
      else if (counted(a) && !counted(b) && (claimantB === null || claimantA === claimantB) && a.min !== 0) dropped[j] = 1;
    });
  });
  // 'Casualties' that restate a figure given with its status ('four killed ... the four casualties'); not
  // the losses of a side named beside dead of no side ('there were dead ... losses on the Armenian side').
  claims.forEach((b, j) => {
    if (b.status !== 'casualties' || b.min === 0 || dropped[j] === 1) return;
    const specific = claims.some((a, i) => i !== j && dropped[i] === 0 && a.status !== 'casualties' && sameDate(a, b) && sameSide(a.side, b.side, lexicon)
      && (a.side !== 'unknown' || b.side === 'unknown') && ((a.claimant?.code ?? null) === (b.claimant?.code ?? null) || (b.claimant === null && b.min === null && b.max === null))
      && (b.min === null && b.max === null ? true : sameCount(a, b)));
    if (specific) dropped[j] = 1;
  });
  // 'with both sides reporting military deaths' before each side's count of its dead: no figure of its own.
  claims.forEach((b, j) => {
    if (b.side !== 'multiple' || counted(b) || dropped[j] === 1) return;
    const camps = new Set(claims.filter((a, i) => i !== j && dropped[i] === 0 && counted(a) && a.min !== 0 && a.status === b.status && Math.abs(a.sentence - b.sentence) <= 3)
      .map((a) => (lexicon.sides ?? []).findIndex((camp) => camp.includes(a.side))).filter((k) => k >= 0));
    if (camps.size >= 2) dropped[j] = 1;
  });
  // 'two other women were killed', 'two of the civilians were killed' beside a toll of three: a part of a total stated.
  const summed = new Map<number, CasualtyAnnotation>();
  if (text !== undefined) {
    claims.forEach((b, j) => {
      // From the count on: 'the death of the two soldiers' is not a part.
      const from = Math.max(b.start, counts.get(b)?.at ?? b.start);
      if (dropped[j] === 1 || b.max === null || !mayHoldPart(text, from, b.end)) return;
      const words = text.slice(from, b.end);
      if (!PART.test(words) || VERB_BEFORE_PART.test(words)) return;
      const total = claims.find((a, i) => i !== j && dropped[i] === 0 && a.status === b.status && sameSide(a.side, b.side, lexicon) && a.min !== null && a.min > b.max!);
      if (!total) {
        // No total told: 'A woman was killed in X, and two other women in Y' is three killed.
        const k = claims.findIndex((c, k) => k !== j && dropped[k] === 0 && c.sentence === b.sentence && c.start < b.start && c.status === b.status
          && c.side === b.side && (c.claimant?.code ?? null) === (b.claimant?.code ?? null) && c.min !== null && c.max !== null);
        if (k < 0) return;
        const c = summed.get(k) ?? claims[k]!;
        summed.set(k, { ...c, min: c.min! + (b.min ?? b.max!), max: c.max! + b.max!, end: Math.max(c.end, b.end) });
        dropped[j] = 1;
        return;
      }
      dropped[j] = 1;
      // 'A woman was killed in X, and two other women were killed in Y': the ones the others are told
      // beside, before them in the sentence, are parts of the same total.
      claims.forEach((c, k) => {
        if (k !== j && c !== total && dropped[k] === 0 && c.sentence === b.sentence && c.start < b.start && c.status === b.status && sameSide(c.side, b.side, lexicon)
          && c.max !== null && c.max + b.max! <= total.min!) dropped[k] = 1;
      });
    });
  }
  // (A loop, not `flatMap` with an array per claim: V8 runs `flatMap` generically, and this runs for every report.)
  const kept: CasualtyAnnotation[] = [];
  for (let i = 0; i < claims.length; i++) if (dropped[i] === 0) kept.push(summed.get(i) ?? claims[i]!);
  return kept;
}

/**
 * Words that make a figure a part of a larger one ('two other women', 'two of the civilians'), in the
 * words that count them: not after a verb ('two are members of the military' names who they are).
 */
export const PART = /^[^.;]*?(?<![\p{L}])(?:other|of\s+the|of\s+them|of\s+whom)(?![\p{L}])/iu;

/**
 * False when `PART` cannot match `text[from, to)`: each of its words opens with 'ot' or 'of' (letters that only
 * their ASCII capitals match by case folding). Read by the characters' codes: the pattern tries its look-behind
 * at each position of a figure's words.
 */
export function mayHoldPart(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    if ((text.charCodeAt(i) | 32) !== 111) continue;
    const next = text.charCodeAt(i + 1) | 32;
    if (next === 116 || next === 102) return true;
  }
  return false;
}
const VERB_BEFORE_PART = /(?<![\p{L}])(?:are|were|was|is)\s+(?:[\p{L}-]+\s+){0,2}(?:other|of\s+the|of\s+them|of\s+whom)(?![\p{L}])/iu;
