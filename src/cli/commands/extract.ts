import { readFile } from 'node:fs/promises';
import { readInput } from '../../ingest/index.js';
import { analyzeReport } from '../../analyze/analyze.js';
import type { Engine } from '../../analyze/context.js';
import { toPrediction } from '../../analyze/prediction.js';
import { buildIncidents } from '../../cluster/build.js';
import { refineWithIncidents } from '../../cluster/refine.js';
import type { ReportAnalysis } from '../../model/analysis.js';
import { openStore } from '../../store/index.js';
import { problemLine, type Io } from '../output.js';

/**
 * `dateline extract --jsonl FILE`: one prediction per input report on stdout, in the extraction
 * contract's shape. Works in a temporary in-memory store: no side effects on disk.
 */
export async function extractCommand(file: string, engine: Engine, io: Io): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.err(`error: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  const store = await openStore({ memory: true });
  let failed = 0;
  const first: ReportAnalysis[] = [];
  try {
    for (const item of readInput(file, bytes, { format: 'jsonl' })) {
      if (!item.ok) {
        failed++;
        io.err(problemLine('error', item.input, item.line, item.message));
        continue;
      }
      const analysis = analyzeReport(item.report, engine.pipeline, engine.ctx);
      const fatal = analysis.doc.messages.find((m) => m.severity === 'fatal');
      if (fatal) {
        failed++;
        io.err(problemLine('error', item.report.source, null, fatal.reason));
      }
      first.push(analysis);
    }
    for (const analysis of refineWithIncidents(first, engine).analyses) await store.saveAnalysis(analysis);
    const analyses = await store.loadAnalyses();
    const incidents = buildIncidents(analyses, engine.lexicon);
    const byReport = new Map(incidents.flatMap((inc) => inc.reportIds.map((id) => [id, inc] as const)));
    for (const analysis of analyses) {
      const inc = byReport.get(analysis.doc.report.id);
      io.out(JSON.stringify(toPrediction(analysis, inc ?? { id: `solo-${analysis.doc.report.id}`, summary: '' })));
    }
  } finally {
    await store.close();
  }
  return failed ? 1 : 0;
}
