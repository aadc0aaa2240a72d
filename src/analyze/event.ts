import type { ActorAnnotation, ActorCode, CasualtyAnnotation, DateAnnotation, PlaceAnnotation, SentenceAnnotation } from '../model/annotation.js';
import type { EventPlace, ReportEvent } from '../model/analysis.js';
import { annotationsOf, type Document } from '../model/document.js';
import type { PartialDate } from '../model/report.js';
import type { Lexicon } from '../lexicon/types.js';
import { isBelligerent } from '../annotate/casualties/side.js';
import { addDays, dayDiff } from './dates.js';
import { firstDayOf, lastDayOf, toEpochDay } from '../annotate/dates/calendar.js';
import { captionLinesOf } from '../annotate/date-lines.js';
import { tellsOfHappening } from '../annotate/event-type.js';
import { positionsSource } from '../lexicon/word-pattern.js';
import { isAsciiLetter, isSpaceCode } from '../lexicon/chars.js';

/** How many sentences count as the lead (title, dateline, first paragraph). */
const LEAD = 4;
/** A report tells of events at most this many days before its publication date (or one day after, for time zones). */
const MAX_EVENT_AGE_DAYS = 7;
/** A clause whose dates all ended this long before the event tells of history. */
const BACKGROUND_DAYS = 365;
/** How long after a retrospective's stated date a date written without its year still belongs to that year. */
const RETROSPECTIVE_DAYS = 120;
const PLACE_RANK: Readonly<Record<string, number>> = { village: 0, feature: 1, town: 2, city: 3, district: 4, province: 5, region: 6, country: 9 };
/** English words (and stems: 'shell' for 'shelled', 'shelling') that tell of a concrete happening. */
export const HAPPENING_WORDS = String.raw`clash|fight|attack|shell|fire[ds]?\b|firing|killed|wounded|injured|died|dead|strike|struck|drone|incursion|explo|blast|signed|exchang|swap|releas|freed|handed over|repatriat|shot|ceasefire|truce|battle|hostilities|repelled|provocation|casualt|losses|protest|cross(?:ed|ing)|advanc|entered|invad|violat|seiz|captur|occup|detain|bomb|missile|rocket|mortar|artillery|ambush|skirmish`;
/**
 * A happening word at the start of a word (`/\b(?:HAPPENING_WORDS)/i`), the words grouped by first letter
 * ({@link positionsSource}): the pattern is only tested, and the grouped list matches at exactly the positions
 * the list does. Why: V8 tries the fifty words of a list one after the other at each word of a sentence, and a
 * grouped list is left at the first letter (this test of every sentence was the largest cost of the event).
 */
export const HAPPENING = new RegExp(`\\b(?:${positionsSource([HAPPENING_WORDS])})`, 'i');
const REMOTE = new Set(['Shelling/artillery/missile attack', 'Air/drone strike']);

/**
 * Derives the main incident of a report: the newest concrete happening it tells of, with its date,
 * type, places and actors. Background facts (earlier wars, last year's clashes) never become the event.
 */
export function deriveEvent(doc: Document, claims: readonly CasualtyAnnotation[], lexicon: Lexicon, reference: PartialDate | null, hint: PartialDate | null = null): ReportEvent {
  // A photo caption dates and places the photo, not the event.
  const captions = captionLinesOf(doc);
  const sentences = annotationsOf(doc, 'sentence').filter((s) => !captions.some((c) => s.start >= c.start && s.end <= c.end));
  // A sentence tells of a happening by an English happening word, a cue of the report's language, or a casualty figure.
  const withFigures = new Set(claims.map((c) => c.sentence));
  // Whether a sentence holds an English happening word, searched once (the event sentences and the anchor both ask).
  const words = new Map<SentenceAnnotation, boolean>();
  const hasHappeningWord = (s: SentenceAnnotation): boolean => {
    let found = words.get(s);
    if (found === undefined) {
      found = HAPPENING.test(doc.text.slice(s.start, s.end));
      words.set(s, found);
    }
    return found;
  };
  // (The figures first: a look-up, where the words are a search of the sentence.)
  const happening = (s: SentenceAnnotation): boolean =>
    withFigures.has(s.index) || hasHappeningWord(s) || (doc.language !== 'en' && tellsOfHappening(doc.text.slice(s.start, s.end), doc.language, lexicon));
  const eventSentences = sentences.filter((s) => s.index < LEAD || happening(s));
  // A report with no publication date of its own is read against its incident's date (see cluster/refine.ts).
  const borrowed = reference === null && hint?.precision === 'day';
  // Datelines, headings and 'Updated' lines date the report, not the happening; captions date a photo.
  // (The body's dates and the actors are read once: the date, the places and the actors each use them.)
  const bodyDates = annotationsOf(doc, 'date').filter((d) => d.role === 'body');
  const actorMentions = annotationsOf(doc, 'actor');
  const stated = eventDate(doc, bodyDates, sentences, eventSentences, borrowed ? hint : reference, borrowed);
  const unstated = stated.evidence === null || stated.date?.precision !== 'day';
  const { date, evidence } = unstated && hint && acceptsHint(hint, reference) ? { date: hint, evidence: null } : stated;
  const type = eventTypeOf(doc, claims);
  const places = eventPlaces(doc, eventSentences, lexicon, date, actorMentions, bodyDates);
  const actors = eventActors(actorMentions, eventSentences, claims, lexicon, type);
  const anchor = sentences.find(hasHappeningWord) ?? sentences[0] ?? null;
  return { date, dateEvidence: evidence, type, anchor: anchor ? { start: anchor.start, end: anchor.end } : null, places, actors };
}

