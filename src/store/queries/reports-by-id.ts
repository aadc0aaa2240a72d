import type { Kysely } from 'kysely';
import type { Database, ReportsTable } from '../schema.js';

/** Ids per `in (...)` list, under every backend's bound-parameter cap. */
const IDS_PER_QUERY = 500;

/** Report rows ordered by id: those with the given ids, or all when `ids` is undefined. */
export async function selectReportsByIds(db: Kysely<Database>, ids?: readonly string[]): Promise<ReportsTable[]> {
  if (ids === undefined) return db.selectFrom('reports').selectAll().orderBy('id').execute();
  const unique = [...new Set(ids)];
  const rows: ReportsTable[] = [];
  for (let i = 0; i < unique.length; i += IDS_PER_QUERY) {
    rows.push(...(await db.selectFrom('reports').selectAll().where('id', 'in', unique.slice(i, i + IDS_PER_QUERY)).execute()));
  }
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
