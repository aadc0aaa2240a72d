import { describe, expect, it } from 'vitest';
import { buildIncident } from '../../src/cluster/build.js';
import { analyzeReport } from '../../src/analyze/analyze.js';
import { readLiveBlog } from '../../src/ingest/live-blog.js';
import { aboutIncident, buildLedger, estimateOf, ledgerContext, totalOf } from '../../src/ledger/index.js';
import type { ReportAnalysis } from '../../src/model/analysis.js';
import type { LedgerStatement, VoiceFigure } from '../../src/model/incident.js';
import { analyzeText, engine } from '../helpers.js';
import { ARM_ACCOUNT, AZE_ACCOUNT, LIVE_BLOG, PAPER_FIRST, PAPER_LATER, OWN_STORY, WIRE_ADDED_PARAGRAPH, WIRE_BOILERPLATE, WIRE_ORIGINAL } from './fixtures.js';

function ledgerOf(members: readonly ReportAnalysis[]) {
  const incident = buildIncident(members, engine().lexicon);
  const reports = new Map(members.map((m) => [m.doc.report.id, m.doc.report]));
  return { incident, ledger: buildLedger(incident, reports, ledgerContext(engine().lexicon)) };
}

describe('claims ledger', () => {
  const aze = analyzeText(AZE_ACCOUNT, '2023-03-14', { id: 'aze', outlet: 'Baku Courier' });
  const arm = analyzeText(ARM_ACCOUNT, '2023-03-14', { id: 'arm', outlet: 'Yerevan Herald' });

  it('lines up both claims of a contested incident and flags it with who says what', () => {
    const { ledger } = ledgerOf([aze, arm]);
    const killed = ledger.entries.find((e) => e.side === 'ARM' && e.status === 'killed')!;
    expect(killed.figures.map((f) => [f.voice.name, f.min, f.max])).toEqual([
      ['Armenia', 0, 0],
      ['Azerbaijan', 2, 2],
    ]);
    expect(killed.contested).toBe(true);
    expect(killed.explanation).toBe('Armenia killed: Armenia says none; Azerbaijan says 2 soldiers');
    expect(ledger.contested).toBe(true);
    expect(ledger.explanation).toContain('Azerbaijan says 2 soldiers');
    // Every figure keeps its evidence: report, offsets and the sentence.
    const azeFigure = killed.figures[1]!.statements[0]!;
    expect(azeFigure.reportId).toBe('aze');
    expect(AZE_ACCOUNT.slice(azeFigure.evidence.start, azeFigure.evidence.end)).toBe(azeFigure.evidence.text);
    expect(azeFigure.evidence.text).toContain('two Armenian soldiers killed');
    // The side's own figure is the best estimate; low and high span every voice.
    expect(killed.estimate).toEqual({ low: 0, best: 0, high: 2, basis: 'own-side' });
  });

  it('does not flag an incident whose voices agree', () => {
    const { ledger } = ledgerOf([aze]);
    expect(ledger.contested).toBe(false);
    expect(ledger.explanation).toBeNull();
    const killed = ledger.entries.find((e) => e.side === 'ARM' && e.status === 'killed')!;
    expect(killed.estimate).toEqual({ low: 2, best: 2, high: 2, basis: 'median' });
  });

  it('counts copies of one wire story as one source', () => {
    const copies = [WIRE_ORIGINAL, WIRE_ADDED_PARAGRAPH, WIRE_BOILERPLATE].map((text, i) => analyzeText(text, '2023-03-14', { id: `wire-${i}`, outlet: `Site ${i}` }));
    const own = analyzeText(OWN_STORY, '2023-03-14', { id: 'own', outlet: 'Sotk Weekly' });
    const { ledger } = ledgerOf([...copies, own]);
    expect(ledger.families.map((f) => f.reportIds).sort()).toEqual([['own'], ['wire-0', 'wire-1', 'wire-2']]);
    const killed = ledger.entries.find((e) => e.side === 'ARM' && e.status === 'killed')!;
    const azerbaijan = killed.figures.find((f) => f.voice.claimant === 'AZE')!;
    expect(azerbaijan.min).toBe(2);
    expect(azerbaijan.statements).toHaveLength(4);
    expect(azerbaijan.independentSources).toBe(2);
    expect(azerbaijan.sources.map((s) => s.reportIds)).toContainEqual(['wire-0', 'wire-1', 'wire-2']);
    expect(killed.independentSources).toBe(2);
  });

  it('keeps every version of a figure from a three-update live blog; the newest is current', () => {
    const e = engine();
    const { report } = readLiveBlog(LIVE_BLOG, {
      source: 'live.txt', id: 'live', url: null, outlet: 'Border Live', title: null,
      published: { value: '2022-09-13', precision: 'day' }, publishedOrigin: 'input', language: 'en',
    });
    const blog = analyzeReport(report, e.pipeline, e.ctx);
    const { ledger } = ledgerOf([blog]);
    const history = ledger.history.find((h) => h.side === 'ARM' && h.status === 'killed' && h.voice.claimant === 'ARM')!;
    expect(history.versions.map((v) => [v.version, v.at.time, v.min])).toEqual([
      [1, '09:15', 4],
      [2, '13:00', 15],
      [3, '18:30', 49],
    ]);
    expect(history.versions.map((v) => v.at.label)).toEqual(['Update 1 0915 CET', 'Update 2 1300 CET', 'Update 3 1830 CET']);
    const killed = ledger.entries.find((x) => x.side === 'ARM' && x.status === 'killed')!;
    expect(killed.figures).toHaveLength(1);
    expect(killed.figures[0]!).toMatchObject({ min: 49, max: 49, version: 3 });
    expect(killed.figures[0]!.statements[0]!.evidence.text).toContain('49 of its soldiers');
    expect(killed.estimate.best).toBe(49);
  });

  it("supersedes an outlet's own figure with its later article's", () => {
    const first = analyzeText(PAPER_FIRST, '2023-03-14', { id: 'paper-1', outlet: 'Sotk Weekly' });
    const later = analyzeText(PAPER_LATER, '2023-03-15', { id: 'paper-2', outlet: 'Sotk Weekly' });
    const { ledger } = ledgerOf([later, first]);
    expect(ledger.families.map((f) => f.reportIds)).toEqual([['paper-1', 'paper-2']]);
    const history = ledger.history.find((h) => h.side === 'ARM' && h.status === 'killed')!;
    expect(history.voice).toMatchObject({ claimant: null, name: 'Sotk Weekly' });
    expect(history.versions.map((v) => [v.version, v.at.date, v.min, v.statements.map((s) => s.reportId)])).toEqual([
      [1, '2023-03-14', 2, ['paper-1']],
      [2, '2023-03-15', 5, ['paper-2']],
    ]);
    const killed = ledger.entries.find((e) => e.side === 'ARM' && e.status === 'killed')!;
    expect(killed.figures.map((f) => [f.voice.name, f.min, f.version])).toEqual([['Sotk Weekly', 5, 2]]);
    expect(killed.estimate).toEqual({ low: 5, best: 5, high: 5, basis: 'median' });
  });

  it('leaves out figures of an earlier happening the report recalls', () => {
    const incident = { date: { value: '2017-02-25', precision: 'day' as const } };
    expect(aboutIncident({ date: { value: '2016-04', precision: 'month' } }, incident)).toBe(false);
    expect(aboutIncident({ date: { value: '2017-02', precision: 'month' } }, incident)).toBe(true);
    expect(aboutIncident({ date: { value: '2017-02-24', precision: 'day' } }, incident)).toBe(true);
    expect(aboutIncident({ date: null }, incident)).toBe(true);
  });
});