/** An incident's date may stand in for a report's unstated one when the report was published on or a few days after it. */
function acceptsHint(hint: PartialDate, reference: PartialDate | null): boolean {
  if (hint.precision !== 'day') return false;
  if (reference?.precision !== 'day') return true;
  const diff = dayDiff(hint.value, reference.value);
  return diff >= 0 && diff <= 3;
}

/** The items that lie whole inside one of the sentences. */
function inside<T extends { start: number; end: number }>(items: readonly T[], sentences: readonly SentenceAnnotation[]): T[] {
  return items.filter((x) => sentences.some((s) => x.start >= s.start && x.end <= s.end));
}

function eventDate(
  doc: Document,
  body: readonly DateAnnotation[],
  sentences: readonly SentenceAnnotation[],
  eventSentences: readonly SentenceAnnotation[],
  reference: PartialDate | null,
  borrowed = false,
): { date: PartialDate | null; evidence: ReportEvent['dateEvidence'] } {
  const dates = inside(body, sentences);
  const inEvent = inside(dates, eventSentences);
  if (reference?.precision === 'day') {
    const inWindow = windowOf(reference.value);
    const withYear = (d: DateAnnotation) => /\d{4}/.test(doc.text.slice(d.start, d.end));
    // A retrospective ('clashes began on March 4, 2008', published ten years later): a full date the
    // lead writes out, with its year, long before publication, dates the event; a later 'March 4'
    // without a year is the same day, not this year's.
    const old = dates.find((d) => d.date.precision === 'day' && d.certainty === 'stated' && withYear(d)
      && eventSentences.some((s) => s.index < LEAD && d.start >= s.start && d.end <= s.end) && !inWindow(d.date.value) && d.date.value < reference.value);
    const recent = inEvent.filter((d) => d.date.precision === 'day' && inWindow(d.date.value)
      && !(old && !withYear(d) && d.date.value.slice(5) === old.date.value.slice(5)));
    // The main incident is the newest concrete happening the report tells of.
    // A borrowed reference (the incident's date) may be a day early: a date the text writes out may follow it.
    const latest = borrowed ? addDays(reference.value, 1) : reference.value;
    const past = recent.filter((d) => d.date.value <= (borrowed && !d.relative ? latest : reference.value));
    const chosen = [...(past.length ? past : recent)].sort((a, b) => b.date.value.localeCompare(a.date.value) || a.start - b.start)[0];
    if (chosen && old && !chosen.relative && !withYear(chosen)) {
      // A retrospective goes on in its own year: 'on September 27, 2020 ... On the war's 31st day, October 27'
      // in a report of October 2021 is 27 October 2020 when that falls within a season after the stated date.
      const carried = `${old.date.value.slice(0, 4)}${chosen.date.value.slice(4)}`;
      const after = dayDiff(old.date.value, carried);
      if (after >= 0 && after <= RETROSPECTIVE_DAYS) return { date: { value: carried, precision: 'day' }, evidence: { start: chosen.start, end: chosen.end } };
    }
    if (chosen) return { date: chosen.date, evidence: { start: chosen.start, end: chosen.end } };
    if (old) return { date: old.date, evidence: { start: old.start, end: old.end } };
    return { date: reference, evidence: null };
  }
  if (reference) return { date: reference, evidence: null };
  // No reference date: the newest day the event sentences state; else, for a report that tells of no
  // dated happening (an explainer), the newest month or year it names.
  const newest = (list: readonly DateAnnotation[]) => [...list].sort((a, b) => b.date.value.localeCompare(a.date.value))[0];
  // A month or year dates such a report only when its lead gives it ('the conflict reignited in 2020'); one
  // further down is background ('the worst fighting since April 2016'), and no date lets the report take
  // its incident's.
  const lead = sentences.filter((s) => s.index < LEAD);
  const chosen = newest(inEvent.filter((d) => d.date.precision === 'day')) ?? newest(inside(dates, lead));
  if (!chosen) return { date: null, evidence: null };
  // A day whose year was inferred (see dates/context-year.ts) is not stated: the incident's date may replace it.
  const inferred = chosen.certainty === 'implied' && !chosen.relative;
  return { date: chosen.date, evidence: inferred ? null : { start: chosen.start, end: chosen.end } };
}

