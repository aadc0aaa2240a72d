import type { ActorCode, CasualtyAnnotation } from './annotation.js';
import type { EventPlace } from './analysis.js';
import type { PartialDate } from './report.js';

/** A casualty claim as an incident holds it: the annotation plus the report it comes from. */
export interface IncidentClaim extends CasualtyAnnotation {
  readonly reportId: string;
  /** The evidence text, copied from the report so it survives without the report text. */
  readonly evidenceText: string;
}

/** A group of reports about the same happening, with their claims and one summary sentence. */
export interface Incident {
  /** Stable id derived from its reports (deterministic across runs). */
  readonly id: string;
  readonly date: PartialDate | null;
  readonly type: string;
  readonly places: readonly EventPlace[];
  readonly actors: readonly ActorCode[];
  readonly reportIds: readonly string[];
  readonly claims: readonly IncidentClaim[];
  readonly summary: string;
}
