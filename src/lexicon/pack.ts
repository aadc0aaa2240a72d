import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { ActorAliasKind, PlaceType } from '../model/annotation.js';
import { parseLanguage, type PackLanguage } from './vocabulary.js';

/** An alias as a pack writes it. */
export interface PackAlias {
  readonly text: string;
  readonly kind: ActorAliasKind;
  readonly caseSensitive: boolean;
}

/** An actor as a pack writes it; `name` and `type` are absent when the pack only adds aliases to an actor declared earlier. */
export interface PackActor {
  readonly code: string;
  readonly name: string | null;
  readonly type: 'state' | 'de-facto' | 'organisation' | null;
  readonly from: number | null;
  readonly until: number | null;
  readonly aliases: readonly PackAlias[];
}

/**
 * A place as a pack writes it, with its id qualified (`caucasus:shusha`). Only `id` and `variants` are required
 * when it names a place an earlier pack declared (`world:armenia`), to add variants.
 */
export interface PackPlace {
  readonly id: string;
  readonly name: string | null;
  readonly type: PlaceType | null;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly parent: string | null;
  readonly variants: readonly string[];
  /** ISO 3166-1 alpha-2 code of a country place (feeds the alpha-2 to alpha-3 table). */
  readonly iso2: string | null;
  /** False for a name that never locates an incident: a border or line of contact, a region across several countries. */
  readonly eventPlace: boolean | null;
}

/** A validated `pack.json`. */
export interface Pack {
  readonly name: string;
  readonly description: string;
  readonly file: string;
  readonly focusCountries: readonly string[];
  readonly gazetteerCountries: readonly string[];
  readonly actors: readonly PackActor[];
  readonly places: readonly PackPlace[];
  /** Words that are never place names (`of`, `lake`, `may`), and phrases that hide the names inside them (`Washington Post`). */
  readonly commonWords: readonly string[];
  /** Names of gazetteer places not to load (surnames, words that are rarely the place in news). */
  readonly gazetteerExclude: readonly string[];
  /** The opposing camps of the conflict, each a list of allied actor codes (`[["ARM","NKR"],["AZE"]]`). */
  readonly sides: readonly (readonly string[])[];
  /**
   * News outlets whose web address names no country (`asbarez.com`), by host, with the actor whose press
   * they are: a ministry they name without its country is that actor's, as for a `.am` or `.az` address.
   */
  readonly outlets: ReadonlyMap<string, string>;
  /** Casualty vocabularies and event-type cues by language code (`en`, `ru`), in the pack's order. */
  readonly languages: ReadonlyMap<string, PackLanguage>;
}

const ALIAS_KINDS: readonly ActorAliasKind[] = ['name', 'demonym', 'capital', 'force', 'institution', 'person', 'organisation', 'territory'];
const ACTOR_TYPES = ['state', 'de-facto', 'organisation'] as const;
const PLACE_TYPES: readonly PlaceType[] = ['country', 'region', 'province', 'district', 'city', 'town', 'village', 'feature'];
const PACK_NAME = /^[a-z0-9][a-z0-9-]*$/;
const SLUG = /^(?:[a-z0-9][a-z0-9-]*:)?[\p{Ll}\p{Lo}0-9][\p{Ll}\p{Lo}0-9-]*$/u;
const ALPHA3 = /^[A-Z]{3}$/;
const CODE = /^[A-Z][A-Z0-9]{1,9}$/;
/** A web host in lower case ('asbarez.com', 'news.example.org'). */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
/** An ISO 639-1 (or 639-3) language code, as the language detector reports it. */
const LANGUAGE = /^[a-z]{2,3}$/;
/** A language file: a relative path inside the pack folder. */
const LANGUAGE_FILE = /^(?![/\\])(?!.*(?:^|[/\\])\.\.(?:[/\\]|$)).+\.json$/;
const KEYS = {
  pack: ['name', 'description', 'focusCountries', 'gazetteerCountries', 'actors', 'places', 'commonWords', 'gazetteerExclude', 'sides', 'outlets', 'languages'],
  actor: ['code', 'name', 'type', 'from', 'until', 'aliases'],
  alias: ['text', 'kind', 'caseSensitive'],
  place: ['id', 'name', 'type', 'country', 'lat', 'lon', 'parent', 'variants', 'iso2', 'eventPlace'],
};

type Json = Record<string, unknown>;

/** Reads and validates `<folder>/pack.json`; throws an `E_LEXICON_PACK` error naming the file and the problem. */
export function readPack(folder: string): Pack {
  const file = join(folder, 'pack.json');
  const fail = (detail: string, cause?: unknown): never => {
    throw new InputError('E_LEXICON_PACK', { pack: file, detail }, cause === undefined ? undefined : { cause });
  };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), error);
  }
  return parsePack(raw, file);
}

/**
 * Validates the parsed content of a pack file. A language given as a file name (`"sv": "sv.json"`) is read
 * from the pack's folder; its errors name that file.
 */
