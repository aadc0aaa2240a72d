import { describe, expect, it } from 'vitest';
import type { Incident } from '../model/incident.js';
import { incident, place } from '../portal/test-helpers.js';
import { createRelatedFinder, relatedIncidents } from './related.js';

const TARTAR = place('az-tartar', 'Tartar District', 'district');
const CHAYLI = place('az-chayli', 'Chayli', 'village');
const TOVUZ = place('az-tovuz', 'Tovuz District', 'district');
const GANJA = place('az-ganja', 'Ganja', 'city');
const KALBAJAR = place('az-kalbajar', 'Kalbajar District', 'district');


const ids = (links: { incident: { id: string } }[]): string[] => links.map((link) => link.incident.id);

describe('related: ranking', () => {
  it('ranks the same district a week apart above elsewhere a year apart', () => {
    const target = incident('t', '2014-08-01', [TARTAR], ['AZE', 'NKR']);
    const nearby = incident('week', '2014-08-08', [TARTAR], ['AZE', 'NKR']);
    const elsewhere = incident('year', '2015-08-01', [KALBAJAR], ['AZE', 'NKR']);
    const all = [target, elsewhere, nearby, incident('c', '2020-07-12', [TOVUZ], ['AZE', 'ARM']), incident('d', '2020-10-17', [GANJA], ['AZE', 'ARM'])];
    const links = relatedIncidents(target, all);
    expect(ids(links)).toEqual(['week', 'year']);
    expect(links[0]!.context).toEqual(['Tartar District', 'NKR', 'AZE']);
    expect(links[1]!.context).toEqual(['NKR', 'AZE']);
  });

  it('ranks an incident sharing only a very common actor below one sharing a rare village', () => {
    const target = incident('t', '2010-09-01', [CHAYLI], ['AZE', 'NKR']);
    const sameDayCommonActor = incident('common', '2010-09-01', [TOVUZ], ['AZE']);
    const rareVillage = incident('village', '2010-10-01', [CHAYLI], []);
    const fillers = Array.from({ length: 7 }, (_, i) => incident(`f${i}`, '2012-06-05', [GANJA], ['AZE']));
    const links = relatedIncidents(target, [target, sameDayCommonActor, rareVillage, ...fillers]);
    expect(ids(links).indexOf('village')).toBe(0);
    expect(ids(links).indexOf('common')).toBeGreaterThan(0);
  });

  it('leaves out incidents that share only what every incident has', () => {
    const target = incident('t', '2010-09-01', [CHAYLI], ['AZE']);
    const links = relatedIncidents(target, [target, incident('a', '2010-09-01', [GANJA], ['AZE']), incident('b', '2011-01-01', [TOVUZ], ['AZE'])]);
    expect(links).toEqual([]);
  });

  it('never links an incident to itself, even when it is listed twice', () => {
    const target = incident('t', '2014-08-01', [TARTAR], ['AZE', 'NKR']);
    const links = relatedIncidents(target, [target, { ...target }, incident('o', '2014-08-02', [TARTAR], ['NKR']), incident('x', '2020-01-01', [GANJA], ['ARM'])]);
    expect(ids(links)).toEqual(['o']);
  });
});

