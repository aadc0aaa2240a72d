import type { Span } from './span.js';
import type { PartialDate } from './report.js';

/** Id and version of the stage that produced a fact, e.g. `casualties.v1`. */
export type StageId = string;

/** Whether a value was written in the text or inferred (chrono's assign vs imply). */
export type Certainty = 'stated' | 'implied';

/** An actor code from a lexicon pack (`ARM`, `AZE`, `NKR`, `OSCE` ...). */
export type ActorCode = string;

/** Whose people a casualty figure counts. */
export type Side = ActorCode | 'multiple' | 'unknown';

export type CasualtyStatus = 'killed' | 'wounded' | 'captured' | 'missing' | 'displaced' | 'casualties';
export type CasualtyGroup = 'soldiers' | 'civilians' | 'unspecified';

interface Base extends Span {
  readonly by: StageId;
}

/** A sentence. `section` is the index of the live-blog section it belongs to, or null. */
export interface SentenceAnnotation extends Base {
  readonly kind: 'sentence';
  readonly index: number;
  readonly paragraph: number;
  readonly section: number | null;
}

/** How a date expression relates to the reference date. */
export type DateRole = 'dateline' | 'heading' | 'updated' | 'body';

/** A date mention resolved against the publication date (or the report's best reference date). */
export interface DateAnnotation extends Base {
  readonly kind: 'date';
  readonly date: PartialDate;
  /** Whether the date's most precise part was written (`stated`) or inferred (`implied`, e.g. 'on Friday'). */
  readonly certainty: Certainty;
  /** True for expressions such as 'yesterday', 'last year', 'on Friday', 'overnight'. */
  readonly relative: boolean;
  readonly role: DateRole;
  /** Optional end of a range ('between 1988 and 1994'). */
  readonly until: PartialDate | null;
}

/** How a number is qualified in the text. */
export type NumberQualifier = 'exact' | 'at-least' | 'more-than' | 'up-to' | 'less-than' | 'about' | 'vague';

/** A count written in digits or words ('four', 'two hundred', '75,000', 'a dozen', 'several'). */
export interface NumberAnnotation extends Base {
  readonly kind: 'number';
  /** The numeric value; null for vague words ('several', 'dozens'). */
  readonly value: number | null;
  readonly qualifier: NumberQualifier;
  /** Contract-style bounds: exact 4 -> 4/4, at least 13 -> 13/null, up to 75,000 -> null/75000, vague -> null/null. */
  readonly min: number | null;
  readonly max: number | null;
  /** Span of the numeral itself (without the qualifier words). */
  readonly numeral: Span;
}

/** How an actor was named. */
/**
 * How an actor was named. `territory`: the land a (de facto) actor holds, named as the one who speaks or
 * loses people ('Nagorno-Karabakh says it has lost five'); a pack's territory names are places elsewhere.
 */
export type ActorAliasKind = 'name' | 'demonym' | 'capital' | 'force' | 'institution' | 'person' | 'organisation' | 'territory';

/** A mention of an actor from a lexicon pack. */
export interface ActorAnnotation extends Base {
  readonly kind: 'actor';
  readonly code: ActorCode;
  readonly aliasKind: ActorAliasKind;
}

/** A mention of a gazetteer place. */
export interface PlaceAnnotation extends Base {
  readonly kind: 'place';
  /** Gazetteer id (stable across runs). */
  readonly placeId: string;
  /** The gazetteer's common English name. */
  readonly name: string;
  readonly placeType: PlaceType;
  /** ISO 3166-1 alpha-3 of the country it lies in, or null. */
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

export type PlaceType = 'country' | 'region' | 'province' | 'district' | 'city' | 'town' | 'village' | 'feature';

/** Who asserts a figure: an actor code (with the words that name it) or the report's own voice (null). */
export interface Claimant {
  readonly code: ActorCode;
  /** The words naming the claimant ('Armenia's Defense Ministry'), possibly in an earlier sentence. */
  readonly span: Span;
}

/** One casualty figure: side, status, group, count, claimant, date, with its evidence. */
export interface CasualtyAnnotation extends Base {
  readonly kind: 'casualty';
  readonly side: Side;
  readonly status: CasualtyStatus;
  readonly group: CasualtyGroup;
  readonly min: number | null;
  readonly max: number | null;
  readonly claimant: Claimant | null;
  readonly date: PartialDate | null;
  /** The sentence (or clause) that states it; `[start, end)` of the annotation is the figure phrase. */
  readonly evidence: Span;
  readonly sentence: number;
}

/** An event-type decision with the trigger words that support it. */
export interface EventTypeAnnotation extends Base {
  readonly kind: 'event-type';
  readonly label: string;
  readonly score: number;
}

export type Annotation =
  | SentenceAnnotation
  | DateAnnotation
  | NumberAnnotation
  | ActorAnnotation
  | PlaceAnnotation
  | CasualtyAnnotation
  | EventTypeAnnotation;

export type AnnotationKind = Annotation['kind'];

/** The annotation type for one kind. */
export type AnnotationOf<K extends AnnotationKind> = Extract<Annotation, { kind: K }>;
