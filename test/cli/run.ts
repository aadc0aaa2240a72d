import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/index.js';
import type { Io } from '../../src/cli/output.js';

/** What one in-process CLI run printed, and its exit code. */
export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  /** stderr split into non-empty lines. */
  readonly errLines: string[];
}

/** Runs `dateline ARGS` in this process with captured output (never a terminal). */
export async function run(args: readonly string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => void out.push(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => void err.push(t.endsWith('\n') ? t : `${t}\n`),
    isTTY: false,
  };
  const code = await main(args, io);
  const errText = err.join('');
  return { code, out: out.join(''), err: errText, errLines: errText.split('\n').filter((l) => l.trim() !== '') };
}

/** A fresh temporary directory; remove it with `dispose`. */
export async function tempDir(prefix: string): Promise<{ path: string; dispose: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `dateline-${prefix}-`));
  return { path, dispose: () => rm(path, { recursive: true, force: true }) };
}