/** Whether a day lies in the window of days before a report's `reference` day that its event may be on: the test, with the day after the reference read once. */
function windowOf(reference: string): (day: string) => boolean {
  const dayAfter = addDays(reference, 1);
  return (day) => {
    const diff = dayDiff(day, reference);
    return diff <= MAX_EVENT_AGE_DAYS && diff >= -1 && day <= dayAfter;
  };
}

function eventTypeOf(doc: Document, claims: readonly CasualtyAnnotation[]): string {
  const ranked = annotationsOf(doc, 'event-type');
  const score = (label: string): number => ranked.find((r) => r.label === label)?.score ?? 0;
  const top = ranked[0];
  const harm = claims.some((c) => (c.status === 'killed' || c.status === 'wounded') && c.min !== 0);
  if (!top) return harm ? 'Armed clash' : 'Other';
  if (top.label === 'Agreement' || score('Agreement') >= top.score * 0.8) return 'Agreement';
  const clash = score('Armed clash');
  if (REMOTE.has(top.label) && clash > 0 && clash > top.score * 0.5) return 'Armed clash';
  if (harm && clash > 0 && !REMOTE.has(top.label) && ['Diplomacy', 'Political', 'Other', 'Arrests'].includes(top.label)) return 'Armed clash';
  return top.label;
}

function eventPlaces(
  doc: Document,
  eventSentences: readonly SentenceAnnotation[],
  lexicon: Lexicon,
  date: PartialDate | null,
  actors: readonly ActorAnnotation[],
  dates: readonly DateAnnotation[],
): EventPlace[] {
  // (The history test's bound, read once for the report's places.)
  const first = date ? firstDayOf(date) : null;
  const historyBefore = first ? toEpochDay(first) - BACKGROUND_DAYS : null;
  const byId = new Map<string, PlaceAnnotation>();
  for (const m of annotationsOf(doc, 'place')) {
    if (!eventSentences.some((s) => m.start >= s.start && m.end <= s.end)) continue;
    const place = lexicon.place(m.placeId);
    // Borders, lines of contact and regions across countries name where the sides meet, not where an incident
    // happened; a line inside one region ('the line of contact' in Nagorno-Karabakh) stands for that region.
    const parent = place?.eventPlace !== false || place.parent === null ? undefined : lexicon.place(place.parent);
    // The mention counts only when it names a place not kept yet: the first mention that passes the tests
    // below is kept, so a later one is not tested (each test reads the text around the mention).
    const id = place?.eventPlace !== false ? m.placeId : parent !== undefined && parent.type !== 'country' && parent.eventPlace !== false ? parent.id : null;
    if (id === null || byId.has(id)) continue;
    if (isMetonym(doc.text, m, actors) || (historyBefore !== null && isHistory(doc.text, m, dates, historyBefore))) continue;
    byId.set(id, parent === undefined ? m : { ...m, placeId: parent.id, name: parent.name, placeType: parent.type, country: parent.country, lat: parent.lat, lon: parent.lon });
  }
  let places = [...byId.values()];
  if (places.some((p) => p.placeType !== 'country')) places = places.filter((p) => p.placeType !== 'country');
  places.sort((a, b) => (PLACE_RANK[a.placeType] ?? 5) - (PLACE_RANK[b.placeType] ?? 5) || a.start - b.start);
  return places.slice(0, 5).map((p) => ({ placeId: p.placeId, name: p.name, placeType: p.placeType, country: p.country, lat: p.lat, lon: p.lon, mention: { start: p.start, end: p.end } }));
}

/**
 * How far the clause around a place mention is read. A clause ends at a break character (`,;:()\n—–`) or at
 * '.' before white space (`/[,;:()\n—–]|\.\s/`, read by character codes below).
 */
