import { InputError } from '../errors.js';
import type { ActorCode } from '../model/annotation.js';
import type { Pack, PackAlias } from './pack.js';
import type { ActorEntry, Place } from './types.js';
import { extendVocabulary, missingFields, type CasualtyVocabulary, type EventTypeCue } from './vocabulary.js';

/** An actor with every alias the loaded packs give it, in load order. */
export interface MergedActor {
  readonly entry: ActorEntry;
  readonly aliases: readonly PackAlias[];
}

/** A place with its names; `source` is the pack that declared it, or `gazetteer`. */
export interface MergedPlace {
  readonly place: Place;
  readonly names: readonly string[];
  readonly source: string;
}

/** What the loaded packs say about one language. */
export interface MergedLanguage {
  /** The casualty vocabulary, or null when no pack gives one (the language then gets no figures). */
  readonly vocabulary: CasualtyVocabulary | null;
  readonly eventTypes: readonly EventTypeCue[];
  /** Number words and their values ('drei' -> 3), in load order. */
  readonly numbers: ReadonlyMap<string, number>;
}

/** What several packs say together: later packs add aliases, variants and focus countries to earlier ones. */
export interface MergedPacks {
  readonly packs: readonly string[];
  readonly actors: ReadonlyMap<ActorCode, MergedActor>;
  readonly places: ReadonlyMap<string, MergedPlace>;
  readonly focusCountries: readonly string[];
  /** The opposing camps declared by the packs (see `Pack.sides`). */
  readonly sides: readonly (readonly string[])[];
  /** Outlets by host with the actor whose press they are (see `Pack.outlets`); a later pack wins. */
  readonly outlets: ReadonlyMap<string, string>;
  /** Alpha-2 codes of the countries whose gazetteer entries to load. */
  readonly gazetteerCountries: readonly string[];
  readonly alpha3: ReadonlyMap<string, string>;
  readonly commonWords: readonly string[];
  readonly gazetteerExclude: readonly string[];
  /** Casualty vocabularies and event-type cues by language code. */
  readonly languages: ReadonlyMap<string, MergedLanguage>;
}

const fail = (pack: Pack, detail: string): never => {
  throw new InputError('E_LEXICON_PACK', { pack: pack.file, detail });
};

/** Merges packs in load order (actors by code, places by id) and checks what no single pack can: references across packs. */
export function mergePacks(packs: readonly Pack[]): MergedPacks {
  const actors = new Map<ActorCode, MergedActor>();
  const places = new Map<string, MergedPlace>();
  const names = new Set<string>();
  for (const pack of packs) {
    if (names.has(pack.name)) fail(pack, `a pack named "${pack.name}" is already loaded`);
    names.add(pack.name);
    for (const actor of pack.actors) {
      const known = actors.get(actor.code);
      if (known !== undefined) {
        actors.set(actor.code, { entry: known.entry, aliases: [...known.aliases, ...actor.aliases] });
        continue;
      }
      if (actor.name === null || actor.type === null) fail(pack, `actor ${actor.code} is not declared by an earlier pack, so it needs a name and a type`);
      const entry: ActorEntry = { code: actor.code, name: actor.name ?? '', type: actor.type ?? 'state', from: actor.from, until: actor.until };
      actors.set(actor.code, { entry, aliases: actor.aliases });
    }
    for (const p of pack.places) {
      const known = places.get(p.id);
      if (known !== undefined) {
        places.set(p.id, { ...known, names: [...known.names, ...p.variants] });
        continue;
      }
      if (p.id.split(':')[0] !== pack.name) fail(pack, `place ${p.id} is not declared by an earlier pack`);
      if (p.name === null || p.type === null) fail(pack, `place ${p.id} needs a name and a type`);
      const place: Place = {
        id: p.id, name: p.name ?? '', type: p.type ?? 'feature', country: p.country, lat: p.lat, lon: p.lon, parent: p.parent,
        ...(p.eventPlace === false ? { eventPlace: false as const } : {}),
      };
      places.set(p.id, { place, names: [place.name, ...p.variants], source: pack.name });
    }
  }
  const alpha3 = new Map<string, string>();
  for (const pack of packs) {
    for (const p of pack.places) {
      const country = places.get(p.id)?.place.country;
      if (p.iso2 !== null && country != null) alpha3.set(p.iso2, country);
    }
    for (const p of pack.places) {
      if (p.parent !== null && !places.has(p.parent)) fail(pack, `place ${p.id} has parent ${p.parent}, which no pack declares`);
    }
  }
  const alpha2 = new Map([...alpha3].map(([two, three]) => [three, two]));
  const gazetteer = packs.flatMap((pack) =>
    pack.gazetteerCountries.map((code) => {
      const two = code.length === 2 ? code : alpha2.get(code);
      if (two === undefined || !alpha3.has(two)) return fail(pack, `gazetteerCountries: no loaded country place has the code ${code} (declare it with iso2)`);
      return two;
    }),
  );
  return {
    packs: packs.map((p) => p.name),
    languages: mergeLanguages(packs),
    actors,
    places,
    focusCountries: [...new Set(packs.flatMap((p) => p.focusCountries))],
    sides: packs.flatMap((p) => p.sides),
    outlets: new Map(packs.flatMap((p) => [...p.outlets])),
    gazetteerCountries: [...new Set(gazetteer)],
    alpha3,
    commonWords: packs.flatMap((p) => p.commonWords),
    gazetteerExclude: packs.flatMap((p) => p.gazetteerExclude),
  };
}

/**
 * Number words with their Turkish and Azerbaijani sentence-initial forms: 'iki' also as 'İki' and as what
 * that lower-cases to ('i̇ki', with a combining dot). No case-insensitive pattern folds the dotted capital
 * 'İ' to 'i', so 'İki hərbçi' would find no number word; the numbers stage searches the words as written
 * and looks up the match in lower case, hence both forms.
 */
function withDottedCapitals(numbers: readonly (readonly [string, number])[]): [string, number][] {
  return numbers.flatMap(([word, value]): [string, number][] => {
    if (!word.startsWith('i')) return [[word, value]];
    const capital = `İ${word.slice(1)}`;
    return [[word, value], [capital, value], [capital.toLowerCase(), value]];
  });
}

/**
 * Merges the packs' languages in load order. The first pack that gives a language's casualty vocabulary
 * declares it and must give every required field; a later pack's entry extends it (see `extendVocabulary`).
 * Event-type cues and number words of later packs are added to the earlier ones (a later value wins for a word both give).
 */
function mergeLanguages(packs: readonly Pack[]): Map<string, MergedLanguage> {
  const out = new Map<string, MergedLanguage>();
  for (const pack of packs) {
    for (const [code, entry] of pack.languages) {
      const known = out.get(code) ?? { vocabulary: null, eventTypes: [], numbers: new Map<string, number>() };
      let vocabulary = known.vocabulary;
      if (entry.casualties !== null && vocabulary !== null) vocabulary = extendVocabulary(vocabulary, entry.casualties);
      else if (entry.casualties !== null) {
        const missing = missingFields(entry.casualties);
        if (missing.length) fail(pack, `language "${code}": casualties lacks ${missing.join(', ')} (the first pack to give a language's vocabulary must give every required field; later packs may give only what they add)`);
        vocabulary = entry.casualties as CasualtyVocabulary;
      }
      out.set(code, { vocabulary, eventTypes: [...known.eventTypes, ...entry.eventTypes], numbers: new Map([...known.numbers, ...withDottedCapitals(Object.entries(entry.numbers))]) });
    }
  }
  return out;
}
