/**
 * Month and weekday names of the languages the project reads, as data. Lookups are by the
 * lower-cased word without a trailing period ('Sept.' -> 'sept').
 */

const MONTH_WORDS: Readonly<Record<number, string>> = {
  1: 'january jan janvier januar jänner enero janeiro gennaio januari января январь ocak yanvar',
  2: 'february feb febr février fevrier februar febrero fevereiro febbraio februari февраля февраль şubat subat fevral',
  3: 'march mar mars märz maerz marzo março marco maart марта март mart',
  4: 'april apr avril abril aprile апреля апрель nisan aprel',
  5: 'may mai mayo maio maggio mei мая май mayıs',
  6: 'june jun juin juni junio junho giugno июня июнь haziran iyun',
  7: 'july jul juillet juli julio julho luglio июля июль temmuz iyul',
  8: 'august aug août aout agosto augustus августа август ağustos avqust',
  9: 'september sep sept septembre septiembre setiembre setembro settembre сентября сентябрь eylül sentyabr',
  10: 'october oct octobre oktober octubre outubro ottobre октября октябрь ekim oktyabr',
  11: 'november nov novembre noviembre novembro ноября ноябрь kasım noyabr',
  12: 'december dec décembre decembre dezember diciembre dezembro dicembre декабря декабрь aralık dekabr',
};

const WEEKDAY_WORDS: Readonly<Record<number, string>> = {
  0: 'sunday sun dimanche sonntag domingo domenica zondag воскресенье воскресенья pazar',
  1: 'monday mon lundi montag lunes segunda lunedì lunedi maandag понедельник pazartesi',
  2: 'tuesday tue tues mardi dienstag martes terça terca martedì martedi dinsdag вторник salı',
  3: 'wednesday wed mercredi mittwoch miércoles miercoles quarta mercoledì mercoledi woensdag среда среду çarşamba',
  4: 'thursday thu thur thurs jeudi donnerstag jueves quinta giovedì giovedi donderdag четверг perşembe',
  5: 'friday fri vendredi freitag viernes sexta venerdì venerdi vrijdag пятница пятницу cuma',
  6: 'saturday sat samedi samstag sábado sabado sabato zaterdag суббота субботу cumartesi',
};

function invert(table: Readonly<Record<number, string>>): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const [value, words] of Object.entries(table)) for (const word of words.split(' ')) map.set(word, Number(value));
  return map;
}

const MONTHS = invert(MONTH_WORDS);
const WEEKDAYS = invert(WEEKDAY_WORDS);

/**
 * Each word of a table as written in lower case, capitalised and in upper case, each with a final period
 * and without, when it reads back as the word (upper case 'kasım' is 'KASIM', read as 'kasim': left out).
 */
function writtenForms(table: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const forms = new Map<string, number>();
  for (const [word, value] of table) {
    for (const form of [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]) {
      if (form.toLowerCase() !== word) continue;
      forms.set(form, value);
      forms.set(`${form}.`, value);
    }
  }
  return forms;
}

const MONTH_FORMS = writtenForms(MONTHS);
const WEEKDAY_FORMS = writtenForms(WEEKDAYS);

/**
 * The value of `word` in a table (by its lower case, one final period dropped), read first among the
 * table's written forms. Why: most words asked are ASCII words in one of those cases ('July', 'about'), and
 * `toLowerCase` is slow on a word cut from a text holding a character outside Latin-1 (a dash, a quote),
 * as most reports do. Such a word that is no form of a table's word is none of its words: its lower case
 * is ASCII, and each ASCII word of a table has all three forms.
 */
function valueOf(table: ReadonlyMap<string, number>, forms: ReadonlyMap<string, number>, word: string): number | null {
  const value = forms.get(word);
  if (value !== undefined) return value;
  if (isPlainAsciiWord(word)) return null;
  return table.get(withoutFinalDot(word.toLowerCase())) ?? null;
}

/** Whether `word` is ASCII letters in lower case, capitalised or in upper case, with one final period or none. */
function isPlainAsciiWord(word: string): boolean {
  const end = word.charCodeAt(word.length - 1) === 46 ? word.length - 1 : word.length;
  if (end === 0) return false;
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < end; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper += i === 0 ? 0 : 1;
    else return false;
  }
  // The first letter in either case and the others in lower case, or all in upper case.
  return upper === 0 || lower === 0;
}

/** English month names and abbreviations only (for English-specific rules). */
export const EN_MONTH_SOURCE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';

/** A regex source (no groups) matching any month name of any supported language. Use with the `iu` flags. */
export const MONTH_SOURCE = `(?:${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})`;

/** A regex source (no groups) matching any weekday name. Use with the `iu` flags. */
export const WEEKDAY_SOURCE = `(?:${[...WEEKDAYS.keys()].sort((a, b) => b.length - a.length).join('|')})`;

/** The month number (1-12) of a month name in any supported language, or null. */
export function monthNumber(word: string): number | null {
  return valueOf(MONTHS, MONTH_FORMS, word);
}

/** The weekday (0 = Sunday) of a weekday name in any supported language, or null. */
export function weekdayNumber(word: string): number | null {
  return valueOf(WEEKDAYS, WEEKDAY_FORMS, word);
}

/** `word.replace(/\.$/, '')`, without a pattern (asked for every numeral and date word). */
function withoutFinalDot(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}
