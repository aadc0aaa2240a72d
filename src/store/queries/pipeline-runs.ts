import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Stores a pipeline configuration under its id; does nothing when the id is already stored. */
export async function insertPipelineRun(db: Kysely<Database>, id: string, config: unknown, createdAt: string): Promise<void> {
  await db
    .insertInto('pipeline_runs')
    .values({ id, config: JSON.stringify(config) ?? 'null', created_at: createdAt })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** A stored pipeline configuration, parsed, with the time it was first recorded. */
export async function selectPipelineRun(db: Kysely<Database>, id: string): Promise<{ id: string; config: unknown; createdAt: string } | undefined> {
  const row = await db.selectFrom('pipeline_runs').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, config: JSON.parse(row.config) as unknown, createdAt: row.created_at };
}
