import type { ActorAliasKind, ActorCode, PlaceType } from '../model/annotation.js';
import { PhraseIndex, type PhraseHit } from './match.js';
import type { MergedPacks, MergedPlace } from './merge.js';
import { gazetteerPlaces } from './places.js';
import { nameKey, rememberable, TokenTable } from './tokens.js';
import type { ActorEntry, ActorMatch, Lexicon, Place, PlaceMatch } from './types.js';
import type { CasualtyVocabulary, EventTypeCue } from './vocabulary.js';

interface ActorValue {
  readonly code: ActorCode;
  readonly aliasKind: ActorAliasKind;
}

interface PlaceValue {
  readonly place: Place;
  readonly fromPack: boolean;
  readonly order: number;
}

const NO_NUMBERS: ReadonlyMap<string, number> = new Map();

/** How many place names a lexicon remembers the territory of (the bound only keeps memory in check). */
const MAX_REMEMBERED_NAMES = 10_000;

/** How many places a lexicon keeps at hand by id (see `recentPlaces`). */
const MAX_RECENT_PLACES = 256;

/** Larger places first: an ambiguous name is more often the larger place. */
const TYPE_RANK: Readonly<Record<PlaceType, number>> = { country: 0, region: 1, province: 2, district: 3, city: 4, town: 5, village: 6, feature: 7 };

/**
 * Builds the matching indexes over merged packs (plus their gazetteer places) and returns the {@link Lexicon}.
 * Names that are common words or an actor's demonym are never places.
 */
