import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, fatalities, toCsv, toGeoJson, toJson } from './analyst.js';
import { findIncident } from './archive.js';
import { archiveOf, claim, incident, place, report } from './test-helpers.js';

const CHAYLI = place('az-chayli', 'Chayli', 'village', 'AZE', 40.24, 46.89);
const TARTAR = place('az-tartar', 'Tartar District', 'district', 'AZE', 40.34, 46.93);
const KARABAKH = place('nk', 'Nagorno-Karabakh', 'region', 'AZE', null, null);
const NAMES: Record<string, string> = { ARM: 'Armenia', AZE: 'Azerbaijan' };
const names = (code: string) => NAMES[code] ?? code;

function archive() {
  const clash = incident('inc-1', '2010-09-01', [TARTAR, CHAYLI, KARABAKH], ['AZE', 'ARM'], {
    summary: 'Soldiers die in a night clash near Chayli, "the ministry says", with a comma, and a\nline break.',
    reportIds: ['r1'],
    claims: [
      claim({ side: 'AZE', status: 'killed', min: 2, max: 2, claimant: 'AZE', date: '2010-09-01' }),
      claim({ side: 'ARM', status: 'killed', min: 3, max: 3, claimant: 'AZE' }),
      claim({ side: 'ARM', status: 'killed', min: 0, max: 0, claimant: 'ARM' }),
      claim({ side: 'AZE', status: 'wounded', min: 1, max: null, claimant: null }),
      claim({ side: 'multiple', status: 'killed', min: 30000, max: 30000, claimant: null, date: '1994' }),
    ],
  });
  const talks = incident('inc-2', '2010-10', [], ['ARM', 'AZE'], { type: 'Diplomacy', summary: 'Talks go on.' });
  return archiveOf([clash, talks], [report('r1', 'Gazette', 'https://gazette.example/1')], names);
}

/** One incident with these claims, all from report r1. */
function single(claims: ReturnType<typeof claim>[]) {
  return archiveOf([incident('x', '2020-01-01', [], [], { reportIds: ['r1'], claims })], [report('r1', 'Gazette', null)], names).incidents[0]!;
}

