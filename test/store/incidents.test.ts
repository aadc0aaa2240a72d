import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/model/incident.js';
import { BACKENDS, freshStore } from './backends.js';
import { bareAnalysis, incidentClaimsOf, SOTK_TEXT, sotkAnalysis } from './fixtures.js';

const SOTK = sotkAnalysis();
const NORABAK = bareAnalysis('report-norabak', 'Norabak', 'Drones struck Norabak on Monday.');

/** An incident with plain defaults; tests override what they check. */
function incidentOf(id: string, fields: Partial<Incident> = {}): Incident {
  return { id, date: null, type: 'shelling', places: [], actors: [], reportIds: [], claims: [], summary: `Summary of ${id}.`, ...fields };
}

const FULL = incidentOf('4f2a9c01sotk', {
  date: { value: '2020-09-27', precision: 'day' },
  places: SOTK.event.places,
  actors: ['ARM', 'AZE'],
  reportIds: ['report-sotk', 'report-norabak'],
  claims: incidentClaimsOf(SOTK),
  summary: 'Four soldiers were killed in shelling near Sotk, Armenia said.',
});

for (const backend of BACKENDS) {
  describe(`store (${backend.name}): incidents`, () => {
    const store = freshStore(backend, [SOTK, NORABAK]);

    it('loads back exactly the incidents it stored, claims with their evidence text', async () => {
      await store().replaceIncidents([FULL]);
      const [incident] = await store().listIncidents();
      expect(incident).toStrictEqual(FULL);
      const [killed] = incident!.claims;
      expect(SOTK_TEXT.slice(killed!.start, killed!.end)).toBe('four soldiers were killed');
      // Sliced by UTF-16 offsets, past the astral flag characters.
      expect(killed!.evidenceText).toBe("SOTK, Sept. 27 🇦🇲 — Armenia's Defence Ministry said on Sunday that four soldiers were killed in shelling near Sotk.");
      expect(await store().counts()).toEqual({ reports: 2, claims: 2, incidents: 1 });
    });

    it('lists incidents by date, undated last, then by id', async () => {
      await store().replaceIncidents([
        incidentOf('d-undated'),
        incidentOf('c-day', { date: { value: '2020-09-27', precision: 'day' } }),
        incidentOf('b-month', { date: { value: '2020-09', precision: 'month' } }),
        incidentOf('a-day', { date: { value: '2020-09-27', precision: 'day' } }),
        incidentOf('e-earlier', { date: { value: '2016-04-02', precision: 'day' } }),
      ]);
      expect((await store().listIncidents()).map((i) => i.id)).toEqual(['e-earlier', 'b-month', 'a-day', 'c-day', 'd-undated']);
    });

    it('replaces every stored incident', async () => {
      await store().replaceIncidents([FULL, incidentOf('other')]);
      const next = incidentOf('next', { reportIds: ['report-norabak'] });
      await store().replaceIncidents([next]);
      expect(await store().listIncidents()).toStrictEqual([next]);
      expect(await store().counts()).toEqual({ reports: 2, claims: 2, incidents: 1 });
    });

    it('finds an incident by id or by an unambiguous prefix of at least 4 characters', async () => {
      await store().replaceIncidents([FULL, incidentOf('4f2a77aa'), incidentOf('9b1d0000')]);
      expect(await store().getIncident('4f2a9c01sotk')).toStrictEqual(FULL);
      expect((await store().getIncident('4f2a9'))?.id).toBe('4f2a9c01sotk');
      expect((await store().getIncident('9b1d'))?.id).toBe('9b1d0000');
      expect(await store().getIncident('4f2a')).toBeUndefined(); // two incidents start with it
      expect(await store().getIncident('9b1')).toBeUndefined(); // too short
      expect(await store().getIncident('9b1%')).toBeUndefined(); // % is a character, not a wildcard
      expect(await store().getIncident('zzzz')).toBeUndefined();
    });

    it('refuses incidents citing a claim that is not stored, keeping the old incidents', async () => {
      await store().replaceIncidents([FULL]);
      const [killed] = incidentClaimsOf(SOTK);
      const altered = incidentOf('altered', { claims: [{ ...killed!, min: 5, max: 5 }] });
      await expect(store().replaceIncidents([altered])).rejects.toThrow(/E_STORE_WRITE.*incident altered cites a claim of report report-sotk/);
      const unknownReport = incidentOf('ghost', { reportIds: ['report-ghost'] });
      await expect(store().replaceIncidents([unknownReport])).rejects.toThrow(/E_STORE_WRITE.*incidents.*foreign key/i);
      expect(await store().listIncidents()).toStrictEqual([FULL]);
    });

    it('drops a report from stored incidents when its analysis is replaced', async () => {
      await store().replaceIncidents([FULL]);
      await store().saveAnalysis(bareAnalysis('report-sotk', 'Corrected', 'A corrected text.'));
      const [incident] = await store().listIncidents();
      expect(incident?.reportIds).toEqual(['report-norabak']);
      expect(incident?.claims).toEqual([]);
    });
  });
}
