import type { NumberQualifier } from '../../model/annotation.js';
import { MONTH_SOURCE } from '../dates/months.js';
import { EN_SCALES, EN_TENS, EN_UNITS } from './cardinals.js';
import { LETTER, LETTER_OR_DIGIT, TextCheck, WordPattern, WordPatternSet } from '../../lexicon/word-pattern.js';
import { isAsciiLetter, isAsciiSpace } from '../../lexicon/chars.js';

/**
 * Words around numerals, as data: qualifiers, vague quantities, and the contexts that make a
 * number something other than a count (units, money, percentages, times, labels, dates).
 */

/** Qualifier phrases, by kind, in English and a few other languages (matched right before the numeral). */
const QUALIFIER_WORDS: ReadonlyArray<readonly [NumberQualifier, string]> = [
  ['at-least', 'at least|no fewer than|no less than|not less than|a minimum of|mindestens|wenigstens|au moins|al menos|por lo menos|pelo menos|ao menos|almeno|minstens|ten minste|не менее|как минимум|по меньшей мере|по крайней мере|en az|vähemalt|að minnsta kosti|ít að minnsta kosti'],
  ['more-than', 'more than|upwards of|in excess of|well over|just over|over|above|mehr als|über|plus de|más de|mais de|oltre|più di|meer dan|более чем|более|больше|свыше|üle'],
  ['up-to', 'up to|as many as|at most|no more than|not more than|a maximum of|bis zu|jusqu\'à|jusqu’à|hasta|até|fino a|tot|до'],
  ['less-than', 'less than|fewer than|just under|under|below|weniger als|moins de|menos de|meno di|minder dan|менее|меньше'],
  ['about', 'nearly|almost|about|around|some|approximately|roughly|an estimated|estimated|close to|approx\\.|circa|etwa|rund|ungefähr|fast|environ|près de|presque|quelque|unos|unas|cerca de|casi|aproximadamente|quase|cerca di|quasi|ongeveer|bijna|около|примерно|почти|порядка|yaklaşık|neredeyse|umbes|ligikaudu|peaaegu|tæplega|um|nærri'],
];

/** A qualifier ending right before a numeral: `(?:^|non-letter)(phrase)\s+$`. One pattern per kind. */
export const QUALIFIERS: ReadonlyArray<readonly [NumberQualifier, RegExp]> = QUALIFIER_WORDS.map(([kind, words]) => [
  kind,
  new RegExp(`(?:^|[^\\p{L}])(${words})\\s+$`, 'iu'),
]);

/**
 * Each kind's qualifier phrases written in printable ASCII, lower-cased and unescaped ('at least',
 * 'approx.'): all a kind's pattern can match in an ASCII text (see `qualifierBefore`). Kinds in the order
 * of {@link QUALIFIERS}.
 */
export const QUALIFIER_ASCII_PHRASES: ReadonlyArray<readonly string[]> = QUALIFIER_WORDS.map(([, words]) => [
  ...new Set(
    words
      .split('|')
      .map((phrase) => phrase.replace(/\\(.)/g, '$1').toLowerCase())
      .filter((phrase) => /^[\x20-\x7e]+$/.test(phrase)),
  ),
]);

/**
 * The last words of each kind's qualifier phrases written in ASCII, lower-cased and unescaped ('least',
 * 'than', 'approx.'): a kind's pattern can match only where the text before the numeral ends with one of
 * them or with a character outside ASCII (see `qualifierBefore`). Kinds in the order of {@link QUALIFIERS}.
 */
export const QUALIFIER_ENDINGS: ReadonlyArray<readonly string[]> = QUALIFIER_WORDS.map(([, words]) => [
  ...new Set(
    words.split('|')
      .map((phrase) => (phrase.split(' ').at(-1) ?? '').replace(/\\(.)/g, '$1').toLowerCase())
      .filter((word) => /^[\x20-\x7e]+$/.test(word)),
  ),
]);

