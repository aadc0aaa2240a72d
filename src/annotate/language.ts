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
/** Icelandic letters; franc-min has no Icelandic model. */
const ICELANDIC_LETTERS = /[ðþÐÞ]/g;
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

/** True when `pattern` (global) matches `text` at least `least` times: `count(text, pattern) >= least`, stopping once it is reached. */
function countsAtLeast(text: string, pattern: RegExp, least: number): boolean {
  let n = 0;
  if (n >= least) return true;
  for (const _ of text.matchAll(pattern)) if (++n >= least) return true;
  return false;
}

/** The scripts' ranges flattened for the scan: [from, to, script index, ...]. */
const RANGES: readonly number[] = SCRIPTS.flatMap(([, ranges], k) => ranges.flatMap(([from, to]) => [from, to, k]));

function dominantScript(sample: string): { script: string; letters: number } {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue; // digits, spaces, punctuation
    if (c <= 0x7a) {
      if (c <= 0x5a || c >= 0x61) counts[0] = (counts[0] ?? 0) + 1; // ASCII letters: Latin, the common case
      continue;
    }
    for (let r = 0; r < RANGES.length; r += 3) {
      if (c >= (RANGES[r] as number) && c <= (RANGES[r + 1] as number)) {
        const k = RANGES[r + 2] as number;
        counts[k] = (counts[k] ?? 0) + 1;
        break;
      }
    }
  }
  let best = { script: 'latin', letters: 0 };
  SCRIPTS.forEach(([script], k) => {
    const letters = counts[k] ?? 0;
    if (letters > best.letters) best = { script, letters };
  });
  return best;
}

function detectLatin(sample: string, letters: number): string {
  if (count(sample, ICELANDIC_LETTERS) >= Math.max(2, letters / 200)) return 'is';
  if (sample.includes('õ') && count(sample, ESTONIAN_WORDS) >= 0.06 * countWords(sample)) return 'et';
  return 'en';
}

/**
 * The ISO 639-1 language of `text`, judged on its first 2,000 characters: the script, letter checks
 * for languages franc-min lacks (Icelandic, Estonian), a share of English function words (a fast
 * path for the common case), franc-min's trigrams on the first 1,000 characters, and the script
 * again for short texts (Cyrillic -> ru, Armenian -> hy, Arabic -> ar or fa, Telugu -> te); else 'en'.
 * @example detectLanguage('Двое военнослужащих погибли на границе.') // 'ru'
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const { script, letters } = dominantScript(sample);
  if (letters === 0) return 'en';
  if (script === 'latin') {
    const special = detectLatin(sample, letters);
    if (special !== 'en') return special;
    const words = countWords(sample);
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
    if (doc.report.language) return doc.language === doc.report.language ? doc : { ...doc, language: doc.report.language };
    return { ...doc, language: detectLanguage(doc.text) };
  },
});