export function parsePack(raw: unknown, file: string): Pack {
  const fail = (detail: string): never => {
    throw new InputError('E_LEXICON_PACK', { pack: file, detail });
  };
  const object = (value: unknown, where: string, keys: readonly string[]): Json => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`${where} must be an object`);
    const unknown = Object.keys(value).find((k) => !keys.includes(k));
    if (unknown !== undefined) fail(`${where} has an unknown field "${unknown}" (allowed: ${keys.join(', ')})`);
    return value as Json;
  };
  const text = (value: unknown, where: string, pattern?: RegExp): string => {
    if (typeof value !== 'string' || value.trim() === '') return fail(`${where} must be a non-empty string`);
    if (pattern !== undefined && !pattern.test(value)) fail(`${where} "${value}" does not match ${pattern}`);
    return value;
  };
  const optional = <V>(value: unknown, read: (v: unknown) => V): V | null => (value === undefined || value === null ? null : read(value));
  const list = <V>(value: unknown, where: string, read: (v: unknown, at: string) => V): V[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return fail(`${where} must be an array`);
    return value.map((v, i) => read(v, `${where}[${i}]`));
  };
  const number = (value: unknown, where: string, min: number, max: number): number => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) return fail(`${where} must be a number from ${min} to ${max}`);
    return value;
  };
  const oneOf = <V extends string>(value: unknown, where: string, allowed: readonly V[]): V => {
    if (!allowed.includes(value as V)) return fail(`${where} must be one of ${allowed.join(', ')}`);
    return value as V;
  };

  const pack = object(raw, 'the pack', KEYS.pack);
  const name = text(pack.name, 'name', PACK_NAME);
  const qualify = (id: string): string => (id.includes(':') ? id : `${name}:${id}`);
  const actors = list(pack.actors, 'actors', (v, at): PackActor => {
    const a = object(v, at, KEYS.actor);
    return {
      code: text(a.code, `${at}.code`, CODE),
      name: optional(a.name, (x) => text(x, `${at}.name`)),
      type: optional(a.type, (x) => oneOf(x, `${at}.type`, ACTOR_TYPES)),
      from: optional(a.from, (x) => number(x, `${at}.from`, 0, 3000)),
      until: optional(a.until, (x) => number(x, `${at}.until`, 0, 3000)),
      aliases: list(a.aliases, `${at}.aliases`, (w, where): PackAlias => {
        const alias = object(w, where, KEYS.alias);
        const caseSensitive = alias.caseSensitive ?? true;
        if (typeof caseSensitive !== 'boolean') fail(`${where}.caseSensitive must be true or false`);
        return { text: text(alias.text, `${where}.text`), kind: oneOf(alias.kind, `${where}.kind`, ALIAS_KINDS), caseSensitive: caseSensitive as boolean };
      }),
    };
  });
  const seen = new Set<string>();
  const places = list(pack.places, 'places', (v, at): PackPlace => {
    const p = object(v, at, KEYS.place);
    const id = qualify(text(p.id, `${at}.id`, SLUG));
    if (seen.has(id)) fail(`${at}.id "${id}" is declared twice`);
    seen.add(id);
    return {
      id,
      name: optional(p.name, (x) => text(x, `${at}.name`)),
      type: optional(p.type, (x) => oneOf(x, `${at}.type`, PLACE_TYPES)),
      country: optional(p.country, (x) => text(x, `${at}.country`, ALPHA3)),
      lat: optional(p.lat, (x) => number(x, `${at}.lat`, -90, 90)),
      lon: optional(p.lon, (x) => number(x, `${at}.lon`, -180, 180)),
      parent: optional(p.parent, (x) => qualify(text(x, `${at}.parent`, SLUG))),
      variants: list(p.variants, `${at}.variants`, (w, where) => text(w, where)),
      iso2: optional(p.iso2, (x) => text(x, `${at}.iso2`, /^[A-Z]{2}$/)),
      eventPlace: optional(p.eventPlace, (x) => (typeof x === 'boolean' ? x : fail(`${at}.eventPlace must be true or false`))),
    };
  });
  const languages = new Map<string, PackLanguage>();
  if (pack.languages !== undefined) {
    if (typeof pack.languages !== 'object' || pack.languages === null || Array.isArray(pack.languages)) fail('languages must be an object from language code to a file name or an entry');
    for (const [code, value] of Object.entries(pack.languages as Json)) {
      if (!LANGUAGE.test(code)) fail(`languages: "${code}" is not a language code (two or three lower-case letters, as ISO 639)`);
      if (typeof value !== 'string') {
        languages.set(code, parseLanguage(value, code, fail));
        continue;
      }
      if (!LANGUAGE_FILE.test(value)) fail(`languages.${code} "${value}" must be a .json file inside the pack folder`);
      const languageFile = join(dirname(file), value);
      const failIn = (detail: string, cause?: unknown): never => {
        throw new InputError('E_LEXICON_PACK', { pack: languageFile, detail }, cause === undefined ? undefined : { cause });
      };
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(languageFile, 'utf8'));
      } catch (error) {
        failIn(`language "${code}": ${error instanceof Error ? error.message : String(error)}`, error);
      }
      languages.set(code, parseLanguage(raw, code, (detail) => failIn(`${detail} (pack "${name}")`)));
    }
  }
  return {
    name,
    description: typeof pack.description === 'string' ? pack.description : fail('description must be a string'),
    file,
    focusCountries: list(pack.focusCountries, 'focusCountries', (v, at) => text(v, at, ALPHA3)),
    gazetteerCountries: list(pack.gazetteerCountries, 'gazetteerCountries', (v, at) => text(v, at, /^[A-Z]{2,3}$/)),
    actors,
    places,
    commonWords: list(pack.commonWords, 'commonWords', (v, at) => text(v, at)),
    gazetteerExclude: list(pack.gazetteerExclude, 'gazetteerExclude', (v, at) => text(v, at)),
    sides: list(pack.sides, 'sides', (v, at) => list(v, at, (w, where) => text(w, where, CODE))),
    outlets: new Map(pack.outlets === undefined ? [] : Object.entries(object(pack.outlets, 'outlets', Object.keys(pack.outlets as object)))
      .map(([host, code]) => [text(host, 'outlets key', HOST), text(code, `outlets["${host}"]`, CODE)] as const)),
    languages,
  };
}
