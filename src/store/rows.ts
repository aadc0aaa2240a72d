import type { PartialDate } from '../model/report.js';
import type { Span } from '../model/span.js';

/**
 * Bound parameters per statement we allow ourselves: SQLite builds before 3.32 cap a statement at
 * 999, and staying under it costs nothing on newer SQLite or PostgreSQL.
 */
const MAX_PARAMETERS = 999;

/** Rows split into batches small enough for one multi-row insert each. */
export function batches<T extends object>(rows: readonly T[]): T[][] {
  if (rows.length === 0) return [];
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Rows grouped by a key, keeping their order within each group. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** A date stored as `value` + `precision` columns, or null when the value column is null. */
export function toPartialDate(value: string | null, precision: string | null): PartialDate | null {
  return value === null ? null : { value, precision: precision as PartialDate['precision'] };
}

/** A span stored as two nullable columns, or null. */
export function toSpan(start: number | null, end: number | null): Span | null {
  return start === null || end === null ? null : { start, end };
}

/** A JSON column read back. The store wrote it, so its shape is the one the type says. */
export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
