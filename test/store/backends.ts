import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/db.js';
import type { Store } from '../../src/store/store.js';

/** One empty database of a backend, which tests may open, close and reopen. */
export interface BackendLocation {
  open(): Promise<Store>;
  /** Removes the database; call after the last store opened on it is closed. */
  dispose(): Promise<void>;
}

/** A database backend the store tests run against. */
export interface Backend {
  readonly name: string;
  create(): Promise<BackendLocation>;
}

const SQLITE: Backend = {
  name: 'sqlite',
  async create() {
    const dir = await mkdtemp(path.join(tmpdir(), 'dateline-store-'));
    return {
      open: () => openStore({ dir: path.join(dir, 'db') }),
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  },
};

/**
 * Backends the store tests loop over: SQLite always; a PostgreSQL entry joins here once its
 * dialect exists, enabled by an env variable naming a server (e.g. `DATELINE_TEST_POSTGRES`).
 */
export const BACKENDS: readonly Backend[] = [SQLITE];
