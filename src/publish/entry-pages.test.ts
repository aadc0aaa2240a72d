import { describe, expect, it } from 'vitest';
import type { EventPlace } from '../model/analysis.js';
import type { Incident } from '../model/incident.js';
import { buildEntryPages } from './entry-pages.js';

const SOTK: EventPlace = { placeId: 'am-sotk', name: 'Sotk', placeType: 'village', country: 'ARM', lat: null, lon: null, mention: { start: 0, end: 4 } };
const GANJA: EventPlace = { placeId: 'az-ganja', name: 'Ganja', placeType: 'city', country: 'AZE', lat: null, lon: null, mention: { start: 0, end: 5 } };

function incident(id: string, date: string, places: EventPlace[]): Incident {
  return { id, date: { value: date, precision: 'day' }, type: 'Armed clash', places, actors: [], reportIds: [`r-${id}`], claims: [], summary: `Summary ${id}.` };
}

describe('entry-pages: buildEntryPages', () => {
  it('gives each incident its sources and its related incidents from the same collection', () => {
    const incidents = [incident('a', '2023-09-01', [SOTK]), incident('b', '2023-09-13', [SOTK]), incident('c', '2020-10-17', [GANJA])];
    const pages = buildEntryPages(incidents, (item) => [{ outlet: `Outlet ${item.id}`, url: `https://example.org/${item.id}` }]);
    expect(pages.map((page) => page.sources[0]!.outlet)).toEqual(['Outlet a', 'Outlet b', 'Outlet c']);
    expect(pages[0]!.related).toEqual([{ incident: { id: 'b', date: '2023-09-13', summary: 'Summary b.' }, context: ['Sotk'] }]);
    expect(pages[2]!.related).toEqual([]);
  });
});
