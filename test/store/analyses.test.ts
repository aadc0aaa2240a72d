import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { ReportAnalysis } from '../../src/model/analysis.js';
import type { CasualtyAnnotation } from '../../src/model/annotation.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS } from './backends.js';
import type { BackendLocation } from './backends.js';
import { bareAnalysis, SOTK_TEXT, sotkAnalysis } from './fixtures.js';

/** The same analysis with its claims replaced. */
function withClaims(analysis: ReportAnalysis, claims: CasualtyAnnotation[]): ReportAnalysis {
  return { ...analysis, claims };
}

for (const backend of BACKENDS) {
  describe(`store (${backend.name}): analyses`, () => {
    let location: BackendLocation;
    let store: Store;
    beforeEach(async () => {
      location = await backend.create();
      store = await location.open();
    });
    afterEach(async () => {
      await store.close();
      await location.dispose();
    });

    it('loads back exactly the analysis it saved, with every annotation kind', async () => {
      const analysis = sotkAnalysis();
      const kinds = new Set(analysis.doc.annotations.map((a) => a.kind));
      expect([...kinds].sort()).toEqual(['actor', 'casualty', 'date', 'event-type', 'number', 'place', 'sentence']);

      expect(await store.saveAnalysis(analysis)).toBe('inserted');
      const loaded = await store.loadAnalysis('report-sotk');
      expect(loaded).toStrictEqual(analysis);
      expect(await store.counts()).toEqual({ reports: 1, claims: 2, incidents: 0 });
    });

    it('keeps the document language apart from the language the report metadata gave', async () => {
      const analysis = sotkAnalysis();
      await store.saveAnalysis({ ...analysis, doc: { ...analysis.doc, language: 'hy' } });
      const loaded = await store.loadAnalysis('report-sotk');
      expect(loaded?.doc.language).toBe('hy');
      expect(loaded?.doc.report.language).toBeNull();
    });

    it('returns undefined for a report it does not hold', async () => {
      expect(await store.loadAnalysis('nope')).toBeUndefined();
    });

    it('lists every analysis ordered by report id', async () => {
      await store.saveAnalysis(bareAnalysis('b', null, 'Second report.'));
      await store.saveAnalysis(sotkAnalysis('c'));
      await store.saveAnalysis(bareAnalysis('a', 'First', 'First report.'));
      const all = await store.loadAnalyses();
      expect(all.map((a) => a.doc.report.id)).toEqual(['a', 'b', 'c']);
      expect(all[2]).toStrictEqual(sotkAnalysis('c'));
      expect(all[0]).toStrictEqual(bareAnalysis('a', 'First', 'First report.'));
    });

    it('treats a report whose content is stored already as unchanged and writes nothing', async () => {
      const analysis = sotkAnalysis();
      await store.saveAnalysis(analysis);
      expect(await store.saveAnalysis(analysis)).toBe('unchanged');
      // The same text under another id is the same content.
      expect(await store.saveAnalysis(sotkAnalysis('report-copy'))).toBe('unchanged');
      expect(await store.loadAnalysis('report-copy')).toBeUndefined();
      expect(await store.counts()).toEqual({ reports: 1, claims: 2, incidents: 0 });
      expect(await store.search('Sotk')).toHaveLength(1);
      expect(await store.loadAnalysis('report-sotk')).toStrictEqual(analysis);
    });

    it('writes nothing of a report when one of its rows is refused', async () => {
      const analysis = sotkAnalysis();
      const [killed, wounded] = analysis.claims as [CasualtyAnnotation, CasualtyAnnotation];
      // The second claim breaks the claims table's CHECK (min <= max) after every other row was written.
      const broken = withClaims(analysis, [killed, { ...wounded, min: 13, max: 2 }]);

      const error = await store.saveAnalysis(broken).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe('E_STORE_WRITE');
      expect((error as InputError).message).toMatch(/report report-sotk.*check constraint/i);

      expect(await store.loadAnalysis('report-sotk')).toBeUndefined();
      expect(await store.counts()).toEqual({ reports: 0, claims: 0, incidents: 0 });
      expect(await store.search('Sotk')).toEqual([]);
      // And the store still works: the valid analysis goes in afterwards.
      expect(await store.saveAnalysis(analysis)).toBe('inserted');
    });

    it('refuses a claim with a status outside the model, keeping the analysis stored before', async () => {
      const before = bareAnalysis('report-sotk', 'Old', 'An older text about Norabak.');
      await store.saveAnalysis(before);
      const analysis = sotkAnalysis();
      const [killed] = analysis.claims as [CasualtyAnnotation];
      const broken = withClaims(analysis, [{ ...killed, status: 'exploded' as CasualtyAnnotation['status'] }]);

      await expect(store.saveAnalysis(broken)).rejects.toThrow(/E_STORE_WRITE.*check constraint/i);
      expect(await store.loadAnalysis('report-sotk')).toStrictEqual(before);
      expect((await store.search('Norabak')).map((hit) => hit.reportId)).toEqual(['report-sotk']);
    });

    it('replaces a report saved again under the same id with new content', async () => {
      await store.saveAnalysis(sotkAnalysis());
      const update = bareAnalysis('report-sotk', 'Corrected', 'Corrected: the shelling hit Norabak.');
      expect(await store.saveAnalysis(update)).toBe('inserted');

      expect(await store.loadAnalysis('report-sotk')).toStrictEqual(update);
      expect(await store.counts()).toEqual({ reports: 1, claims: 0, incidents: 0 });
      expect(await store.search('Sotk')).toEqual([]);
      expect((await store.search('Norabak')).map((hit) => hit.reportId)).toEqual(['report-sotk']);
    });

    it('throws at once, as a bug, on a span outside the text', async () => {
      const analysis = sotkAnalysis();
      const [killed, wounded] = analysis.claims as [CasualtyAnnotation, CasualtyAnnotation];
      const broken = withClaims(analysis, [killed, { ...wounded, evidence: { start: 10, end: SOTK_TEXT.length + 5 } }]);
      await expect(store.saveAnalysis(broken)).rejects.toThrow(/casualties\.v1 \(claim evidence\).*this is a bug/);
      expect(await store.counts()).toEqual({ reports: 0, claims: 0, incidents: 0 });
    });

    it('records a pipeline configuration once', async () => {
      const config = { stages: ['sentences.v1', 'casualties.v1'], lexicon: 'karabakh' };
      await store.recordPipeline('pipeline-test', config);
      const first = await store.getPipeline('pipeline-test');
      await store.recordPipeline('pipeline-test', config);
      expect(await store.getPipeline('pipeline-test')).toEqual(first);
      expect(first?.config).toEqual(config);
      expect(await store.getPipeline('other')).toBeUndefined();
    });
  });
}
