import * as chrono from 'chrono-node';
import type { Chrono } from 'chrono-node';

/** chrono parsers we never want: times of day, slash and ISO forms (ours are stricter), future spans. */
const DROPPED_PARSERS =
  /TimeExpression|CasualTime|SlashDate|SlashMonth|TimeUnitWithin|TimeUnitLater|EndOfCurrentMonth|CasualDateTime|SpecificTime|YearMonthDay|ISOFormat/;
/** In English our own patterns read 'N days ago', 'last year' and the like; chrono's parsers for them only cost time. */
const DROPPED_EN_PARSERS = /TimeUnitAgo|RelativeDateFormat|TimeUnitCasualRelative/;
const LOCALES = {
  de: chrono.de, fr: chrono.fr, nl: chrono.nl, pt: chrono.pt, es: chrono.es, ru: chrono.ru, ja: chrono.ja, it: chrono.it,
  uk: chrono.uk, sv: chrono.sv, fi: chrono.fi, zh: chrono.zh, vi: chrono.vi, id: chrono.id, ar: chrono.ar,
} as const;

/** Built parsers by language key (immutable once built; building one costs more than a parse). */
const built = new Map<string, Chrono>();

/** True when chrono has a parser for this ISO 639-1 language; English is used for the others. */
export function hasChronoLocale(language: string | null): boolean {
  return language !== null && language in LOCALES;
}

/**
 * The casual chrono parser of a language (English when chrono has none), without the parsers whose
 * results we never keep. Built once per language, never mutated.
 */
export function chronoFor(language: string | null): Chrono {
  const key = language !== null && hasChronoLocale(language) ? language : 'en';
  let parser = built.get(key);
  if (!parser) {
    const base = key === 'en' ? chrono.en.casual : LOCALES[key as keyof typeof LOCALES].casual;
    const keep = (name: string): boolean => !DROPPED_PARSERS.test(name) && !(key === 'en' && DROPPED_EN_PARSERS.test(name));
    parser = new chrono.Chrono({ parsers: base.parsers.filter((p) => keep(p.constructor.name)), refiners: base.refiners });
    built.set(key, parser);
  }
  return parser;
}
