import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SNIPPET_MARKS } from '../../src/store/dialect/types.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS } from './backends.js';
import type { BackendLocation } from './backends.js';
import { bareAnalysis } from './fixtures.js';

const REPORTS = [
  bareAnalysis('r-many', 'Sotk shelled again', 'Shells fell on Sotk at dawn. Sotk residents sheltered, and Sotk lost power.'),
  bareAnalysis('r-once', 'Border clashes', 'Fighting spread along the border; a post near Sotk was hit.'),
  bareAnalysis('r-agdam', null, 'Two civilians were wounded in Ağdam, officials said.'),
  bareAnalysis('r-other', 'Talks in Moscow', 'Foreign ministers met in Moscow to discuss a ceasefire.'),
  bareAnalysis('r-quiet', 'Quiet night', 'No incidents were reported overnight.'),
];

/** Query strings that are FTS syntax errors when passed through unescaped. */
const HOSTILE = ['"Sotk', 'AND OR', 'NOT', 'NEAR(', 'Sotk NEAR', '*', 'Sotk*', '^Sotk', '-Sotk', 'title:Sotk', ')(', '""', "'; drop table reports; --", '', '   ', '+', '{title text}: x'];

for (const backend of BACKENDS) {
  describe(`store (${backend.name}): search`, () => {
    let location: BackendLocation;
    let store: Store;
    beforeEach(async () => {
      location = await backend.create();
      store = await location.open();
      for (const analysis of REPORTS) await store.saveAnalysis(analysis);
    });
    afterEach(async () => {
      await store.close();
      await location.dispose();
    });

    it('finds the reports that contain a word, the one about it most first', async () => {
      const hits = await store.search('sotk');
      expect(hits.map((hit) => hit.reportId)).toEqual(['r-many', 'r-once']);
      expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
      expect(hits[0]!.title).toBe('Sotk shelled again');
    });

    it('marks the matched words in the snippet', async () => {
      const [hit] = await store.search('ceasefire');
      expect(hit?.reportId).toBe('r-other');
      expect(hit?.snippet).toContain(`${SNIPPET_MARKS.open}ceasefire${SNIPPET_MARKS.close}`);
    });

    it('requires every word of the query', async () => {
      expect((await store.search('Sotk border')).map((hit) => hit.reportId)).toEqual(['r-once']);
      expect(await store.search('Sotk Moscow')).toEqual([]);
    });

    it('matches words regardless of case and diacritics, and returns a null title as null', async () => {
      const hits = await store.search('AGDAM');
      expect(hits.map((hit) => [hit.reportId, hit.title])).toEqual([['r-agdam', null]]);
    });

    it('returns at most `limit` results', async () => {
      expect(await store.search('Sotk', 1)).toHaveLength(1);
      await expect(store.search('Sotk', 0)).rejects.toThrow(RangeError);
    });

    it.each(HOSTILE)('treats %j as plain words, never as syntax', async (query) => {
      const hits = await store.search(query);
      expect(Array.isArray(hits)).toBe(true);
    });

    it('still finds the words inside a hostile query', async () => {
      expect((await store.search('"Sotk')).map((hit) => hit.reportId)).toEqual(['r-many', 'r-once']);
      expect((await store.search('title:ceasefire')).map((hit) => hit.reportId)).toEqual([]);
      expect((await store.search('(Moscow')).map((hit) => hit.reportId)).toEqual(['r-other']);
      expect(await store.search('AND OR')).toEqual([]);
      expect(await store.counts()).toEqual({ reports: 5, claims: 0, incidents: 0 });
    });
  });
}
