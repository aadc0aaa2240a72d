import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { DATABASE_FILE, openStore } from '../../src/store/db.js';
import { BACKENDS } from './backends.js';
import { sotkAnalysis } from './fixtures.js';

for (const backend of BACKENDS) {
  describe(`store (${backend.name}): opening`, () => {
    it('keeps its data across a reopen and runs the migrations only once', async () => {
      const location = await backend.create();
      try {
        const first = await location.open();
        expect(first.appliedMigrations).toEqual(['0001-initial']);
        await first.saveAnalysis(sotkAnalysis());
        await first.close();

        const second = await location.open();
        expect(second.appliedMigrations).toEqual([]);
        expect(await second.loadAnalysis('report-sotk')).toStrictEqual(sotkAnalysis());
        expect(await second.counts()).toEqual({ reports: 1, claims: 2, incidents: 0 });
        expect(await second.saveAnalysis(sotkAnalysis())).toBe('unchanged');
        await second.close();
      } finally {
        await location.dispose();
      }
    });
  });
}

describe('store (sqlite): opening a directory', () => {
  let tmp: string;
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'dateline-open-'));
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('creates the missing directories and the database file in them', async () => {
    const dir = path.join(tmp, 'a', 'b');
    const store = await openStore({ dir });
    await store.close();
    expect(existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
  });

  it('says so when the directory path is a file', async () => {
    const file = path.join(tmp, 'not-a-dir');
    await writeFile(file, 'hello');
    const error = await openStore({ dir: file }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('E_STORE_WRITE');
    expect((error as Error).message).toBe(`[E_STORE_WRITE] Cannot store reports in ${file}: ${file} is a file, not a directory`);
  });

  it('says so when a parent of the directory is a file', async () => {
    await writeFile(path.join(tmp, 'file'), 'hello');
    await expect(openStore({ dir: path.join(tmp, 'file', 'db') })).rejects.toThrow(/a parent of .* is a file, not a directory/);
  });

  it('says so when the database file is not a database', async () => {
    const dir = path.join(tmp, 'db');
    await mkdir(dir);
    await writeFile(path.join(dir, DATABASE_FILE), 'These are notes, not a SQLite database. '.repeat(200));
    await expect(openStore({ dir })).rejects.toThrow(`${path.join(dir, DATABASE_FILE)} is not a SQLite database`);
  });

  it('opens a throwaway store in memory', async () => {
    const store = await openStore({ memory: true });
    expect(store.appliedMigrations).toEqual(['0001-initial']);
    expect(await store.saveAnalysis(sotkAnalysis())).toBe('inserted');
    expect(await store.loadAnalysis('report-sotk')).toStrictEqual(sotkAnalysis());
    await store.close();
  });
});
