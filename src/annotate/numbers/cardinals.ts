/**
 * English cardinal and ordinal words as data, shared by the number and date stages, plus the
 * small numerals of a few other languages (2-12 only: their words for 'one' are articles).
 */

/** English cardinal words below one hundred that stand alone. */
export const EN_UNITS: ReadonlyMap<string, number> = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i) => [w, i]),
);

/** English tens. */
export const EN_TENS: ReadonlyMap<string, number> = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, (i + 2) * 10]),
);

/** English multipliers. */
export const EN_SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1_000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000],
]);

const EN_ORDINAL_UNITS: ReadonlyMap<string, number> = new Map(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'
    .split(' ')
    .map((w, i) => [w, i + 1]),
);
const EN_ORDINAL_TENS: ReadonlyMap<string, number> = new Map(
  'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth'.split(' ').map((w, i) => [w, (i + 2) * 10]),
);
const DIGIT_ORDINAL = /^(\d{1,3})(?:st|nd|rd|th|\.)$/;
const ALL_DIGITS = /^\d+$/;

/** A regex source (no groups) matching English ordinal words and digit ordinals up to 999 ('25th', 'twenty-fifth'). */
export const EN_ORDINAL_SOURCE = `(?:\\d{1,3}(?:st|nd|rd|th)|(?:(?:${[...EN_TENS.keys()].join('|')})-)?(?:${[...EN_ORDINAL_UNITS.keys()].join('|')})|${[...EN_ORDINAL_TENS.keys()].join('|')})`;

/** The value of an ordinal ('25th', 'twenty-fifth', 'tenth'), or null. */
export function ordinalValue(word: string): number | null {
  const lower = word.toLowerCase();
  const digits = DIGIT_ORDINAL.exec(lower);
  if (digits) return Number(digits[1]);
  const tens = EN_ORDINAL_TENS.get(lower);
  if (tens !== undefined) return tens;
  const [first, second] = lower.split('-');
  if (second === undefined) return EN_ORDINAL_UNITS.get(lower) ?? null;
  const ten = EN_TENS.get(first ?? '');
  const unit = EN_ORDINAL_UNITS.get(second);
  return ten !== undefined && unit !== undefined && unit < 10 ? ten + unit : null;
}

/** The value of a simple English cardinal ('four', 'twenty-five', 'a', 'an' = 1), or null. */
export function smallCardinalValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  if (ALL_DIGITS.test(lower)) return Number(lower);
  const unit = EN_UNITS.get(lower);
  if (unit !== undefined) return unit;
  const [first, second] = lower.split('-');
  const ten = EN_TENS.get(first ?? '');
  if (ten === undefined) return null;
  if (second === undefined) return ten;
  const rest = EN_UNITS.get(second);
  return rest !== undefined && rest > 0 && rest < 10 ? ten + rest : null;
}

/** Numerals 2-12 (and a few inflected forms) of other languages, keyed by ISO 639-1 code. */
const FOREIGN_WORDS: Readonly<Record<string, string>> = {
  de: 'zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 zwanzig:20 dreißig:30 hundert:100',
  fr: 'deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 vingt:20 trente:30 cent:100',
  es: 'dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12 veinte:20 treinta:30 cien:100',
  pt: 'dois:2 duas:2 três:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10 onze:11 doze:12 vinte:20 trinta:30 cem:100',
  it: 'due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9 dieci:10 undici:11 dodici:12 venti:20 trenta:30 cento:100',
  nl: 'twee:2 drie:3 vier:4 vijf:5 zes:6 zeven:7 acht:8 negen:9 tien:10 elf:11 twaalf:12 twintig:20 dertig:30 honderd:100',
  ru: 'два:2 две:2 двое:2 двух:2 три:3 трое:3 трех:3 трёх:3 четыре:4 четверо:4 четырех:4 четырёх:4 пять:5 пятеро:5 пяти:5 шесть:6 шестеро:6 семь:7 восемь:8 девять:9 десять:10 одиннадцать:11 двенадцать:12 двадцать:20 тридцать:30 сто:100',
  tr: 'iki:2 üç:3 dört:4 beş:5 altı:6 yedi:7 sekiz:8 dokuz:9 on:10 yirmi:20 otuz:30 yüz:100',
  et: 'kaks:2 kahe:2 kolm:3 kolme:3 neli:4 nelja:4 viis:5 viie:5 kuus:6 kuue:6 seitse:7 kaheksa:8 üheksa:9 kümme:10 kümne:10',
  fa: 'یک:1 دو:2 سه:3 چهار:4 پنج:5 شش:6 هفت:7 هشت:8 نه:9 ده:10 یازده:11 دوازده:12 بیست:20 سی:30 صد:100',
  ar: 'اثنان:2 اثنين:2 ثلاثة:3 ثلاث:3 أربعة:4 أربع:4 خمسة:5 خمس:5 ستة:6 ست:6 سبعة:7 سبع:7 ثمانية:8 تسعة:9 عشرة:10 عشر:10',
  is: 'tveir:2 tvær:2 tvö:2 tveimur:2 þrír:3 þrjár:3 þrjú:3 þremur:3 fjórir:4 fjórar:4 fjögur:4 fimm:5 sex:6 sjö:7 átta:8 níu:9 tíu:10 ellefu:11 tólf:12',
};

/** Small numerals of other languages (their words for 'one' are articles, so they are left out). */
export const FOREIGN_CARDINALS: Readonly<Record<string, ReadonlyMap<string, number>>> = Object.fromEntries(
  Object.entries(FOREIGN_WORDS).map(([lang, words]) => [
    lang,
    new Map(words.split(' ').map((pair) => [pair.slice(0, pair.indexOf(':')), Number(pair.slice(pair.indexOf(':') + 1))])),
  ]),
);