const CLAUSE_REACH = 80;

/** `,;:()\n—–` by character code. */
function isBreakChar(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 10 || c === 0x2014 || c === 0x2013;
}

/**
 * `s.search(/[,;:()\n—–]|\.\s/)`, read by character codes from the start: the first break character, or '.' before
 * white space; -1 when none (a search of the pattern cost about as much as the rest of the place's test).
 */
export function firstClauseBreak(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isBreakChar(c) || (c === 46 && i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1)))) return i;
  }
  return -1;
}

/**
 * `/[,;:()\n—–]|\.\s/.test(s.slice(i, i + 2))` for `i` inside `s`, read from the two characters' codes: a break
 * character at either, or '.' before white space (a one-character string and a search of the break
 * characters per position cost more than the rest of the place's test).
 */
export function clauseBreakAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  if (isBreakChar(s.charCodeAt(i))) return true;
  if (i + 1 >= s.length) return false;
  const next = s.charCodeAt(i + 1);
  return isBreakChar(next) || (s.charCodeAt(i) === 46 && isSpaceCode(next));
}

/**
 * True when the clause naming a place dates it more than a year before the event (all its dates end before
 * the epoch day `historyBefore`, a year before the event's first day): history ('the anniversary
 * of the 1992 massacre in Khojaly'), not this event. A recent date ('the road, blocked since December') or
 * an old one in another clause ('shelled Tartar, which was also hit in 2020') does not make it history.
 */
function isHistory(text: string, place: PlaceAnnotation, dates: readonly DateAnnotation[], historyBefore: number): boolean {
  const before = text.slice(Math.max(0, place.start - CLAUSE_REACH), place.start);
  const after = text.slice(place.end, place.end + CLAUSE_REACH);
  let from = place.start - before.length;
  // `clauseBreakAt(before, i)` read from the end: a break character at `i + 1` would have stopped the loop
  // there already, so only the character at `i` (and a '.' before white space) is left to test.
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before.charCodeAt(i);
    if (isBreakChar(c) || (c === 46 && i + 1 < before.length && isSpaceCode(before.charCodeAt(i + 1)))) {
      from = place.start - before.length + i + 1;
      break;
    }
  }
  const stop = firstClauseBreak(after);
  const to = stop < 0 ? place.end + after.length : place.end + stop;
  const inClause = dates.filter((d) => d.start >= from && d.end <= to);
  return inClause.length > 0 && inClause.every((d) => {
    const last = lastDayOf(d.until ?? d.date);
    return last !== null && toEpochDay(last) < historyBefore;
  });
}

/**
 * Where a statement was made ('told reporters in Yerevan', 'said in Baku', 'at a news conference in
 * Stepanakert', 'a Stepanakert-based official'). 'Authorities in Baku said' is left to the capital rule
 * below: the incident grouping (`cluster/features.ts`) links reports by the places of their events, and
 * the seat of the authorities both reports quote is what links an undated report to its incident.
 */
const SEAT_BEFORE = /\b(?:told (?:reporters|journalists|a news conference|a briefing|a press conference)|said|speaking|briefing|(?:news|press) conference|statement issued)\s+in\s+$/i;
const SEAT_IN_BEFORE = /(?:^|[.!?]\s+|\n\s*)(?:Speaking|Briefing reporters|At a (?:news|press) conference) in\s+$/i;
const BASED_AFTER = /^-based\b/;
/** A name that is a person's ('Lt. Ararat Gasparyan', 'soldier Shahriar Alibeyli'): a rank or title before it, a surname after it. */
const RANKS: ReadonlySet<string> = new Set('Lt Lieutenant Maj Major Col Colonel Capt Captain Sgt Sergeant Pvt Private Gen General Ensign Mr Mrs Ms soldier soldiers serviceman servicemen Soldate Soldaten'.split(' '));
export const RANK_BEFORE = new RegExp(`\\b(?:${[...RANKS].join('|')})\\.?\\s+(?:\\p{Lu}\\p{L}+\\s+)?$`, 'u');

/**
 * False when {@link RANK_BEFORE} cannot match `wide`, read from its end (the pattern is tried at each of the 48
 * positions before every place, and most places follow a lower-case word: 'near Tovuz'). A match ends with all
 * the white space at the end, after a rank (maybe with its period) or a capitalised name: so the run of ASCII
 * letters before that white space is a whole rank (a rank follows no letter) or starts with a capital (a name
 * follows white space). A period there, or a letter outside ASCII, is left to the pattern.
 */
