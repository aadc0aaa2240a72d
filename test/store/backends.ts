import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/db.js';
import { afterEach, beforeEach } from 'vitest';
import type { ReportAnalysis } from '../../src/model/analysis.js';
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

/**
 * Opens a fresh store of `backend` before each test of the enclosing `describe`, with `analyses`
 * saved, and closes and removes it after; returns a getter for the open store.
 */
export function freshStore(backend: Backend, analyses: readonly ReportAnalysis[]): () => Store {
  let location: BackendLocation;
  let store: Store;
  beforeEach(async () => {
    location = await backend.create();
    store = await location.open();
    for (const a of analyses) await store.saveAnalysis(a);
  });
  afterEach(async () => {
    await store.close();
    await location.dispose();
  });
  return () => store;
}
