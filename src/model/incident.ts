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

/**
 * Reports that are copies of one story (the same agency text on several sites, or an outlet's later
 * version of its own article): one source, never independent confirmation of each other.
 */
export interface SourceFamily {
  /** `fam-` + a hash of the sorted member report ids (deterministic). */
  readonly id: string;
  /** Member report ids, sorted. */
  readonly reportIds: readonly string[];
}

/** When a figure was stated: the report's publication date and, in a live blog, its update's time. */
export interface StatedAt {
  readonly date: string | null;
  /** `HH:MM` of the live-blog update the sentence belongs to, or null. */
  readonly time: string | null;
  /** The update label as written (`Update 3 1830 CET`), or null. */
  readonly label: string | null;
  /** The update's sequence number, or null. */
  readonly seq: number | null;
}

/** One casualty claim as the ledger cites it: figure, voice, time and evidence. */
export interface LedgerStatement {
  readonly reportId: string;
  readonly familyId: string;
  readonly claimant: ActorCode | null;
  readonly group: IncidentClaim['group'];
  readonly status: IncidentClaim['status'];
  readonly min: number | null;
  readonly max: number | null;
  readonly at: StatedAt;
  readonly evidence: { readonly start: number; readonly end: number; readonly sentence: number; readonly text: string };
  readonly figure: { readonly start: number; readonly end: number };
}

/** The reports of one family that state a figure. */
export interface FamilySupport {
  readonly familyId: string;
  readonly reportIds: readonly string[];
}

/** One state of a voice's figure: what it said at one time (repeating statements joined). */
export interface FigureVersion {
  /** 1 for the first figure this voice gave, counting up at each change. */
  readonly version: number;
  readonly at: StatedAt;
  /** The total the voice gave at that time (groups combined, see README: claims ledger). */
  readonly min: number | null;
  readonly max: number | null;
  readonly statements: readonly LedgerStatement[];
}

/**
 * Who says a figure: an actor (`claimant` set) or a report family's own voice (`claimant` null,
 * `familyId` set: every family speaks for itself once).
 */
export interface LedgerVoice {
  /** `actor:CODE` or `report:FAMILY_ID`. */
  readonly key: string;
  readonly claimant: ActorCode | null;
  readonly familyId: string | null;
  /** A readable name: the actor's name from the lexicon, or the family's outlet. */
  readonly name: string;
}

/** A voice's current figure in a ledger entry (its newest version), with its support. */
export interface VoiceFigure {
  readonly voice: LedgerVoice;
  readonly min: number | null;
  readonly max: number | null;
  readonly at: StatedAt;
  /** The newest version's number: earlier versions are superseded (see `FigureHistory`). */
  readonly version: number;
  readonly statements: readonly LedgerStatement[];
  /** Reports stating the current figure, grouped by source family. */
  readonly sources: readonly FamilySupport[];
  /** Number of source families stating it: copies of one wire story count once. */
  readonly independentSources: number;
}

/** UCDP-style estimate of one side's losses of one status (rule in README: claims ledger). */
export interface Estimate {
  readonly low: number | null;
  readonly best: number | null;
  readonly high: number | null;
  /** How `best` was chosen: the side's own figure, an ally's, the median of the voices, or no count known. */
  readonly basis: 'own-side' | 'own-camp' | 'median' | 'unknown';
}

/** Every voice's figure for one side and status. */
export interface LedgerEntry {
  readonly side: IncidentClaim['side'];
  readonly status: IncidentClaim['status'];
  /** Actor voices first (by name), then report voices. */
  readonly figures: readonly VoiceFigure[];
  /** All reports behind the current figures, grouped by family. */
  readonly sources: readonly FamilySupport[];
  readonly independentSources: number;
  readonly estimate: Estimate;
  readonly contested: boolean;
  /** One line naming who says what, when contested. */
  readonly explanation: string | null;
}

/** Every version of one voice's figure for one side and status, oldest first. */
export interface FigureHistory {
  readonly side: IncidentClaim['side'];
  readonly status: IncidentClaim['status'];
  readonly voice: LedgerVoice;
  readonly versions: readonly FigureVersion[];
}

/** The claims ledger of an incident: computed on read from the incident and its reports. */
export interface IncidentLedger {
  readonly incidentId: string;
  readonly families: readonly SourceFamily[];
  readonly entries: readonly LedgerEntry[];
  readonly history: readonly FigureHistory[];
  readonly contested: boolean;
  /** The contested entries' explanations in one line, or null. */
  readonly explanation: string | null;
}
