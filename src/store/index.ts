/**
 * The storage layer: analysed reports, incidents and a full-text index in an embedded SQLite
 * database, with every query written through Kysely so that another dialect can take its place.
 */
export { openStore, DATABASE_FILE } from './db.js';
export type { StoreOptions } from './db.js';
export { createStore } from './store.js';
export type { PipelineRun, Store, StoreCounts } from './store.js';
export type { SaveResult } from './save-analysis.js';
export { MIN_ID_PREFIX } from './incidents.js';
export { sqliteDialect } from './dialect/sqlite.js';
export type { SqliteLocation } from './dialect/sqlite.js';
export { SNIPPET_MARKS } from './dialect/types.js';
export type { Dialect, SearchDocument, SearchHit } from './dialect/types.js';
export type { Database } from './schema.js';
