/**
 * Row types of the store's tables, as Kysely sees them. Column names are snake_case; JSON columns
 * hold `JSON.stringify` output as text on every backend. Spans are stored as `*_start`/`*_end`
 * UTF-16 offsets, next to the text they cover (sliced in TypeScript, never with SQL `substr`).
 */

/** One report and what ingest said about it. */
export interface ReportsTable {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  published_precision: string | null;
  published_origin: string | null;
  /** The document's language (filled by the language stage). */
  language: string | null;
  /** The language the report's metadata gave before annotation. */
  report_language: string | null;
  format: string;
  text: string;
  raw: string;
  source_map: string;
  sections: string;
  entry: string | null;
  content_hash: string;
  ingested_at: string;
  pipeline: string;
}

/** One annotation of a document, in the order the stages added them (`seq`). */
export interface AnnotationsTable {
  report_id: string;
  seq: number;
  kind: string;
  start: number;
  end: number;
  text: string;
  by: string;
  /** The annotation's other fields, as JSON. */
  data: string;
}

/** One casualty claim of a report analysis; `figure_*` is the annotation's own span. */
export interface ClaimsTable {
  report_id: string;
  seq: number;
  side: string;
  status: string;
  grp: string;
  min: number | null;
  max: number | null;
  claimant: string | null;
  claimant_start: number | null;
  claimant_end: number | null;
  date: string | null;
  date_precision: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  sentence: number;
  figure_start: number;
  figure_end: number;
  by: string;
}

/** The main event of a report. */
export interface ReportEventsTable {
  report_id: string;
  date: string | null;
  date_precision: string | null;
  type: string;
  anchor_start: number | null;
  anchor_end: number | null;
  date_evidence_start: number | null;
  date_evidence_end: number | null;
}

/** Columns shared by the places of a report event and of an incident. */
export interface PlaceColumns {
  place_id: string;
  name: string;
  place_type: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  mention_start: number;
  mention_end: number;
  ord: number;
}

export interface ReportPlacesTable extends PlaceColumns {
  report_id: string;
}

export interface ReportActorsTable {
  report_id: string;
  code: string;
  ord: number;
}

export interface IncidentsTable {
  id: string;
  date: string | null;
  date_precision: string | null;
  type: string;
  summary: string;
}

export interface IncidentReportsTable {
  incident_id: string;
  report_id: string;
  ord: number;
}

export interface IncidentPlacesTable extends PlaceColumns {
  incident_id: string;
}

export interface IncidentActorsTable {
  incident_id: string;
  code: string;
  ord: number;
}

/** An incident's claim: a pointer to a stored claim by `(report_id, seq)`. */
export interface IncidentClaimsTable {
  incident_id: string;
  ord: number;
  report_id: string;
  seq: number;
}

/** A pipeline configuration, keyed by its hash. */
export interface PipelineRunsTable {
  id: string;
  config: string;
  created_at: string;
}

/** Every table the shared query code may touch. The full-text index is the dialect's business. */
export interface Database {
  reports: ReportsTable;
  annotations: AnnotationsTable;
  claims: ClaimsTable;
  report_events: ReportEventsTable;
  report_places: ReportPlacesTable;
  report_actors: ReportActorsTable;
  incidents: IncidentsTable;
  incident_reports: IncidentReportsTable;
  incident_places: IncidentPlacesTable;
  incident_actors: IncidentActorsTable;
  incident_claims: IncidentClaimsTable;
  pipeline_runs: PipelineRunsTable;
}
