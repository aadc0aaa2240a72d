/**
 * English cardinal and ordinal words as data, shared by the number and date stages. The number words
 * of other languages are pack data (`numbers` of a language entry, `packs/languages/<code>.json`).
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
