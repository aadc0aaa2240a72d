import type { Kysely } from 'kysely';
import type { CasualtyAnnotation } from '../../model/annotation.js';
import { batches, toPartialDate } from '../rows.js';
import type { ClaimsTable, Database } from '../schema.js';

/** Report ids per `in (...)` list when selecting the claims of many reports. */
const IDS_PER_QUERY = 500;

/** The `claims` row of a casualty claim; `evidenceText` is the claim's evidence sliced from the report text. */
export function claimToRow(reportId: string, seq: number, claim: CasualtyAnnotation, evidenceText: string): ClaimsTable {
  return {
    report_id: reportId,
    seq,
    side: claim.side,
    status: claim.status,
    grp: claim.group,
    min: claim.min,
    max: claim.max,
    claimant: claim.claimant?.code ?? null,
    claimant_start: claim.claimant?.span.start ?? null,
    claimant_end: claim.claimant?.span.end ?? null,
    date: claim.date?.value ?? null,
    date_precision: claim.date?.precision ?? null,
    evidence_start: claim.evidence.start,
    evidence_end: claim.evidence.end,
    evidence_text: evidenceText,
    sentence: claim.sentence,
    figure_start: claim.start,
    figure_end: claim.end,
    by: claim.by,
  };
}

/** The casualty claim a row holds. */
export function claimFromRow(row: ClaimsTable): CasualtyAnnotation {
  return {
    kind: 'casualty',
    start: row.figure_start,
    end: row.figure_end,
    by: row.by,
    side: row.side,
    status: row.status as CasualtyAnnotation['status'],
    group: row.grp as CasualtyAnnotation['group'],
    min: row.min,
    max: row.max,
    claimant:
      row.claimant === null || row.claimant_start === null || row.claimant_end === null
        ? null
        : { code: row.claimant, span: { start: row.claimant_start, end: row.claimant_end } },
    date: toPartialDate(row.date, row.date_precision),
    evidence: { start: row.evidence_start, end: row.evidence_end },
    sentence: row.sentence,
  };
}

/** A key equal for two rows exactly when they hold the same claim, whatever their `(report_id, seq)`. */
export function claimIdentity(row: ClaimsTable): string {
  const { report_id: _reportId, seq: _seq, ...claim } = row;
  return JSON.stringify(Object.entries(claim).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Inserts claim rows, in batches. */
export async function insertClaims(db: Kysely<Database>, rows: readonly ClaimsTable[]): Promise<void> {
  for (const batch of batches(rows)) await db.insertInto('claims').values(batch).execute();
}

/** Claim rows ordered by report and sequence: of one report, or of all when `reportId` is undefined. */
export async function selectClaims(db: Kysely<Database>, reportId?: string): Promise<ClaimsTable[]> {
  let query = db.selectFrom('claims').selectAll();
  if (reportId !== undefined) query = query.where('report_id', '=', reportId);
  return query.orderBy('report_id').orderBy('seq').execute();
}

/** Claim rows of the given reports; the claims of each report come in sequence order. */
export async function selectClaimsOfReports(db: Kysely<Database>, reportIds: readonly string[]): Promise<ClaimsTable[]> {
  const rows: ClaimsTable[] = [];
  for (let i = 0; i < reportIds.length; i += IDS_PER_QUERY) {
    const ids = reportIds.slice(i, i + IDS_PER_QUERY);
    rows.push(...(await db.selectFrom('claims').selectAll().where('report_id', 'in', ids).orderBy('report_id').orderBy('seq').execute()));
  }
  return rows;
}