/** Vague quantities ('several', 'dozens', 'a number of', 'tens of thousands'), English and a few others. */
const VAGUE_SOURCE = String.raw`(?:tens|hundreds)\s+of\s+thousands|(?:several|a\s+few)\s+(?:dozen|hundred|thousand)|several|a\s+number\s+of|a\s+(?:large|great|significant|big)\s+number\s+of|lots\s+of|a\s+lot\s+of|(?<!(?:as|so|how|too|not)\s+)many(?!\s+(?:as|more|times|years|months|days|of\s+(?:us|them)))|a\s+few|dozens|hundreds|thousands|scores|numerous|mehrere|einige|plusieurs|quelques|varios|varias|vários|várias|diversi|parecchi|meerdere|enkele|несколько|десятки|сотни|тысячи|birkaç|onlarca|yüzlerce|mitu|mitmed|nokkrir|nokkur|decenas|centenares|cientos|dizaines|centaines|decine|centinaia|dezenas|centenas|Dutzende|Hunderte|Tausende|tientallen|honderden|duizenden|kümneid|sadu|tugi|العشرات|عشرات|المئات|مئات|ده‌ها|ده ها|صدها`;
/** 'some' counts vaguely only before a plural noun ('some soldiers', not 'some of', 'some time'). */
export const SOME_BEFORE_PLURAL = /(?<![\p{L}])some\s+(?=(?:[\p{L}-]+\s+)?(?:\p{L}+s|people|men|women|children|police|personnel|servicemen|militia|staff|crew)(?![\p{L}]))/giu;

const UNIT_WORDS = [...EN_UNITS.keys()].filter((w) => w !== 'zero').join('|');
const TEN_WORDS = [...EN_TENS.keys()].join('|');
const SCALE_WORDS = [...EN_SCALES.keys()].join('|');
const WORD_ATOM = `(?:(?:${TEN_WORDS})(?:-(?:${UNIT_WORDS}))?|${UNIT_WORDS}|${SCALE_WORDS}|dozen)`;
/** English number words: 'four', 'twenty-five', 'two hundred and fifty', 'a dozen', 'a hundred', 'half a dozen'. */
const EN_WORD_NUMBER_SOURCE = `half\\s+a\\s+dozen|an?\\s+(?:dozen|hundred|thousand|million)(?=[^\\p{L}-]|$)|${WORD_ATOM}(?:(?:\\s+and\\s+|\\s+|-)(?:${WORD_ATOM}))*`;
/** Digits (ASCII, Arabic-Indic, Persian), with thousands separators, decimals and a scale word. */
const DIGIT_NUMBER_SOURCE = String.raw`([0-9٠-٩۰-۹]{1,3}(?:[,\u00a0\u202f][0-9٠-٩۰-۹]{3})+|[0-9٠-٩۰-۹]{1,3}(?:\.[0-9]{3})+|[0-9٠-٩۰-۹]+)(?:[.,]([0-9]+))?(?:\s+(million|billion|thousand|mln|bn|milyon|milyar|миллиона|миллионов|тысяч|тысячи|[Tt]ausend|duizend|mille|mila|mil|bin|tuhat|þúsund|ألف|آلاف|هزار|[Mm]illionen|millions|millones|milioni|milhões|miljoen))?(?![\p{L}\p{N}_]|[.,:/][0-9])`;

/** The searches for numerals (see {@link numberPatterns}). */
export interface NumberPatterns {
  /** Vague quantities. */
  readonly vague: WordPattern;
  /** English number words. */
  readonly words: WordPattern;
  /** Digits. */
  readonly digits: WordPattern;
  /** {@link vague} and {@link words} in one search of a text. */
  readonly vagueAndWords: WordPatternSet;
  /** Thousands grouped by a plain space ('300 000'), as most languages but English write them. */
  readonly spaceGrouped: WordPattern;
}

/**
 * The searches for numerals, with the ASCII check they share (a report's text is checked once for the three,
 * see TextCheck; the stage passes the check its engine shares, `textCheckOf`). The check remembers the texts last searched: each engine builds its own set (the stage keeps
 * one per lexicon), so no state is shared between engines or left in the module.
 */
