import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, contested, fatalities, toCsv, toGeoJson, toJson } from './analyst.js';
import { buildArchive, findIncident, isBackground } from './archive.js';
import { claim, incident, place } from './test-helpers.js';

const CHAYLI = place('az-chayli', 'Chayli', 'village', 'AZE', 40.24, 46.89);
const TARTAR = place('az-tartar', 'Tartar District', 'district', 'AZE', 40.34, 46.93);
const KARABAKH = place('nk', 'Nagorno-Karabakh', 'region', 'AZE', null, null);
const NAMES: Record<string, string> = { ARM: 'Armenia', AZE: 'Azerbaijan' };
const names = (code: string) => NAMES[code] ?? code;

function archive() {
  const clash = incident('inc-1', '2010-09-01', [TARTAR, CHAYLI, KARABAKH], ['AZE', 'ARM'], {
    summary: 'Soldiers die in a night clash near Chayli, "the ministry says", with a comma, and a\nline break.',
    claims: [
      claim({ side: 'AZE', status: 'killed', min: 2, max: 2, claimant: 'AZE', date: '2010-09-01' }),
      claim({ side: 'ARM', status: 'killed', min: 3, max: 3, claimant: 'AZE' }),
      claim({ side: 'ARM', status: 'killed', min: 0, max: 0, claimant: 'ARM' }),
      claim({ side: 'AZE', status: 'wounded', min: 1, max: null, claimant: null }),
      claim({ side: 'multiple', status: 'killed', min: 30000, max: 30000, claimant: null, date: '1994' }),
    ],
  });
  const talks = incident('inc-2', '2010-10', [], ['ARM', 'AZE'], { type: 'Diplomacy', summary: 'Talks go on.' });
  return buildArchive({ incidents: [clash, talks], analyses: [], names });
}

describe('portal analyst exports', () => {
  it('marks figures dated to another time than the incident as background', () => {
    expect(isBackground('1994', '2010-09-01')).toBe(true);
    expect(isBackground('2010-09', '2010-09-01')).toBe(false);
    expect(isBackground('2010-09-01', '2010')).toBe(false);
    expect(isBackground(null, '2010-09-01')).toBe(false);
    expect(findIncident(archive(), 'inc-1')!.claims.map((c) => c.background)).toEqual([false, false, false, false, true]);
  });

  it('counts fatalities conservatively: the lowest figure per side, summed, background left out', () => {
    const a = archive();
    // AZE: 2; ARM: lowest of 3 and 0 is 0; 30,000 of a 1990s war is background.
    expect(fatalities(findIncident(a, 'inc-1')!)).toBe(2);
    expect(fatalities(findIncident(a, 'inc-2')!)).toBe(0);
    const onlyBoth = buildArchive({ incidents: [incident('x', '2020-01-01', [], [], { claims: [claim({ side: 'multiple', status: 'killed', min: 7, max: null, claimant: null })] })], analyses: [] });
    expect(fatalities(onlyBoth.incidents[0]!)).toBe(7);
  });

  it('flags an incident contested when claimants give different figures for one side and status', () => {
    const a = archive();
    expect(contested(findIncident(a, 'inc-1')!)).toBe(true);
    const agreeing = buildArchive({
      incidents: [incident('y', '2020-01-01', [], [], { claims: [claim({ side: 'ARM', status: 'killed', min: 4, max: 4, claimant: 'ARM' }), claim({ side: 'ARM', status: 'killed', min: 4, max: 4, claimant: 'AZE' })] })],
      analyses: [],
    });
    expect(contested(agreeing.incidents[0]!)).toBe(false);
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
      incident_id: 'inc-1',
      contested: 'true',
      killed__AZE__by__AZE: 2,
      killed__ARM__by__AZE: 3,
      killed__ARM__by__ARM: 0,
      wounded__AZE__by__report: 1,
    });
    expect(typeof clash!.fatalities).toBe('number');
    expect(talks).toMatchObject({ event_date: '2010-10', event_type: 'Strategic developments', latitude: '', longitude: '', fatalities: 0, contested: 'false', killed__AZE__by__AZE: '' });
  });

  it('writes GeoJSON points at the most specific place with coordinates, and no geometry without one', () => {
    const geo = toGeoJson(archive()) as { type: string; features: { id: string; geometry: unknown; properties: Record<string, unknown> }[] };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features[0]).toMatchObject({ id: 'inc-1', geometry: { type: 'Point', coordinates: [46.89, 40.24] }, properties: { location: 'Chayli', fatalities: 2, contested: true } });
    expect(geo.features[1]!.geometry).toBeNull();
  });

  it('writes the archive as JSON that parses back to the same archive', () => {
    const a = archive();
    expect(JSON.parse(toJson(a))).toEqual(a);
  });
});