describe('portal analyst exports', () => {
  it('marks figures about another happening than the incident as background, by the ledger rule', () => {
    expect(findIncident(archive(), 'inc-1')!.claims.map((c) => c.background)).toEqual([false, false, false, false, true]);
    const near = single([claim({ side: 'AZE', status: 'killed', min: 1, max: 1, claimant: 'AZE', date: '2020-01-03' }), claim({ side: 'AZE', status: 'killed', min: 9, max: 9, claimant: 'AZE', date: '2019-12-01' })]);
    // Two days away is the same happening reported late; a month away is another one.
    expect(near.claims.map((c) => c.background)).toEqual([false, true]);
    expect(near.ledger.entries.map((e) => e.estimate.best)).toEqual([1]);
  });

  it('counts fatalities from the ledger: each side\'s low estimate of killed, summed, background left out', () => {
    const a = archive();
    // AZE: 2; ARM: low of 3 (Azerbaijan's word) and none (Armenia's) is 0; 30,000 of a 1990s war is background.
    expect(fatalities(findIncident(a, 'inc-1')!)).toBe(2);
    expect(fatalities(findIncident(a, 'inc-1')!, 'best')).toBe(2);
    expect(fatalities(findIncident(a, 'inc-1')!, 'high')).toBe(5);
    expect(fatalities(findIncident(a, 'inc-2')!)).toBe(0);
    expect(fatalities(single([claim({ side: 'multiple', status: 'killed', min: 7, max: null, claimant: null })]))).toBe(7);
    // 'Both sides' counts only when no side has a killed figure of its own.
    expect(fatalities(single([claim({ side: 'multiple', status: 'killed', min: 7, max: null, claimant: null }), claim({ side: 'ARM', status: 'killed', min: 2, max: 2, claimant: 'ARM' })]))).toBe(2);
  });

  it('takes the contested flag and its explanation from the ledger', () => {
    const clash = findIncident(archive(), 'inc-1')!;
    expect(clash.contested).toBe(true);
    expect(clash.contestedBecause).toBe('Armenia killed: Armenia says none; Azerbaijan says 3 soldiers');
    const agreeing = single([claim({ side: 'ARM', status: 'killed', min: 4, max: 4, claimant: 'ARM' }), claim({ side: 'ARM', status: 'killed', min: 4, max: 4, claimant: 'AZE' })]);
    expect(agreeing.contested).toBe(false);
    // Different figures that can both be true ('at least 3' and 5) are no contest.
    const overlapping = single([claim({ side: 'ARM', status: 'killed', min: 3, max: null, claimant: 'ARM' }), claim({ side: 'ARM', status: 'killed', min: 5, max: 5, claimant: 'AZE' })]);
    expect(overlapping.contested).toBe(false);
  });

  it("puts a voice's current figure in its column: a later update supersedes the earlier one", () => {
    const text = 'x'.repeat(400);
    const blog = report('blog', 'Live Desk', null, {
      published: '2020-01-01',
      text,
      sections: [
        { start: 0, end: 200, label: 'Update 1 0900', seq: 1, time: '09:00', zone: null },
        { start: 200, end: 400, label: 'Update 2 1500', seq: 2, time: '15:00', zone: null },
      ],
    });
    const live = incident('live', '2020-01-01', [], ['AZE'], {
      reportIds: ['blog'],
      claims: [
        claim({ side: 'AZE', status: 'killed', min: 2, max: 2, claimant: 'AZE', reportId: 'blog', at: 10 }),
        claim({ side: 'AZE', status: 'killed', min: 5, max: 5, claimant: 'AZE', reportId: 'blog', at: 210 }),
      ],
    });
    const a = archiveOf([live], [blog], names);
    const [row] = parse(toCsv(a), { columns: true, cast: true }) as Record<string, unknown>[];
    expect(row).toMatchObject({ killed__AZE__by__AZE: 5, fatalities: 5, contested: 'false' });
    expect(a.incidents[0]!.ledger.history[0]!.versions.map((v) => v.max)).toEqual([2, 5]);
  });

  it('writes CSV that a CSV reader reads back with ACLED columns and the right types', () => {
    const rows = parse(toCsv(archive()), { columns: true, cast: true, skip_empty_lines: true }) as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    const header = Object.keys(rows[0]!);
    expect(header.slice(0, ACLED_COLUMNS.length)).toEqual([...ACLED_COLUMNS]);
    expect(header).toEqual(expect.arrayContaining(['killed__AZE__by__AZE', 'killed__ARM__by__AZE', 'killed__ARM__by__ARM', 'wounded__AZE__by__report']));
    expect(header).not.toContain('killed__multiple__by__report');
    const [clash, talks] = rows;
    expect(clash).toMatchObject({
      event_date: '2010-09-01',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: 'Azerbaijan',
      actor2: 'Armenia',
      country: 'Azerbaijan',
      admin1: 'Nagorno-Karabakh',
      location: 'Chayli',
      latitude: 40.24,
      longitude: 46.89,
      fatalities: 2,
      notes: 'Soldiers die in a night clash near Chayli, "the ministry says", with a comma, and a\nline break.',
      source: 'Gazette',
      incident_id: 'inc-1',
      independent_sources: 1,
      fatalities_best: 2,
      fatalities_high: 5,
      contested: 'true',
      contested_because: 'Armenia killed: Armenia says none; Azerbaijan says 3 soldiers',
      killed__AZE__by__AZE: 2,
      killed__ARM__by__AZE: 3,
      killed__ARM__by__ARM: 0,
      wounded__AZE__by__report: 1,
    });
    expect(typeof clash!.fatalities).toBe('number');
    expect(talks).toMatchObject({ event_date: '2010-10', event_type: 'Strategic developments', latitude: '', longitude: '', fatalities: 0, contested: 'false', contested_because: '', killed__AZE__by__AZE: '' });
  });

  it('writes GeoJSON points at the most specific place with coordinates, and no geometry without one', () => {
    const geo = toGeoJson(archive()) as { type: string; features: { id: string; geometry: unknown; properties: Record<string, unknown> }[] };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features[0]).toMatchObject({ id: 'inc-1', geometry: { type: 'Point', coordinates: [46.89, 40.24] }, properties: { location: 'Chayli', fatalities: 2, contested: true, independent_sources: 1 } });
    expect(geo.features[1]!.geometry).toBeNull();
  });

  it('writes the archive as JSON that parses back to the same archive', () => {
    const a = archive();
    expect(JSON.parse(toJson(a))).toEqual(a);
  });
});
