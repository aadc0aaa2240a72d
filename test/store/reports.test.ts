import { describe, expect, it } from 'vitest';
import { BACKENDS, freshStore } from './backends.js';
import { bareAnalysis, sotkAnalysis } from './fixtures.js';

const SOTK = sotkAnalysis();
const NORABAK = bareAnalysis('report-norabak', 'Norabak', 'Drones struck Norabak on Monday.');

for (const backend of BACKENDS) {
  describe(`store (${backend.name}): reports without their analyses`, () => {
    const store = freshStore(backend, [SOTK, NORABAK]);

    it('loads the reports asked for, as saved, skipping unknown ids', async () => {
      const [report, ...rest] = await store().loadReports(['report-sotk', 'no-such-report']);
      expect(rest).toEqual([]);
      expect(report).toStrictEqual((await store().loadAnalysis('report-sotk'))!.doc.report);
      expect(report!.text).toBe(SOTK.doc.report.text);
    });

    it('loads every report by id when no ids are given, and many ids in batches', async () => {
      expect((await store().loadReports()).map((r) => r.id)).toEqual(['report-norabak', 'report-sotk']);
      const many = [...Array.from({ length: 1200 }, (_, i) => `missing-${i}`), 'report-norabak', 'report-sotk', 'report-sotk'];
      expect((await store().loadReports(many)).map((r) => r.id)).toEqual(['report-norabak', 'report-sotk']);
      expect(await store().loadReports([])).toEqual([]);
    });
  });
}
