import { SingleBar, Presets } from 'cli-progress';
import { expandInputs } from '../../ingest/index.js';
import { ingestFiles, type IngestEvent } from '../../analyze/ingest-files.js';
import type { Engine } from '../../analyze/context.js';
import type { Store } from '../../store/index.js';
import { problemLine, type Io } from '../output.js';

/** Files at or above this count get a progress bar (on a terminal). */
const PROGRESS_FROM = 20;

/** `dateline ingest PATH...`: returns the exit code (1 when any input failed). */
export async function ingestCommand(paths: readonly string[], store: Store, engine: Engine, io: Io, opts: { format?: string; quiet?: boolean }): Promise<number> {
  const { files, missing } = await expandInputs([...paths]);
  for (const m of missing) io.err(`error: ${m}: no such file, folder or matching glob`);
  const bar = io.isTTY && files.length >= PROGRESS_FROM && !opts.quiet ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files', clearOnComplete: true }, Presets.shades_classic) : null;
  bar?.start(files.length, 0);
  const onEvent = (e: IngestEvent) => {
    if (e.kind === 'error') io.err(problemLine('error', e.input, e.line, e.message));
    else if (e.kind === 'warning') io.err(problemLine('warning', e.input, null, e.message));
    else if (!bar && !opts.quiet) io.err(`${e.status === 'inserted' ? 'stored' : 'unchanged'}: ${e.input} (${e.claims} casualty figures)`);
  };
  const summary = await ingestFiles(files, store, engine, {
    read: opts.format ? { format: opts.format as never } : {},
    onEvent,
    onProgress: (done) => bar?.update(done),
  });
  bar?.stop();
  io.out(`${summary.files} files: ${summary.inserted} reports stored, ${summary.unchanged} unchanged, ${summary.failed} failed; ${summary.incidents} incidents`);
  return summary.failed > 0 || missing.length > 0 ? 1 : 0;
}
