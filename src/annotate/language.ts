import { franc } from 'franc-min';
import { defineStage } from '../pipeline/stage.js';

const STAGE_ID = 'language.v1';
const SAMPLE_LENGTH = 2000;
/** franc's trigram scoring is the costly part; its accuracy holds on the first 1,000 characters. */
const FRANC_LENGTH = 1000;
/** Below this many letters franc's trigram guess is unreliable; the script decides. */
const MIN_FRANC_LETTERS = 24;

/** ISO 639-3 codes franc may answer (restricted to languages seen in news of this kind) -> ISO 639-1. */
const ISO3_TO_ISO1: Readonly<Record<string, string>> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar', pes: 'fa', urd: 'ur',
  fra: 'fr', deu: 'de', nld: 'nl', spa: 'es', por: 'pt', ita: 'it', tur: 'tr', azj: 'az', pol: 'pl',
  ron: 'ro', hun: 'hu', ces: 'cs', swe: 'sv', hrv: 'hr', srp: 'sr', ind: 'id', vie: 'vi', hin: 'hi',
  tel: 'te', tam: 'ta', ben: 'bn', cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el',
};
const FRANC_ONLY = Object.keys(ISO3_TO_ISO1);

/**
 * Scripts that name one language outright, checked in order; the first covering most letters wins.
 * Each is a list of UTF-16 ranges `[from, to]` (inclusive), counted in one pass over the sample.
 */
const SCRIPTS: ReadonlyArray<readonly [string, ReadonlyArray<readonly [number, number]>]> = [
  ['latin', [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f]]],
  ['cyrillic', [[0x400, 0x4ff]]],
  ['arabic', [[0x600, 0x6ff], [0x750, 0x77f], [0xfb50, 0xfdff], [0xfe70, 0xfeff]]],
  ['hy', [[0x531, 0x58f]]],
  ['ka', [[0x10a0, 0x10ff], [0x1c90, 0x1cbf]]],
  ['te', [[0xc00, 0xc7f]]],
  ['he', [[0x590, 0x5ff]]],
  ['el', [[0x370, 0x3ff]]],
  ['hi', [[0x900, 0x97f]]],
  ['ja', [[0x3040, 0x30ff]]],
  ['zh', [[0x4e00, 0x9fff]]],
  ['ko', [[0xac00, 0xd7af]]],
];
const PERSIAN_LETTERS = /[پچژگکی]/g;
// Icelandic letters ('ð', 'þ', 'Ð', 'Þ') are counted by `scanSample`; franc-min has no Icelandic model.
/** Estonian function words; franc-min has no Estonian model. */
const ESTONIAN_WORDS = /(?<!\p{L})(?:ja|ning|oli|ka|kes|mis|sõnul|teatas|vähemalt|pärast|aga|kui|või|üle|seda|mida|ei)(?!\p{L})/giu;
/** English function words rare in other Latin-script languages: a high share decides without franc. */
const ENGLISH_WORDS = /\b(?:the|of|and|to|that|said|was|were|with|for|from|has|have|been|by|which|are|its|their|this|would)\b/gi;
const ENGLISH_SHARE = 0.15;

const LETTER = /\p{L}/u;

/** How many runs of letters (`\p{L}+`) `text` holds, testing ASCII characters by their codes. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    if (c < 128) letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff) {
      letter = LETTER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
      if (letter && !inWord) words++;
      inWord = letter;
      i++; // the low surrogate of the pair
      continue;
    } else letter = LETTER.test(text.charAt(i));
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * True when `pattern` (global, never matching the empty string) matches `text` at least `least` times:
 * `count(text, pattern) >= least`, stopping once it is reached.
 */
function countsAtLeast(text: string, pattern: RegExp, least: number): boolean {
  let n = 0;
  if (n >= least) return true;
  // A `test` loop on the pattern itself (matchAll would copy it, `exec` makes an array per match, and the
  // English words match a few dozen times a report), from and back to its lastIndex as matchAll leaves it.
  // Each match moves lastIndex past its end (it is never empty), so the loop reads the matches `exec` would.
  const start = pattern.lastIndex;
  try {
    while (pattern.test(text)) if (++n >= least) return true;
    return false;
  } finally {
    pattern.lastIndex = start;
  }
}

/** 1 for the ASCII letters, 0 for the other ASCII characters. */
const ASCII_LETTER = new Uint8Array(128).map((_, c) => ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));

/** The scripts' ranges flattened for the scan: [from, to, script index, ...]. */
const RANGES: readonly number[] = SCRIPTS.flatMap(([, ranges], k) => ranges.flatMap(([from, to]) => [from, to, k]));

/** What one pass over a sample counts (see {@link scanSample}). */
export interface SampleCounts {
  /** Letters per script of {@link SCRIPTS}. */
  readonly scripts: readonly number[];
  /** How many Icelandic letters ('ð', 'þ', 'Ð', 'Þ'). */
  readonly icelandic: number;
  /** `sample.includes('õ')`. */
  readonly otilde: boolean;
  /** `countWords(sample)`. */
  readonly words: number;
}

