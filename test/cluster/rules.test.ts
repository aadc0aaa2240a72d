import { describe, expect, it } from 'vitest';
import type { ClusterFeatures } from '../../src/cluster/features.js';
import { affinity, clusterFeatures, DEFAULT_CLUSTER_OPTIONS, nearestDated, pairEvidence } from '../../src/cluster/incidents.js';

/** Features written by hand: a clash unless said otherwise, both sides, English. */
function f(id: string, extra: Partial<ClusterFeatures> = {}): ClusterFeatures {
  return {
    id, window: null, type: 'Armed clash', places: [], zones: new Set(), areas: new Set(['region:karabakh']),
    actors: new Set(['ARM', 'AZE']), terms: new Set(), figures: new Set(), background: false, language: 'en', ...extra,
  };
}
const day = (d: string) => ({ from: d, to: d });
const village = (id: string, lat: number, lon: number) => ({ id, lat, lon });
const words = (text: string) => new Set(text.split(' '));

describe('cluster: rules between two reports', () => {
  it('keeps two clashes a day apart in places far from each other apart, and joins places a few kilometres apart', () => {
    const north = f('a', { window: day('2023-09-01'), places: [village('v:north', 40.2, 45.9)] });
    const south = f('b', { window: day('2023-09-02'), places: [village('v:south', 39.6, 46.6)] });
    const beside = f('c', { window: day('2023-09-02'), places: [village('v:beside', 40.23, 45.93)] });
    expect(pairEvidence(north, south).apart).toBe(true);
    expect(clusterFeatures([north, south, beside])).toEqual([['a', 'c'], ['b']]);
  });

  it('lets a report naming no place join one group with places, never bridge two far apart', () => {
    const region = new Set(['region:karabakh']);
    const cityA = f('a', { window: day('2020-10-17'), places: [village('city:a', 40.68, 46.36)], areas: region, figures: new Set(['killed:12']) });
    const cityB = f('b', { window: day('2020-10-17'), places: [village('city:b', 40.38, 47.13)], areas: region });
    const whole = f('c', { window: day('2020-10-17'), areas: region, figures: new Set(['killed:12']) });
    expect(pairEvidence(cityA, cityB).apart).toBe(true);
    expect(clusterFeatures([cityA, cityB, whole])).toEqual([['a', 'c'], ['b']]);
    // Two reports naming no place still join each other, and together the group they resemble most.
    const whole2 = f('d', { window: day('2020-10-17'), areas: region });
    expect(clusterFeatures([cityA, cityB, whole, whole2])).toEqual([['a', 'c', 'd'], ['b']]);
  });

  it('never joins reports more than two days apart, nor a background report', () => {
    const place = [village('v:x', 40, 46)];
    const first = f('a', { window: day('2023-09-01'), places: place });
    const late = f('b', { window: day('2023-09-04'), places: place });
    const explainer = f('c', { window: day('2023-09-01'), places: place, background: true });
    expect(clusterFeatures([first, late, explainer])).toEqual([['a'], ['b'], ['c']]);
  });

  it('compares the same way in both directions', () => {
    const many = f('a', { places: [village('v:1', 40, 46), village('v:2', 40.01, 46.01)], figures: new Set(['killed:4']), terms: words('four soldiers killed shelling') });
    const one = f('b', { places: [village('v:3', 40.02, 46)], figures: new Set(['killed:4']), terms: words('soldiers killed fire') });
    expect(pairEvidence(many, one)).toEqual(pairEvidence(one, many));
    expect(affinity(many, one)).toBe(affinity(one, many));
  });

  it('halves the resemblance of reports that give figures but share none', () => {
    const a = f('a', { places: [village('v:1', 40, 46)], terms: words('soldiers killed near the village'), figures: new Set(['killed:4']) });
    const same = f('b', { places: [village('v:1', 40, 46)], terms: words('soldiers killed near the village'), figures: new Set(['killed:4']) });
    const other = f('c', { places: [village('v:1', 40, 46)], terms: words('soldiers killed near the village'), figures: new Set(['killed:3']) });
    const none = f('d', { places: [village('v:1', 40, 46)], terms: words('soldiers killed near the village') });
    expect(affinity(a, other)).toBeCloseTo(affinity(a, none) / 2);
    expect(affinity(a, same)).toBeGreaterThan(affinity(a, none));
  });
});

describe('cluster: an incident with no date of its own', () => {
  const terms = words('four servicemen killed enemy fire border post defence ministry');
  const a = f('a', { zones: new Set(['province:p']), figures: new Set(['killed:4']), terms });
  const b = f('b', { zones: new Set(['province:p']), figures: new Set(['killed:4', 'wounded:4']), terms });
  const close = f('close', { window: day('2015-09-24'), zones: new Set(['province:p']), figures: new Set(['killed:4']), terms: words('four servicemen killed enemy fire') });
  const far = f('far', { window: day('2023-09-01'), terms: words('servicemen killed') });

  it('takes as reference the dated report that most resembles one of its reports', () => {
    expect(nearestDated([a, b, close, far], ['a', 'b'], { ...DEFAULT_CLUSTER_OPTIONS, minIsland: 1000 })).toBe('close');
  });

  it('takes none when no dated report resembles it enough, or when it has a date', () => {
    expect(nearestDated([a, b, far], ['a', 'b'])).toBeNull();
    expect(nearestDated([a, b, close], ['a', 'b'], { ...DEFAULT_CLUSTER_OPTIONS, minReference: 1000 })).toBeNull();
    expect(nearestDated([a, close], ['a', 'close'])).toBeNull();
  });

  it('joins, as one, the dated report it resembles closely enough', () => {
    expect(clusterFeatures([a, b, close, far])).toEqual([['a', 'b', 'close'], ['far']]);
    expect(clusterFeatures([a, b, close, far], { ...DEFAULT_CLUSTER_OPTIONS, minIsland: 1000 })).toEqual([['a', 'b'], ['close'], ['far']]);
  });
});