export function numberPatterns(check = new TextCheck()): NumberPatterns {
  const vague = new WordPattern(VAGUE_SOURCE, { before: LETTER_OR_DIGIT, after: LETTER, check });
  const words = new WordPattern(EN_WORD_NUMBER_SOURCE, { before: '\\p{L}-', after: LETTER, check });
  const digits = new WordPattern(DIGIT_NUMBER_SOURCE, { before: String.raw`\p{L}\p{N}_.,/:@#$€£¥₽₼֏+−%-`, after: null, ignoreCase: false, check });
  // (`/(?<![\p{L}\p{N}.,])[0-9٠-٩۰-۹]{1,3}(?: [0-9٠-٩۰-۹]{3})+(?![\p{L}\p{N}]|[.,][0-9])/gu` as a word pattern: its search
  // looks for digits, where the expression tried its look-behind at every position, about three times slower.)
  const spaceGrouped = new WordPattern(String.raw`[0-9٠-٩۰-۹]{1,3}(?: [0-9٠-٩۰-۹]{3})+(?![\p{L}\p{N}]|[.,][0-9])`, { before: String.raw`\p{L}\p{N}.,`, after: null, ignoreCase: false, check });
  return { vague, words, digits, vagueAndWords: new WordPatternSet([vague, words]), spaceGrouped };
}

/**
 * {@link MONTH_SOURCE} with its names grouped by their first letter ('j(?:anuary|anvier|...)|f(?:...)'): the
 * same names, so a pattern matches alike with either. Why: V8 tries the names of a list one after the other
 * at a position (a hundred and forty names of a dozen languages, each compared case-insensitively), and a
 * list grouped by first letter is left at that letter: the test after each numeral ran about twice as fast.
 */
export const MONTH_BY_LETTER_SOURCE = byFirstLetter(MONTH_SOURCE.slice('(?:'.length, -1).split('|'));

/** Plain words as one group of alternatives, those that start alike under one letter (lower case: the patterns ignore case). */
function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const first = word.charAt(0).toLowerCase();
    groups.set(first, [...(groups.get(first) ?? []), word.slice(1)]);
  }
  return `(?:${[...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|')})`;
}

/** After a numeral: units of measure (possibly after 'and 120'), percentages, money, times, ages, compounds. */
export const NOT_A_COUNT_AFTER = new RegExp(
  [
    String.raw`^(?:\s*(?:and|und|et|y|e|ve|и|or|to|,|-|–)\s*[0-9]+(?:[.,][0-9]+)?)*\s*-?\s*(?:km|kilomet\p{L}*|m|met(?:er|re)s?|mm|millimet\p{L}*|milimet\p{L}*|cm|kg|kilograms?|tons?|tonnes?|miles?|mi|ft|feet|px|°\s*[CF]?|ha|hectares?|sq|square|mph|kph|km/h|caliber|calibre|degrees?|grad)(?![\p{L}])`,
    String.raw`^\s*(?:%|percent|per\s+cent|pct|процент\p{L}*|prozent|pour\s*cent|por\s+ciento|por\s+cento|per\s+cento|procent|protsent\p{L}*|prósent)`,
    String.raw`^\s*(?:million\s+|billion\s+|bn\s+|m\s+)?(?:dollars?|euros?|pounds?|manats?|drams?|rubles?|roubles?|USD|EUR|AZN|AMD|RUB|GBP|долл\p{L}*|руб\p{L}*|dollar)(?![\p{L}])`,
    String.raw`^\s*(?:CET|CEST|GMT|UTC|AMT|AZT|MSK|EET|EEST|IST|EST|EDT|BST|Uhr|[ap]\.?m\.?|hrs)(?![\p{L}])`,
    String.raw`^\s*-?\s*(?:year|yr|month|week|day)s?[\s-]*old`,
    String.raw`^-\p{L}`,
    String.raw`^\s*(?:st|nd|rd|th|er|\.)?\s*(?:of\s+|de\s+)?${MONTH_BY_LETTER_SOURCE}(?![\p{L}])`,
  ].join('|'),
  'iu',
);

/** '12.5' split oddly or '3. march': a period then a lower-case word (case matters, so apart from the list above). */
export const DECIMAL_OR_ORDINAL_AFTER = /^\.\s*\p{Ll}/u;

/** Before a numeral: money signs, labels ('Update 5', 'No. 3', 'Resolution 822'), ages. (Month names are checked apart.) */
const LABELS_BEFORE = String.raw`updated?|no\.?|nos\.?|number|nr\.?|article|art\.|resolution|vol\.?|volume|page|p\.|pp\.|part|chapter|section|phase|level|episode|issue|version|channel|route|highway|item|figure|fig\.|table|protocol|paragraph|unit|brigade|battalion|division|regiment|corps|aged|age`;
/** The currency codes among the money words (matched without a word boundary, as the pattern does). */
const CURRENCY_CODES = ['usd', 'eur', 'azn', 'amd', 'rub', 'gbp'];
export const NOT_A_COUNT_BEFORE = new RegExp(
  [
    String.raw`(?:[$€£¥₽₼֏]|US\$|${CURRENCY_CODES.map((c) => c.toUpperCase()).join('|')})\s*$`,
    String.raw`(?<![\p{L}])(?:${LABELS_BEFORE})\s*$`,
  ].join('|'),
  'iu',
);

