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

/** Scripts that name one language outright, checked in order; the first covering most letters wins. */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['latin', /[A-Za-z\u00C0-\u024F]/g],
  ['cyrillic', /[\u0400-\u04FF]/g],
  ['arabic', /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g],
  ['hy', /[\u0531-\u058F]/g],
  ['ka', /[\u10A0-\u10FF\u1C90-\u1CBF]/g],
  ['te', /[\u0C00-\u0C7F]/g],
  ['he', /[\u0590-\u05FF]/g],
  ['el', /[\u0370-\u03FF]/g],
  ['hi', /[\u0900-\u097F]/g],
  ['ja', /[\u3040-\u30FF]/g],
  ['zh', /[\u4E00-\u9FFF]/g],
  ['ko', /[\uAC00-\uD7AF]/g],
];
const PERSIAN_LETTERS = /[پچژگکی]/g;
/** Icelandic letters; franc-min has no Icelandic model. */
const ICELANDIC_LETTERS = /[ðþÐÞ]/g;
/** Estonian function words; franc-min has no Estonian model. */
const ESTONIAN_WORDS = /(?<!\p{L})(?:ja|ning|oli|ka|kes|mis|sõnul|teatas|vähemalt|pärast|aga|kui|või|üle|seda|mida|ei)(?!\p{L})/giu;
const WORD = /\p{L}+/gu;
/** English function words rare in other Latin-script languages: a high share decides without franc. */
const ENGLISH_WORDS = /(?<!\p{L})(?:the|of|and|to|that|said|was|were|with|for|from|has|have|been|by|which|are|its|their|this|would)(?!\p{L})/giu;
const ENGLISH_SHARE = 0.15;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function dominantScript(sample: string): { script: string; letters: number } {
  let best = { script: 'latin', letters: 0 };
  for (const [script, pattern] of SCRIPTS) {
    const letters = count(sample, pattern);
    if (letters > best.letters) best = { script, letters };
  }
  return best;
}

function detectLatin(sample: string, letters: number): string {
  if (count(sample, ICELANDIC_LETTERS) >= Math.max(2, letters / 200)) return 'is';
  if (sample.includes('õ') && count(sample, ESTONIAN_WORDS) >= 0.06 * count(sample, WORD)) return 'et';
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
    const words = count(sample, WORD);
    if (words >= 8 && count(sample, ENGLISH_WORDS) >= ENGLISH_SHARE * words) return 'en';
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
