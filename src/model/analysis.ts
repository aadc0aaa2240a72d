import type { ActorCode, CasualtyAnnotation, PlaceAnnotation } from './annotation.js';
import type { Document } from './document.js';
import type { PartialDate } from './report.js';
import type { Span } from './span.js';

/** A place of an event, with the mention that names it. */
export interface EventPlace {
  readonly placeId: string;
  readonly name: string;
  readonly placeType: PlaceAnnotation['placeType'];
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** The first mention of the place in the report. */
  readonly mention: Span;
}

/** The main incident a report is about: the newest concrete happening it reports. */
export interface ReportEvent {
  readonly date: PartialDate | null;
  /** The span the date was read from, or null when it was inferred from the publication date. */
  readonly dateEvidence: Span | null;
  readonly type: string;
  /** The sentence that best states the event (for summaries and provenance). */
  readonly anchor: Span | null;
  readonly places: readonly EventPlace[];
  readonly actors: readonly ActorCode[];
}

/** Everything the pipeline found in one report: what the store writes in one transaction. */
export interface ReportAnalysis {
  readonly doc: Document;
  readonly event: ReportEvent;
  readonly claims: readonly CasualtyAnnotation[];
  /** Id of the pipeline configuration (stage ids and versions) that produced it. */
  readonly pipeline: string;
}
