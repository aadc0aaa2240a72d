import type { Kysely } from 'kysely';
import { InputError } from '../errors.js';
import type { ReportAnalysis } from '../model/analysis.js';
import type { Incident } from '../model/incident.js';
import type { Report } from '../model/report.js';
import type { Dialect, SearchHit } from './dialect/types.js';
import { getIncident, loadIncidents, replaceIncidents } from './incidents.js';
import { loadAnalyses } from './load-analyses.js';
import { migrateToLatest } from './migrations/index.js';
import { countRows } from './queries/counts.js';
import { insertPipelineRun, selectPipelineRun } from './queries/pipeline-runs.js';
import { reportFromRow } from './queries/reports.js';
import { selectReportsByIds } from './queries/reports-by-id.js';
import { saveAnalysis, type SaveOptions } from './save-analysis.js';
import type { SaveResult } from './save-analysis.js';
import type { Database } from './schema.js';

/** Results `search` returns when no limit is given. */
const DEFAULT_SEARCH_LIMIT = 20;

/** How many rows the main tables hold. */
export interface StoreCounts {
  readonly reports: number;
  readonly claims: number;
  readonly incidents: number;
}

/** A pipeline configuration as `recordPipeline` stored it. */
export interface PipelineRun {
  readonly id: string;
  readonly config: unknown;
  readonly createdAt: string;
}

/**
 * The database of analysed reports and incidents. Every method is one transaction: a write is
 * stored entirely or not at all, and a read sees one consistent state.
 */
export interface Store {
  /** The dialect in use, e.g. `sqlite`. */
  readonly dialect: string;
  /** The migrations run when the store was opened; empty when the schema was up to date. */
  readonly appliedMigrations: readonly string[];
  /**
   * Writes an analysis with everything in it. `unchanged` when its content hash is stored already;
   * an analysis with a stored report id but new content replaces the old one.
   */
  saveAnalysis(analysis: ReportAnalysis, options?: SaveOptions): Promise<SaveResult>;
  /** The stored analysis of a report, equal to what was saved except that `doc.messages` is empty. */
  loadAnalysis(reportId: string): Promise<ReportAnalysis | undefined>;
  /** Every stored analysis, ordered by report id. */
  loadAnalyses(): Promise<ReportAnalysis[]>;
  /**
   * Stored reports without their annotations (cheaper than `loadAnalyses`), ordered by id: those
   * with the given ids (unknown ids are skipped), or all when `ids` is undefined.
   */
  loadReports(ids?: readonly string[]): Promise<Report[]>;
  /** Stores a pipeline configuration under its id (the configuration hash); a no-op when known. */
  recordPipeline(id: string, config: unknown): Promise<void>;
  /** A recorded pipeline configuration, with the time it was first recorded (ISO 8601). */
  getPipeline(id: string): Promise<PipelineRun | undefined>;
  /** Replaces all incidents. Their reports and claims must have been saved (`saveAnalysis`) before. */
  replaceIncidents(incidents: readonly Incident[]): Promise<void>;
  /** Every incident, by date (undated last) then id. */
  listIncidents(): Promise<Incident[]>;
  /** An incident by id or by an unambiguous id prefix of at least 4 characters. */
  getIncident(id: string): Promise<Incident | undefined>;
  /**
   * Ranked full-text search over report titles and texts, best first. The query is plain words,
   * all required; operators and quotes in it are ignored, so it never fails on syntax.
   */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** How many reports, claims and incidents are stored. */
  counts(): Promise<StoreCounts>;
  /** Closes the connection; the store cannot be used afterwards. */
  close(): Promise<void>;
}

/**
 * Connects through a dialect, brings the schema up to date and returns the store.
 * Throws an `InputError` (`E_STORE_WRITE`) naming the location when it cannot be opened or migrated.
 */
export async function createStore(dialect: Dialect): Promise<Store> {
  const db = await dialect.createKysely();
  let appliedMigrations: string[];
  try {
    appliedMigrations = await migrateToLatest(db, dialect);
  } catch (err) {
    await db.destroy();
    const detail = err instanceof Error ? err.message : String(err);
    throw new InputError('E_STORE_WRITE', { input: `reports in ${dialect.location}`, detail }, { cause: err });
  }
  return bindStore(db, dialect, appliedMigrations);
}

function bindStore(db: Kysely<Database>, dialect: Dialect, appliedMigrations: readonly string[]): Store {
  return {
    dialect: dialect.name,
    appliedMigrations,
    saveAnalysis: (analysis, options) => saveAnalysis(db, dialect, analysis, options),
    loadAnalysis: async (reportId) => (await loadAnalyses(db, reportId))[0],
    loadAnalyses: () => loadAnalyses(db),
    loadReports: async (ids) => (await selectReportsByIds(db, ids)).map(reportFromRow),
    recordPipeline: (id, config) => insertPipelineRun(db, id, config, new Date().toISOString()),
    getPipeline: (id) => selectPipelineRun(db, id),
    replaceIncidents: (incidents) => replaceIncidents(db, incidents),
    listIncidents: () => loadIncidents(db),
    getIncident: (id) => getIncident(db, id),
    async search(query, limit = DEFAULT_SEARCH_LIMIT) {
      if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`search limit must be a positive integer, got ${limit}`);
      return dialect.search(db, query, limit);
    },
    async counts() {
      return db.transaction().execute(async (trx) => ({
        reports: await countRows(trx, 'reports'),
        claims: await countRows(trx, 'claims'),
        incidents: await countRows(trx, 'incidents'),
      }));
    },
    close: () => db.destroy(),
  };
}
