import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect/types.js';

// A migration is frozen once released: its value lists are literals, not imports from the model,
// so that a later change to the model needs a new migration instead of silently editing this one.

const PRECISION = sql`in ('year', 'month', 'day')`;

/** A table of the places of a report event or an incident (`EventPlace`), in order. */
async function createPlaceTable(db: Kysely<unknown>, table: string, owner: 'report_id' | 'incident_id', references: string): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn(owner, 'text', (col) => col.notNull().references(references).onDelete('cascade'))
    .addColumn('ord', 'integer', (col) => col.notNull())
    .addColumn('place_id', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('place_type', 'text', (col) => col.notNull())
    .addColumn('country', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('mention_start', 'integer', (col) => col.notNull())
    .addColumn('mention_end', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint(`${table}_pk`, [owner, 'ord'])
    .addCheckConstraint(`${table}_mention`, sql`mention_start >= 0 and mention_start <= mention_end`)
    .execute();
}

async function createReportTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('url', 'text')
    .addColumn('outlet', 'text')
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('published_precision', 'text', (col) => col.check(sql`published_precision ${PRECISION}`))
    .addColumn('published_origin', 'text')
    .addColumn('language', 'text')
    .addColumn('report_language', 'text')
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('raw', 'text', (col) => col.notNull())
    .addColumn('source_map', 'text', (col) => col.notNull())
    .addColumn('sections', 'text', (col) => col.notNull())
    .addColumn('entry', 'text')
    .addColumn('content_hash', 'text', (col) => col.notNull().unique())
    .addColumn('ingested_at', 'text', (col) => col.notNull())
    .addColumn('pipeline', 'text', (col) => col.notNull())
    .addCheckConstraint('published_pair', sql`(published is null) = (published_precision is null)`)
    .execute();

  await db.schema
    .createTable('annotations')
    .addColumn('report_id', 'text', (col) => col.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('start', 'integer', (col) => col.notNull())
    .addColumn('end', 'integer', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('by', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('annotations_pk', ['report_id', 'seq'])
    .addCheckConstraint('annotation_span', sql`"start" >= 0 and "start" <= "end"`)
    .execute();

  await db.schema
    .createTable('claims')
    .addColumn('report_id', 'text', (col) => col.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('side', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('killed', 'wounded', 'captured', 'missing', 'displaced', 'casualties')`),
    )
    .addColumn('grp', 'text', (col) => col.notNull().check(sql`grp in ('soldiers', 'civilians', 'unspecified')`))
    .addColumn('min', 'integer')
    .addColumn('max', 'integer')
    .addColumn('claimant', 'text')
    .addColumn('claimant_start', 'integer')
    .addColumn('claimant_end', 'integer')
    .addColumn('date', 'text')
    .addColumn('date_precision', 'text', (col) => col.check(sql`date_precision ${PRECISION}`))
    .addColumn('evidence_start', 'integer', (col) => col.notNull())
    .addColumn('evidence_end', 'integer', (col) => col.notNull())
    .addColumn('evidence_text', 'text', (col) => col.notNull())
    .addColumn('sentence', 'integer', (col) => col.notNull())
    .addColumn('figure_start', 'integer', (col) => col.notNull())
    .addColumn('figure_end', 'integer', (col) => col.notNull())
    .addColumn('by', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('claims_pk', ['report_id', 'seq'])
    .addCheckConstraint('claim_bounds', sql`"min" is null or "max" is null or "min" <= "max"`)
    .addCheckConstraint('claim_claimant', sql`(claimant is null) = (claimant_start is null) and (claimant is null) = (claimant_end is null)`)
    .addCheckConstraint('claim_date', sql`("date" is null) = (date_precision is null)`)
    .addCheckConstraint('claim_spans', sql`evidence_start >= 0 and evidence_start <= evidence_end and figure_start >= 0 and figure_start <= figure_end`)
    .execute();

  await db.schema
    .createTable('report_events')
    .addColumn('report_id', 'text', (col) => col.primaryKey().references('reports.id').onDelete('cascade'))
    .addColumn('date', 'text')
    .addColumn('date_precision', 'text', (col) => col.check(sql`date_precision ${PRECISION}`))
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('anchor_start', 'integer')
    .addColumn('anchor_end', 'integer')
    .addColumn('date_evidence_start', 'integer')
    .addColumn('date_evidence_end', 'integer')
    .addCheckConstraint('event_date', sql`("date" is null) = (date_precision is null)`)
    .addCheckConstraint('event_anchor', sql`(anchor_start is null) = (anchor_end is null)`)
    .addCheckConstraint('event_date_evidence', sql`(date_evidence_start is null) = (date_evidence_end is null)`)
    .execute();

  await createPlaceTable(db, 'report_places', 'report_id', 'reports.id');

  await db.schema
    .createTable('report_actors')
    .addColumn('report_id', 'text', (col) => col.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('ord', 'integer', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('report_actors_pk', ['report_id', 'ord'])
    .execute();
}

// Incident rows point at reports and claims with `on delete cascade`: replacing a report's
// analysis drops it from stored incidents until the next `replaceIncidents`.
async function createIncidentTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('date', 'text')
    .addColumn('date_precision', 'text', (col) => col.check(sql`date_precision ${PRECISION}`))
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addCheckConstraint('incident_date', sql`("date" is null) = (date_precision is null)`)
    .execute();
  await db.schema.createIndex('incidents_by_date').on('incidents').columns(['date', 'id']).execute();

  await db.schema
    .createTable('incident_reports')
    .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('ord', 'integer', (col) => col.notNull())
    .addColumn('report_id', 'text', (col) => col.notNull().references('reports.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('incident_reports_pk', ['incident_id', 'ord'])
    .execute();
  await db.schema.createIndex('incident_reports_by_report').on('incident_reports').column('report_id').execute();

  await createPlaceTable(db, 'incident_places', 'incident_id', 'incidents.id');

  await db.schema
    .createTable('incident_actors')
    .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('ord', 'integer', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('incident_actors_pk', ['incident_id', 'ord'])
    .execute();

  await db.schema
    .createTable('incident_claims')
    .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('ord', 'integer', (col) => col.notNull())
    .addColumn('report_id', 'text', (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('incident_claims_pk', ['incident_id', 'ord'])
    .addForeignKeyConstraint('incident_claims_claim_fk', ['report_id', 'seq'], 'claims', ['report_id', 'seq'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('incident_claims_by_claim').on('incident_claims').columns(['report_id', 'seq']).execute();
}

/** The first schema: reports with their analysis, incidents, pipeline runs and the search index. */
export function initialMigration(dialect: Dialect): Migration {
  return {
    async up(db) {
      await createReportTables(db);
      await createIncidentTables(db);
      await db.schema
        .createTable('pipeline_runs')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('config', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await dialect.createSearchIndex(db);
    },
  };
}