describe('related: context and order', () => {
  it('names shared places most specific first, then actors (rarer first) through the names option', () => {
    const target = incident('t', '2010-09-01', [TARTAR, CHAYLI], ['AZE', 'NKR']);
    const other = incident('o', '2010-09-02', [TARTAR, CHAYLI], ['AZE', 'NKR']);
    const names = (code: string): string => ({ AZE: 'Azerbaijan', NKR: 'Nagorno-Karabakh Republic' })[code] ?? code;
    const [link] = relatedIncidents(target, [target, other, incident('x', '2020-07-12', [TOVUZ], ['ARM', 'AZE'])], { names });
    expect(link!.context).toEqual(['Chayli', 'Tartar District', 'Nagorno-Karabakh Republic', 'Azerbaijan']);
    expect(link!.incident).toEqual({ id: 'o', date: '2010-09-02', summary: 'Summary of o.' });
  });

  it('breaks score ties by the newer date, then by id', () => {
    const target = incident('t', '2017-02-25', [TARTAR], ['NKR']);
    const before = incident('b', '2017-02-20', [TARTAR], []);
    const after = incident('a', '2017-03-02', [TARTAR], []);
    const twin = incident('a0', '2017-03-02', [TARTAR], []);
    const links = relatedIncidents(target, [before, target, twin, after, incident('x', '2017-02-25', [GANJA], ['AZE'])]);
    expect(ids(links)).toEqual(['a', 'a0', 'b']);
  });

  it('returns at most `limit` links and rejects a negative limit', () => {
    const target = incident('t', '2014-08-01', [TARTAR], []);
    const all = [target, ...Array.from({ length: 5 }, (_, i) => incident(`o${i}`, `2014-08-0${i + 2}`, [TARTAR], [])), incident('x', null, [GANJA], [])];
    expect(ids(relatedIncidents(target, all, { limit: 2 }))).toEqual(['o0', 'o1']);
    expect(() => relatedIncidents(target, all, { limit: -1 })).toThrow(RangeError);
  });

  it('treats an undated incident as a year away, so a dated one a month away outranks it', () => {
    const target = incident('t', '2014-08-01', [TARTAR], []);
    const links = relatedIncidents(target, [target, incident('undated', null, [TARTAR], []), incident('month', '2014-09-01', [TARTAR], []), incident('x', null, [GANJA], [])]);
    expect(ids(links)).toEqual(['month', 'undated']);
    expect(links[1]!.incident.date).toBeNull();
  });

  it('gives the same links through a finder built once', () => {
    const all = [incident('t', '2014-08-01', [TARTAR], ['AZE']), incident('o', '2014-08-03', [TARTAR], ['AZE']), incident('x', '2020-01-01', [GANJA], ['ARM'])];
    const find = createRelatedFinder(all);
    expect(find(all[0]!)).toEqual(relatedIncidents(all[0]!, all));
  });
});

describe('related: event type and story', () => {
  const withType = (i: Incident, type: string): Incident => ({ ...i, type });

  it('ranks an incident of the same rare event type above one of a common type, without naming the type', () => {
    const target = withType(incident('t', '2021-06-08', [KALBAJAR], ['AZE']), 'Remote explosive/landmine/IED');
    const mine = withType(incident('mine', '2021-06-20', [GANJA], ['AZE']), 'Remote explosive/landmine/IED');
    const clash = incident('clash', '2021-06-20', [TOVUZ], ['AZE']);
    const fillers = Array.from({ length: 4 }, (_, i) => incident(`f${i}`, '2019-01-01', [TARTAR], ['ARM']));
    const links = relatedIncidents(target, [target, clash, mine, ...fillers]);
    expect(ids(links)).toEqual(['mine', 'clash']);
    expect(links[0]!.context).toEqual(['AZE']);
  });

  it('does not relate incidents by the vague type Other alone', () => {
    const target = withType(incident('t', '2021-06-08', [KALBAJAR], []), 'Other');
    const other = withType(incident('o', '2021-06-09', [GANJA], []), 'Other');
    expect(relatedIncidents(target, [target, other, incident('x', '2021-06-09', [TOVUZ], [])])).toEqual([]);
  });

  it('ranks an incident of the same story above an otherwise equal one', () => {
    const target = incident('t', '2020-09-28', [TARTAR], ['ARM', 'AZE']);
    const sameStory = incident('s', '2020-09-26', [GANJA], ['ARM', 'AZE']);
    const otherStory = incident('o', '2020-09-30', [TOVUZ], ['ARM', 'AZE']);
    const all = [target, sameStory, otherStory, incident('x', '2015-01-01', [CHAYLI], ['NKR'])];
    expect(ids(relatedIncidents(target, all))).toEqual(['o', 's']);
    const storyOf = (i: Incident) => (i.id === 't' || i.id === 's' ? 'story-t' : null);
    const links = relatedIncidents(target, all, { storyOf });
    expect(ids(links)).toEqual(['s', 'o']);
    expect(links[0]!.context).toEqual(['ARM', 'AZE']);
  });
});