export function createLexicon(merged: MergedPacks): Lexicon {
  // A null value is a blocker: a common phrase ("Washington Post") that hides the names inside it.
  const actorIndex = new PhraseIndex<ActorValue | null>();
  const placeIndex = new PhraseIndex<PlaceValue | null>();
  for (const phrase of merged.commonWords.filter((p) => nameKey(p).includes(' '))) {
    actorIndex.add(phrase, null, { caseSensitive: true });
    placeIndex.add(phrase, null, { caseSensitive: true });
  }
  const demonyms = new Set<string>();
  /** Territory names (matched as places) to the actor that holds the land. */
  const territories = new Map<string, ActorCode>();
  for (const { entry, aliases } of merged.actors.values()) {
    for (const alias of aliases) {
      if (alias.kind === 'territory') {
        territories.set(nameKey(alias.text), entry.code);
        continue;
      }
      actorIndex.add(alias.text, { code: entry.code, aliasKind: alias.kind }, alias);
      if (alias.kind === 'demonym') demonyms.add(nameKey(alias.text));
    }
  }
  const skip = new Set([...merged.commonWords, ...merged.gazetteerExclude].map(nameKey));
  const places = new Map(merged.places);
  for (const entry of gazetteerPlaces(merged, new Set([...skip, ...demonyms]))) places.set(entry.place.id, entry);

  const focus = new Set(merged.focusCountries);
  let order = 0;
  const index = ({ place, names, source }: MergedPlace): void => {
    const value: PlaceValue = { place, fromPack: source !== 'gazetteer', order: order++ };
    for (const name of names) {
      const key = nameKey(name);
      // Inflected forms of Cyrillic names are matched by stem, except countries' (packs list their case forms).
      if (!skip.has(key) && !demonyms.has(key)) placeIndex.add(name, value, { caseSensitive: true, stems: place.type !== 'country' });
    }
  };
  for (const entry of places.values()) index(entry);

  const rank = (a: PlaceValue, b: PlaceValue): number =>
    Number(b.fromPack) - Number(a.fromPack) ||
    Number(focus.has(b.place.country ?? '')) - Number(focus.has(a.place.country ?? '')) ||
    TYPE_RANK[a.place.type] - TYPE_RANK[b.place.type] ||
    a.order - b.order;
  /**
   * The places last asked about by id, a few hundred at most (all forgotten when full). Why: the map of every
   * place holds tens of thousands, and a look-up in it between the other stages' work missed the processor's
   * caches at most of its steps (about a microsecond, against a third of one here); the stages ask about the
   * places of each report and their parents, which the next reports name again.
   */
  const recentPlaces = new Map<string, Place | undefined>();
  const place = (id: string): Place | undefined => {
    let found = recentPlaces.get(id);
    if (found === undefined && !recentPlaces.has(id)) {
      found = places.get(id)?.place;
      if (recentPlaces.size >= MAX_RECENT_PLACES) recentPlaces.clear();
      recentPlaces.set(id, found);
    }
    return found;
  };

  /** The finest type of a place mentioned elsewhere in the text that encloses this one; -1 when none does. */
  const context = (candidate: Place, mentioned: (id: string) => boolean): number => {
    let best = -1;
    const seen = new Set<string>();
    for (let p = place(candidate.parent ?? ''); p !== undefined && !seen.has(p.id); p = place(p.parent ?? '')) {
      seen.add(p.id);
      if (mentioned(p.id)) best = Math.max(best, TYPE_RANK[p.type]);
    }
    return best;
  };

  // The words of the last text read (actors and places read a report in turn); the table's array is reused.
  const table = new TokenTable(1024);
  let tokenized: string | null = null;
  const tokensOf = (text: string): TokenTable => {
    if (tokenized !== text) {
      table.read(text);
      tokenized = text;
    }
    return table;
  };

  /** {@link Lexicon.actorOfTerritory} by the name as written (a place mention), remembered (see there). */
  const territoryOfName = new Map<string, ActorCode | null>();

  const actors: ReadonlyMap<ActorCode, ActorEntry> = new Map([...merged.actors].map(([code, a]) => [code, a.entry]));
  return {
    packs: merged.packs,
    actors,
    focusCountries: merged.focusCountries,
    sides: merged.sides,
    outletActor(host: string): ActorCode | null {
      const parts = host.toLowerCase().split('.');
      for (let i = 0; i < parts.length - 1; i++) {
        const code = merged.outlets.get(parts.slice(i).join('.'));
        if (code !== undefined) return code;
      }
      return null;
    },
    findActors(text: string): ActorMatch[] {
      // (Loops, not `flatMap` with an array per hit and `filter(..).pop()`: this runs for every report.)
      const out: ActorMatch[] = [];
      for (const hit of actorIndex.find(tokensOf(text))) {
        // The last pack loaded wins when two actors share an alias; an alias beats a blocker: the last value that is not null.
        let k = hit.values.length - 1;
        while (k >= 0 && hit.values[k] === null) k--;
        const value = k >= 0 ? hit.values[k] : undefined;
        if (value) out.push({ start: hit.start, end: hit.end, code: value.code, aliasKind: value.aliasKind });
      }
      return out;
    },
    findPlaces(text: string): PlaceMatch[] {
      const hits = placeIndex
        .find(tokensOf(text))
        .filter((hit) => !hit.values.includes(null))
        .map((hit) => ({ hit, ranked: hit.values.filter((v) => v !== null).sort(rank) }));
      const counts = new Map<string, number>();
      for (const { ranked } of hits) {
        const id = ranked[0]?.place.id;
        if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      // (A loop, not `flatMap` with an array per hit: this runs for every report.)
      const out: PlaceMatch[] = [];
      for (const { hit, ranked } of hits) {
        const top = ranked[0];
        if (top === undefined) continue;
        if (ranked.length === 1) {
          out.push(match(hit, top.place));
          continue;
        }
        // Another mention of a place that encloses a candidate picks that candidate (`Agdam ... Tovuz district`).
        const mentioned = (id: string): boolean => (counts.get(id) ?? 0) > (id === top.place.id ? 1 : 0);
        const scored = ranked.map((value) => ({ value, score: context(value.place, mentioned) }));
        const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
        out.push(match(hit, best.value.place));
      }
      return out;
    },
    place,
    countryOfIso2(code: string): string | null {
      return merged.alpha3.get(code.toUpperCase()) ?? null;
    },
    actorForCountry(country: string): ActorCode | null {
      return actors.get(country)?.type === 'state' ? country : null;
    },
    actorOfTerritory(name: string): ActorCode | null {
      // Asked about every place of every report: the few names a conflict's reports repeat are keyed once.
      let code = territoryOfName.get(name);
      if (code === undefined) {
        code = territories.get(nameKey(name)) ?? null;
        if (territoryOfName.size < MAX_REMEMBERED_NAMES && rememberable(name)) territoryOfName.set(name, code);
      }
      return code;
    },
    vocabulary(language: string): CasualtyVocabulary | undefined {
      return merged.languages.get(language)?.vocabulary ?? undefined;
    },
    eventCues(language: string): readonly EventTypeCue[] {
      return merged.languages.get(language)?.eventTypes ?? [];
    },
    numberWords(language: string): ReadonlyMap<string, number> {
      return merged.languages.get(language)?.numbers ?? NO_NUMBERS;
    },
  };
}

function match(hit: PhraseHit<PlaceValue | null>, place: Place): PlaceMatch {
  return { start: hit.start, end: hit.end, place };
}