export function mayEndWithRank(wide: string): boolean {
  let end = wide.length;
  while (end > 0 && isSpaceCode(wide.charCodeAt(end - 1))) end--;
  if (end === wide.length || end === 0) return false;
  if (wide.charCodeAt(end - 1) === 46) return true;
  let start = end;
  while (start > 0 && isAsciiLetter(wide.charCodeAt(start - 1))) start--;
  if (start === end || (start > 0 && wide.charCodeAt(start - 1) > 0x7f)) return true;
  const first = wide.charCodeAt(start);
  return (first >= 65 && first <= 90) || RANKS.has(wide.slice(start, end));
}

/** A preposition of place before a capital: 'in Baku', 'near Yerevan' name the city, not its government. */
const LOCATIVE_BEFORE = /\b(?:in|near|on|at|to|over|into|outside)\s+$/i;
/** A dateline's place: the start of its line in capitals ('BAKU', 'YEREVAN, Armenia (AP)' up to the place). */
const DATELINE_PLACE = /^[\p{Lu}\s,.()-]{2,40}$/u;
/** What follows a dateline's place: '(', a dash or a comma. */
const DATELINE_AFTER = /^\s*(?:\(|—|-|,)/;
const SURNAME_AFTER = /^\s+\p{Lu}\p{L}*(?:yan|ian|ov|ova|ev|eva|yev|yeva|zade|oglu|oğlu)(?!\p{L})/u;

/**
 * True when `text` ends with white space, 'in' (any case) and white space (`\sin\s+$`, case-insensitive), as
 * every match of {@link SEAT_BEFORE} and {@link SEAT_IN_BEFORE} does: they are run only then (each tries its
 * list at every position of the 48 characters before each place, and most places follow another word).
 */
export function endsWithIn(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === text.length || end < 3) return false;
  // (Without `u`, `i` matches 'i' and 'n' in either case only: `| 0x20` folds exactly those onto 105 and 110.)
  return (text.charCodeAt(end - 2) | 0x20) === 105 && (text.charCodeAt(end - 1) | 0x20) === 110 && isSpaceCode(text.charCodeAt(end - 3));
}

/**
 * A capital standing for its government ('Baku said', 'Yerevan accuses'), the place a statement was made
 * ('told reporters in Yerevan') or a person's name ('Lt. Ararat Gasparyan') is not where anything happened.
 */
function isMetonym(text: string, place: PlaceAnnotation, actors: readonly { start: number; end: number; aliasKind: string }[]): boolean {
  const actor = actors.find((a) => a.start === place.start && a.end === place.end);
  if (actor && actor.aliasKind !== 'capital' && actor.aliasKind !== 'name') return true;
  const wide = text.slice(Math.max(0, place.start - 48), place.start);
  const after = text.slice(place.end, place.end + 48);
  if ((endsWithIn(wide) && (SEAT_BEFORE.test(wide) || SEAT_IN_BEFORE.test(wide))) || BASED_AFTER.test(after)) return true;
  if ((mayEndWithRank(wide) && RANK_BEFORE.test(wide)) || SURNAME_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, place.start - 12), place.start);
  if (actor?.aliasKind === 'capital') return !LOCATIVE_BEFORE.test(before);
  const lineStart = text.lastIndexOf('\n', place.start) + 1;
  const dateline = DATELINE_PLACE.test(text.slice(lineStart, place.end)) && DATELINE_AFTER.test(text.slice(place.end, place.end + 3)) && text.slice(lineStart, place.end) === text.slice(lineStart, place.end).toUpperCase();
  return dateline;
}

function eventActors(mentions: readonly ActorAnnotation[], eventSentences: readonly SentenceAnnotation[], claims: readonly CasualtyAnnotation[], lexicon: Lexicon, type: string): ActorCode[] {
  const counts = new Map<ActorCode, number>();
  const bump = (code: ActorCode, n: number) => counts.set(code, (counts.get(code) ?? 0) + n);
  for (const a of mentions) {
    if (!eventSentences.some((s) => a.start >= s.start && a.end <= s.end)) continue;
    const entry = lexicon.actors.get(a.code);
    if (!entry) continue;
    const party = (lexicon.sides ?? []).length ? isBelligerent(a.code, lexicon) : entry.type !== 'organisation';
    if (party || (type === 'Agreement' && entry.type === 'state')) bump(a.code, 1);
  }
  for (const c of claims) if (c.side !== 'multiple' && c.side !== 'unknown' && lexicon.actors.has(c.side)) bump(c.side, 2);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}
