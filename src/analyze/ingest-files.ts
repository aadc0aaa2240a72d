import { readFile, stat } from 'node:fs/promises';
import type { ReportAnalysis } from '../model/analysis.js';
import { formatError } from '../errors.js';
import { readInput, type ReadOptions } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { buildIncidents } from '../cluster/build.js';
import { refineWithIncidents } from '../cluster/refine.js';
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
        if (status === 'inserted') inserted++;
        else unchanged++;
        emit({ kind: 'stored', input: item.report.source, reportId: item.report.id, claims: analysis.claims.length, status });
      }
    } catch (error) {
      failed++;
      emit({ kind: 'error', input: file, line: null, message: error instanceof Error ? error.message : String(error) });
    }
    options.onProgress?.(i + 1, files.length);
  }
  const incidents = await regroup(store, engine);
  return { files: files.length, inserted, unchanged, failed, incidents };
}

/**
 * Rebuilds the incidents from every stored report; reports that state no date of their own are
 * first analysed again with their incident's date (stored in place of the earlier analysis).
 */
export async function regroup(store: Store, engine: Engine): Promise<number> {
  const loaded: ReportAnalysis[] = await store.loadAnalyses();
  const { analyses, changed } = refineWithIncidents(loaded, engine);
  for (const a of analyses) if (changed.has(a.doc.report.id)) await store.saveAnalysis(a, { replace: true });
  const incidents = buildIncidents(analyses, engine.lexicon);
  await store.replaceIncidents(incidents);
  return incidents.length;
}
