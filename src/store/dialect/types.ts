import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** What the full-text index holds for one report. */
export interface SearchDocument {
  readonly reportId: string;
  readonly title: string | null;
  readonly text: string;
}

/** One full-text search result. `rank` is higher for a better match. */
export interface SearchHit {
  readonly reportId: string;
  readonly title: string | null;
  /** A short excerpt with the matched words between `SNIPPET_MARKS.open` and `SNIPPET_MARKS.close`. */
  readonly snippet: string;
  readonly rank: number;
}

/** Markers every dialect puts around matched words in a snippet, so pages render them alike. */
export const SNIPPET_MARKS = { open: '«', close: '»', ellipsis: '…' } as const;

/**
 * The database-specific part of the store: how to connect and how to do full-text search.
 * Everything else is shared Kysely query code. A dialect for SQLite lives in `sqlite.ts`; a
 * PostgreSQL one (tsvector) can implement the same interface.
 */
export interface Dialect {
  /** A short name for messages and test titles, e.g. `sqlite`. */
  readonly name: string;
  /** Where the data lives, for messages: a file path or a server address, never a password. */
  readonly location: string;
  /**
   * Connects and returns the Kysely instance, with the connection settings applied.
   * Throws an `InputError` (`E_STORE_WRITE`) that names the location when it cannot be opened.
   */
  createKysely(): Promise<Kysely<Database>>;
  /** Creates the full-text index; called once, by the initial migration. */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  /** Creates or replaces the index entry of one report. Pass the transaction that writes the report. */
  indexReport(db: Kysely<Database>, doc: SearchDocument): Promise<void>;
  /**
   * Ranked search over report titles and texts, best first. User input is treated as plain words
   * (all must occur), so no query string can raise a syntax error.
   */
  search(db: Kysely<Database>, query: string, limit: number): Promise<SearchHit[]>;
}