/**
 * What the script and Latin checks count, in one pass over the sample instead of two loops and two
 * searches (speed only): letters per script, runs of letters (`\p{L}+`, as {@link countWords}),
 * Icelandic letters and an 'õ'. (The English function words are left to their pattern: V8 searches
 * them faster than a loop can read words.)
 */
export function scanSample(sample: string): SampleCounts {
  const scripts = new Array<number>(SCRIPTS.length).fill(0);
  let latin = 0;
  let icelandic = 0;
  let otilde = false;
  let words = 0;
  /** 1 inside a run of letters (a number, so the ASCII path reads it without branches). */
  let inWord = 0;
  const n = sample.length;
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i);
    if (c < 128) {
      // ASCII letters (Latin, the common case) counted by a table: a branch per letter or word start
      // was mispredicted at most word boundaries.
      const letter = ASCII_LETTER[c] as number;
      latin += letter;
      words += letter & (inWord ^ 1);
      inWord = letter;
      continue;
    }
    if (c === 0xf5) otilde = true;
    else if (c === 0xf0 || c === 0xfe || c === 0xd0 || c === 0xde) icelandic++;
    for (let r = 0; r < RANGES.length; r += 3) {
      if (c >= (RANGES[r] as number) && c <= (RANGES[r + 1] as number)) {
        const k = RANGES[r + 2] as number;
        scripts[k] = (scripts[k] ?? 0) + 1;
        break;
      }
    }
    // Runs of letters of any script, as countWords reads them (a surrogate pair is one code point).
    if (c >= 0xd800 && c <= 0xdbff && (sample.codePointAt(i) ?? 0) > 0xffff) {
      const letter = LETTER.test(String.fromCodePoint(sample.codePointAt(i) ?? c));
      if (letter && inWord === 0) words++;
      inWord = letter ? 1 : 0;
      i++; // the low surrogate of the pair, in no script's ranges
      continue;
    }
    const letter = LETTER.test(sample.charAt(i));
    if (letter && inWord === 0) words++;
    inWord = letter ? 1 : 0;
  }
  scripts[0] = (scripts[0] ?? 0) + latin;
  return { scripts, icelandic, otilde, words };
}

function dominantScript(counts: SampleCounts): { script: string; letters: number } {
  let best = { script: 'latin', letters: 0 };
  SCRIPTS.forEach(([script], k) => {
    const letters = counts.scripts[k] ?? 0;
    if (letters > best.letters) best = { script, letters };
  });
  return best;
}

function detectLatin(sample: string, letters: number, counts: SampleCounts): string {
  if (counts.icelandic >= Math.max(2, letters / 200)) return 'is';
  if (counts.otilde && count(sample, ESTONIAN_WORDS) >= 0.06 * counts.words) return 'et';
  return 'en';
}

/**
 * The ISO 639-1 language of `text`, judged on its first 2,000 characters: the script, letter checks
 * for languages franc-min lacks (Icelandic, Estonian), a share of English function words (a fast
 * path for the common case), franc-min's trigrams on the first 1,000 characters, and the script
 * again for short texts (Cyrillic -> ru, Armenian -> hy, Arabic -> ar or fa, Telugu -> te); else 'en'.
 * The counts the checks need are taken in one pass over the sample ({@link scanSample}).
 * @example detectLanguage('Двое военнослужащих погибли на границе.') // 'ru'
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const counts = scanSample(sample);
  const { script, letters } = dominantScript(counts);
  if (letters === 0) return 'en';
  if (script === 'latin') {
    const special = detectLatin(sample, letters, counts);
    if (special !== 'en') return special;
    const words = counts.words;
    if (words >= 8 && countsAtLeast(sample, ENGLISH_WORDS, ENGLISH_SHARE * words)) return 'en';
  }
  if (script !== 'latin' && script !== 'cyrillic' && script !== 'arabic') return script;
  if (letters >= MIN_FRANC_LETTERS) {
    const guess = ISO3_TO_ISO1[franc(sample.slice(0, FRANC_LENGTH), { only: FRANC_ONLY, minLength: 1 })];
    if (guess) return guess;
  }
  if (script === 'cyrillic') return 'ru';
  if (script === 'arabic') return count(sample, PERSIAN_LETTERS) >= Math.max(1, letters / 50) ? 'fa' : 'ar';
  return 'en';
}

/** `language.v1`: sets `doc.language` from the text when the report's metadata gives none. */
export const language = defineStage({
  id: STAGE_ID,
  requires: [],
  assigns: [],
  run(doc) {
    const language = doc.report.language || detectLanguage(doc.text);
    if (language === doc.language) return doc;
    return { report: doc.report, text: doc.text, language, annotations: doc.annotations, messages: doc.messages };
  },
});
