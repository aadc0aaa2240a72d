import { readFile, stat } from 'node:fs/promises';
import type { ReportAnalysis } from '../model/analysis.js';
import { formatError } from '../errors.js';
import { readInput, type ReadOptions } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { buildIncident, buildIncidents } from '../cluster/build.js';
import { featuresOf } from '../cluster/features.js';
import { affectedReports, clusterFeatures, nearestDated } from '../cluster/incidents.js';
import { refineIncident, refineWithIncidents } from '../cluster/refine.js';
import type { Incident } from '../model/incident.js';
import { analyzeReport } from './analyze.js';
import type { Engine } from './context.js';

/** What happened to one input, for the caller to show. */
export type IngestEvent =
  | { readonly kind: 'stored'; readonly input: string; readonly reportId: string; readonly claims: number; readonly status: 'inserted' | 'unchanged' }
  | { readonly kind: 'error'; readonly input: string; readonly line: number | null; readonly message: string }
  | { readonly kind: 'warning'; readonly input: string; readonly message: string };

/** Totals of one ingest run. */
export interface IngestSummary {
  readonly files: number;
  readonly inserted: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly incidents: number;
}

/**
 * Reads, analyses and stores each file; one bad file (or JSONL line) never stops the others, and each
 * report is written in its own transaction. Then regroups all stored reports into incidents.
 */
export async function ingestFiles(
  files: readonly string[],
  store: Store,
  engine: Engine,
  options: { read?: ReadOptions; onEvent?: (e: IngestEvent) => void; onProgress?: (done: number, total: number) => void } = {},
): Promise<IngestSummary> {
  let inserted = 0, unchanged = 0, failed = 0;
  const added = new Set<string>();
  const emit = options.onEvent ?? (() => {});
  for (const [i, file] of files.entries()) {
    try {
      const info = await stat(file);
      const limit = options.read?.maxBytes ?? 10 * 1024 * 1024;
      if (info.size > limit) {
        failed++;
        emit({ kind: 'error', input: file, line: null, message: `[E_INGEST_TOO_LARGE] ${formatError('E_INGEST_TOO_LARGE', { input: file, size: info.size, limit })}` });
        options.onProgress?.(i + 1, files.length);
        continue;
      }
      const items = readInput(file, await readFile(file), options.read);
      for (const item of items) {
        if (!item.ok) {
          failed++;
          emit({ kind: 'error', input: item.input, line: item.line, message: item.message });
          continue;
        }
        for (const m of item.messages) if (m.severity !== 'info') emit({ kind: 'warning', input: item.report.source, message: m.reason });
        const analysis = analyzeReport(item.report, engine.pipeline, engine.ctx);
        const fatal = analysis.doc.messages.find((m) => m.severity === 'fatal');
        if (fatal) {
          failed++;
          emit({ kind: 'error', input: item.report.source, line: null, message: fatal.reason });
          continue;
        }
        const status = await store.saveAnalysis(analysis);
        if (status === 'inserted') {
          inserted++;
          added.add(item.report.id);
        } else unchanged++;
        emit({ kind: 'stored', input: item.report.source, reportId: item.report.id, claims: analysis.claims.length, status });
      }
    } catch (error) {
      failed++;
      emit({ kind: 'error', input: file, line: null, message: error instanceof Error ? error.message : String(error) });
    }
    options.onProgress?.(i + 1, files.length);
  }
  const incidents = await updateIncidents(store, engine, added);
  return { files: files.length, inserted, unchanged, failed, incidents };
}

/**
 * Brings the stored incidents up to date after `added` reports were stored, without analysing the
 * archive again: the clustering reads the stored analyses, regroups only the reports of the incidents
 * the new reports can change (`affectedReports`), refines the reports of those incidents that state
 * no date of their own, and keeps every other incident, id included, as it is. The result is what
 * `regroup` would give. Stored reports that belong to no incident yet count as added.
 * Returns the number of incidents.
 */
export async function updateIncidents(store: Store, engine: Engine, added: ReadonlySet<string>): Promise<number> {
  const current = await store.listIncidents();
  const loaded = await store.loadAnalyses();
  const grouped = new Set(current.flatMap((i) => i.reportIds));
  const fresh = new Set([...added, ...loaded.map((a) => a.doc.report.id).filter((id) => !grouped.has(id))]);
  if (!fresh.size) return current.length;
  const features = loaded.map(featuresOf);
  const affected = affectedReports(features, current.map((i) => i.reportIds), fresh);
  const byId = new Map(loaded.map((a) => [a.doc.report.id, a]));
  const rebuilt: Incident[] = [];
  for (const ids of clusterFeatures(features.filter((f) => affected.has(f.id)))) {
    const members = ids.map((id) => byId.get(id)!);
    const nearest = nearestDated(features, ids);
    const refined = new Map(refineIncident(members, engine, false, nearest ? byId.get(nearest)! : null).map((a) => [a.doc.report.id, a]));
    for (const a of refined.values()) await store.saveAnalysis(a, { replace: true });
    rebuilt.push(buildIncident(members.map((m) => refined.get(m.doc.report.id) ?? m), engine.lexicon));
  }
  const kept = current.filter((i) => !i.reportIds.some((id) => affected.has(id)));
  const incidents = [...kept, ...rebuilt].sort((a, b) => (a.date?.value ?? '').localeCompare(b.date?.value ?? '') || a.id.localeCompare(b.id));
  await store.replaceIncidents(incidents);
  return incidents.length;
}

/**
 * Rebuilds every incident from every stored report; reports that state no date of their own are
 * first analysed again with their incident's date (stored in place of the earlier analysis).
 */
export async function regroup(store: Store, engine: Engine): Promise<number> {
  const loaded: ReportAnalysis[] = await store.loadAnalyses();
  const { analyses, changed } = refineWithIncidents(loaded, engine, { fresh: false });
  for (const a of analyses) if (changed.has(a.doc.report.id)) await store.saveAnalysis(a, { replace: true });
  const incidents = buildIncidents(analyses, engine.lexicon);
  await store.replaceIncidents(incidents);
  return incidents.length;
}
