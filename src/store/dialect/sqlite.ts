import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, sql } from 'kysely';
import type { Generated } from 'kysely';
import { InputError } from '../../errors.js';
import type { Database } from '../schema.js';
import { SNIPPET_MARKS } from './types.js';
import type { Dialect, SearchDocument, SearchHit } from './types.js';

/** Where the SQLite database lives: a file, or memory (gone on close). */
export type SqliteLocation = { readonly file: string } | { readonly memory: true };

/**
 * Connection settings. WAL lets readers work while a writer commits; `synchronous = normal` is
 * safe with WAL; foreign keys are off by default in SQLite and the schema relies on them.
 */
const PRAGMAS = ['pragma journal_mode = wal', 'pragma synchronous = normal', 'pragma foreign_keys = on', 'pragma busy_timeout = 5000'];

/** Words in a user query; everything else (quotes, `*`, `:`, parentheses) is dropped. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Words per snippet. */
const SNIPPET_TOKENS = 12;

/**
 * The full-text index: `reports_fts` holds title and text; `search_rowids` maps its integer rowid
 * to the report id, so that updating one report's entry is a lookup, not a scan.
 */
type SearchTables = {
  reports_fts: { rowid: number; title: string; text: string };
  search_rowids: { fts_rowid: Generated<number>; report_id: string };
};

/**
 * The SQLite dialect: better-sqlite3 under Kysely's `SqliteDialect`, full-text search with FTS5.
 * @example
 * const dialect = sqliteDialect({ file: '/data/dateline.sqlite' });
 * const db = await dialect.createKysely();
 */
export function sqliteDialect(location: SqliteLocation): Dialect {
  const file = 'memory' in location ? ':memory:' : location.file;
  return {
    name: 'sqlite',
    location: file,
    createKysely: () => connect(file),
    async createSearchIndex(db) {
      await sql`create virtual table reports_fts using fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
      await db.schema
        .createTable('search_rowids')
        .addColumn('fts_rowid', 'integer', (col) => col.primaryKey())
        .addColumn('report_id', 'text', (col) => col.notNull().unique())
        .execute();
    },
    indexReport,
    search,
  };
}

async function connect(file: string): Promise<Kysely<Database>> {
  let database: BetterSqlite3.Database | undefined;
  try {
    database = new BetterSqlite3(file);
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({
        database,
        async onCreateConnection(connection) {
          for (const pragma of PRAGMAS) await connection.executeQuery(CompiledQuery.raw(pragma));
        },
      }),
    });
    // Opening is lazy: touch the schema now so a bad file fails here, not in the first write.
    await sql`select count(*) from sqlite_master`.execute(db);
    return db;
  } catch (err) {
    database?.close();
    const code = (err as { code?: unknown }).code;
    const detail = code === 'SQLITE_NOTADB' ? `${file} is not a SQLite database` : `cannot open ${file}: ${(err as Error).message}`;
    throw new InputError('E_STORE_WRITE', { input: `reports in ${file}`, detail }, { cause: err });
  }
}

async function indexReport(db: Kysely<Database>, doc: SearchDocument): Promise<void> {
  const fts = db.withTables<SearchTables>();
  const values = { title: doc.title ?? '', text: doc.text };
  const known = await fts.selectFrom('search_rowids').select('fts_rowid').where('report_id', '=', doc.reportId).executeTakeFirst();
  if (known) {
    await fts.updateTable('reports_fts').set(values).where('rowid', '=', known.fts_rowid).execute();
    return;
  }
  const { fts_rowid } = await fts
    .insertInto('search_rowids')
    .values({ report_id: doc.reportId })
    .returning('fts_rowid')
    .executeTakeFirstOrThrow();
  await fts.insertInto('reports_fts').values({ rowid: fts_rowid, ...values }).execute();
}

async function search(db: Kysely<Database>, query: string, limit: number): Promise<SearchHit[]> {
  const match = toFts5Query(query);
  if (match === null) return [];
  const rows = await db
    .withTables<SearchTables>()
    .selectFrom('reports_fts')
    .innerJoin('search_rowids', 'search_rowids.fts_rowid', 'reports_fts.rowid')
    .innerJoin('reports', 'reports.id', 'search_rowids.report_id')
    .select([
      'reports.id as reportId',
      'reports.title as title',
      sql<string>`snippet(reports_fts, -1, ${SNIPPET_MARKS.open}, ${SNIPPET_MARKS.close}, ${SNIPPET_MARKS.ellipsis}, ${SNIPPET_TOKENS})`.as('snippet'),
      // bm25 is lower for better matches; a title word weighs twice a body word.
      sql<number>`bm25(reports_fts, 2.0, 1.0)`.as('score'),
    ])
    .where(sql<boolean>`reports_fts match ${match}`)
    .orderBy('score')
    .orderBy('reports.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ reportId: row.reportId, title: row.title, snippet: row.snippet, rank: -row.score }));
}

/**
 * An FTS5 query that requires every word of the user's text, each as a quoted string, so that
 * operators (`AND`, `NEAR`), quotes and column filters typed by the user are plain words.
 * Null when the text has no word at all.
 */
export function toFts5Query(text: string): string | null {
  const words = text.match(WORD);
  return words ? words.map((word) => `"${word}"`).join(' ') : null;
}