/** The labels as the words they match, lower case ('no\\.?' → 'no', 'no.'; 'updated?' → 'update', 'updated'). */
const LABEL_FORMS: ReadonlySet<string> = new Set(
  LABELS_BEFORE.split('|').flatMap((label) => {
    const word = label.replace(/\\\.\??$|d\?$/, '');
    return label.endsWith('\\.?') ? [word, `${word}.`] : label.endsWith('\\.') ? [`${word}.`] : label.endsWith('d?') ? [word, `${word}d`] : [word];
  }),
);

/**
 * `NOT_A_COUNT_BEFORE.test(before)`: read from the end for an ASCII text (the pattern ends at the text's
 * end and is tried at every position with a look-behind by Unicode property, about a microsecond for the
 * 24 characters before each numeral); others by the pattern. Both alternatives end right before the
 * trailing white space: a money sign or currency code there, or a label that is the whole run of letters
 * (and its period) there, since no letter may stand before it.
 */
export function notACountBefore(before: string): boolean {
  if (!isAsciiText(before)) return NOT_A_COUNT_BEFORE.test(before);
  let end = before.length;
  while (end > 0 && isAsciiSpace(before.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  if (before.charCodeAt(end - 1) === 36) return true; // '$' (and 'US$')
  if (end >= 3 && CURRENCY_CODES.some((code) => asciiEqualsAt(before, end - 3, code))) return true;
  let start = before.charCodeAt(end - 1) === 46 ? end - 1 : end; // a label's period
  while (start > 0 && isAsciiLetter(before.charCodeAt(start - 1))) start--;
  // (A word longer than every label is none: most words before a numeral are not lower-cased for the look-up.)
  return start < end && end - start <= LONGEST_LABEL && LABEL_FORMS.has(asciiLowerCase(before, start, end));
}

const LONGEST_LABEL = Math.max(...[...LABEL_FORMS].map((label) => label.length));

/** True when `text` at `at` reads `lower` (lower case) in any case of ASCII letters: `text.slice(at, at + lower.length).toLowerCase() === lower`, no string built. */
function asciiEqualsAt(text: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const c = text.charCodeAt(at + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** True when `text` holds only ASCII characters (by their codes: for the few dozen characters around a numeral, cheaper than a pattern). */
export function isAsciiText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * `text.slice(start, end).toLowerCase()` for ASCII text, built from the character codes. Why: V8 lower-cases a
 * string that holds a character beyond U+00FF by a general path (a report with a dash or a curly quote is such
 * a string, and so is every slice of it), about 0.1 µs even for a short word; the string built here holds one
 * byte a character, so a look-up that lower-cases it again (`monthNumber`) does so at once.
 */
export function asciiLowerCase(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return out;
}

/** A list number: at the start of a line and followed by '. ' or ') '. */
export const LIST_NUMBER_BEFORE = /(?:^|\n)[^\S\n]*$/;
export const LIST_NUMBER_AFTER = /^[.)]\s/;
/** Count nouns that make a number in the year range a count ('2000 peacekeepers'). */
export const COUNT_NOUN_AFTER = /^\s+(?:people|persons|soldiers|troops|servicemen|civilians|peacekeepers|men|women|children|refugees|fighters|militants|residents|families|prisoners|hostages|houses|homes|военнослужащих|человек|военных|kişi|asker)(?![\p{L}])/iu;

/** Words after 'one' that show it is not a count ('one of', 'one day', 'one another'). */
export const ONE_NOT_BEFORE = new Set(
  ('of another other the a an and or but to in on at by for with from as is was has had will would can could may might ' +
    'must should who which that day time side hand way point thing reason more less than such after before if place ' +
    'year month week hour minute night morning evening afternoon').split(' '),
);
/** Words before a bare 'one' that make it a count ('killing one', 'and one'). */
export const ONE_COUNT_AFTER = /(?:killing|killed|wounding|wounded|injuring|injured|leaving|left|lost|losing|and|with|only|just|least)\s+$/i;