function statement(group: LedgerStatement['group'], min: number | null, max: number | null): LedgerStatement {
  return {
    reportId: 'r', familyId: 'f', claimant: null, group, status: 'killed', min, max,
    at: { date: '2020-01-01', time: null, label: null, seq: null },
    evidence: { start: 0, end: 1, sentence: 0, text: 'x' }, figure: { start: 0, end: 1 },
  };
}

function figure(claimant: string | null, min: number | null, max: number | null): VoiceFigure {
  return {
    voice: { key: claimant ? `actor:${claimant}` : 'report:f', claimant, familyId: claimant ? null : 'f', name: claimant ?? 'Outlet' },
    min, max, at: { date: null, time: null, label: null, seq: null }, version: 1, statements: [], sources: [], independentSources: 1,
  };
}

describe('ledger rules', () => {
  it('adds soldiers and civilians, and keeps a larger total given without a group', () => {
    expect(totalOf([statement('soldiers', 2, 2), statement('civilians', 3, 3)])).toEqual({ min: 5, max: 5 });
    expect(totalOf([statement('unspecified', 7, 7), statement('soldiers', 2, 2)])).toEqual({ min: 7, max: 7 });
    expect(totalOf([statement('soldiers', 13, null), statement('civilians', 1, 1)])).toEqual({ min: 14, max: null });
    expect(totalOf([statement('soldiers', null, null)])).toEqual({ min: null, max: null });
  });

  it('estimates low, best and high', () => {
    const sides = [['ARM', 'NKR'], ['AZE']];
    expect(estimateOf('ARM', [figure('AZE', 100, 100), figure('ARM', 4, 4), figure(null, 10, 12)], sides)).toEqual({ low: 4, best: 4, high: 100, basis: 'own-side' });
    expect(estimateOf('ARM', [figure('AZE', 100, 100), figure('NKR', 6, 6)], sides)).toEqual({ low: 6, best: 6, high: 100, basis: 'own-camp' });
    // Lower median of the voices that give a count; a range counts its lower bound.
    expect(estimateOf('multiple', [figure('AZE', 30, 30), figure(null, 10, 20), figure('ARM', 50, null), figure('RUS', null, null)], sides)).toEqual({ low: 10, best: 30, high: 50, basis: 'median' });
    expect(estimateOf('ARM', [figure('AZE', null, null)], sides)).toEqual({ low: null, best: null, high: null, basis: 'unknown' });
  });
});
