import { describe, expect, it } from 'vitest';
import { buildLedger, type LedgerReport } from '../../src/ledger/index.js';
import type { Incident, IncidentClaim } from '../../src/model/incident.js';

const NAMES: Record<string, string> = { ARM: 'Armenia', AZE: 'Azerbaijan' };
const CTX = { actorName: (code: string) => NAMES[code] ?? code, sides: [['ARM'], ['AZE']] };

/** Texts unlike each other, so that no two reports are wire copies. */
const TEXTS: Record<string, string> = {
  r1: 'Shells fell on the hills above the village for most of the night, residents said by telephone.',
  r2: 'The ministry published a short statement at noon and declined to take questions from reporters.',
  r3: 'Observers from the mission could not reach the area because the road had been closed since dawn.',
  r4: 'A spokesman in the capital accused the other side of breaking the ceasefire once again this week.',
};

/** A report of its own words, from its own outlet. */
function report(id: string, outlet: string): LedgerReport {
  return { id, outlet, title: null, published: { value: '2021-05-20', precision: 'day' }, sections: [], text: TEXTS[id]! };
}

/** A claim with only what the ledger reads. */
function claim(reportId: string, claimant: string | null, side: string, status: IncidentClaim['status'], min: number | null, max: number | null): IncidentClaim {
  return {
    kind: 'casualty', start: 0, end: 5, by: 'casualties.v1', side, status, group: 'unspecified', min, max,
    claimant: claimant === null ? null : { code: claimant, span: { start: 0, end: 3 } }, date: null,
    evidence: { start: 0, end: 10 }, sentence: 0, reportId, evidenceText: `${reportId} sentence`,
  };
}

function ledgerOf(claims: IncidentClaim[]) {
  const ids = [...new Set(claims.map((c) => c.reportId))];
  const incident: Incident = { id: 'inc-test', date: { value: '2021-05-20', precision: 'day' }, type: 'Armed clash', places: [], actors: ['ARM', 'AZE'], reportIds: ids, claims, summary: 's' };
  return buildLedger(incident, new Map(ids.map((id) => [id, report(id, `Outlet ${id}`)])), CTX);
}

describe('contested', () => {
  it('is not raised by figures that can both be true', () => {
    // 'at least 13' and '15' overlap; a count-less claim means at least one.
    const ledger = ledgerOf([claim('r1', 'AZE', 'ARM', 'killed', 13, null), claim('r2', 'ARM', 'ARM', 'killed', 15, 15), claim('r3', 'AZE', 'ARM', 'wounded', null, null), claim('r4', 'ARM', 'ARM', 'wounded', 3, 3)]);
    expect(ledger.contested).toBe(false);
  });

  it('is raised by a count-less claim of losses against a claim of none', () => {
    const ledger = ledgerOf([claim('r1', 'AZE', 'ARM', 'wounded', null, null), claim('r2', 'ARM', 'ARM', 'wounded', 0, 0)]);
    expect(ledger.explanation).toBe('Armenia wounded: Armenia says none; Azerbaijan says an unknown number');
  });

  it('is raised when an outlet contradicts a party, not when two outlets differ', () => {
    const outlets = ledgerOf([claim('r1', null, 'AZE', 'killed', 4, 4), claim('r2', null, 'AZE', 'killed', 7, 7)]);
    expect(outlets.contested).toBe(false);
    expect(outlets.entries[0]!.estimate).toEqual({ low: 4, best: 4, high: 7, basis: 'median' });
    const party = ledgerOf([claim('r1', null, 'AZE', 'killed', 4, 4), claim('r2', 'AZE', 'AZE', 'killed', 2, 2)]);
    expect(party.explanation).toBe('Azerbaijan killed: Azerbaijan says 2; Outlet r1 says 4');
  });

  it("applies a claim of no losses to the side's killed figures", () => {
    const ledger = ledgerOf([claim('r1', 'AZE', 'ARM', 'killed', 2, 2), claim('r2', 'ARM', 'ARM', 'casualties', 0, 0)]);
    const killed = ledger.entries.find((e) => e.status === 'killed')!;
    expect(killed.figures.map((f) => [f.voice.name, f.min, f.statements[0]!.status])).toEqual([['Armenia', 0, 'casualties'], ['Azerbaijan', 2, 'killed']]);
    expect(killed.contested).toBe(true);
    expect(ledger.entries.map((e) => e.status)).toEqual(['killed', 'casualties']);
  });
});

describe('live-blog times', () => {
  it('puts an update timed before the previous one on the next day', async () => {
    const { statedAt } = await import('../../src/ledger/index.js');
    const blog: LedgerReport = {
      id: 'blog', outlet: 'Night Desk', title: null, published: { value: '2021-05-20', precision: 'day' }, text: 'x'.repeat(300),
      sections: [
        { start: 200, end: 300, label: 'Update 3 0140 CET', seq: 3, time: '01:40', zone: 'CET' },
        { start: 100, end: 200, label: 'Update 2 2350 CET', seq: 2, time: '23:50', zone: 'CET' },
        { start: 0, end: 100, label: 'Update 1 2200 CET', seq: 1, time: '22:00', zone: 'CET' },
      ],
    };
    expect([10, 150, 250].map((offset) => [statedAt(blog, offset).date, statedAt(blog, offset).time])).toEqual([
      ['2021-05-20', '22:00'],
      ['2021-05-20', '23:50'],
      ['2021-05-21', '01:40'],
    ]);
    expect(statedAt(blog, 299).label).toBe('Update 3 0140 CET');
    expect(statedAt({ ...blog, sections: [] }, 250)).toEqual({ date: '2021-05-20', time: null, label: null, seq: null });
  });
});
