import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { sqliteDialect } from './dialect/sqlite.js';
import { createStore } from './store.js';
import type { Store } from './store.js';

/** The database file inside a store directory. */
export const DATABASE_FILE = 'dateline.sqlite';

/** Where to open the embedded store: a directory (created when missing), or memory for throwaway use. */
export type StoreOptions = { readonly dir: string } | { readonly memory: true };

/**
 * Opens the embedded SQLite store and brings its schema up to date.
 * Throws an `InputError` (`E_STORE_WRITE`) when the directory cannot be created or the file in it
 * is not a database.
 * @example
 * const store = await openStore({ dir: '.dateline' });
 * try { await store.saveAnalysis(analysis); } finally { await store.close(); }
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  if ('memory' in options) return createStore(sqliteDialect({ memory: true }));
  const dir = path.resolve(options.dir);
  await makeDirectory(dir);
  return createStore(sqliteDialect({ file: path.join(dir, DATABASE_FILE) }));
}

async function makeDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const detail =
      code === 'EEXIST'
        ? `${dir} is a file, not a directory`
        : code === 'ENOTDIR'
          ? `a parent of ${dir} is a file, not a directory`
          : `cannot create the directory ${dir}: ${(err as Error).message}`;
    throw new InputError('E_STORE_WRITE', { input: `reports in ${dir}`, detail }, { cause: err });
  }
}
