import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorOf } from './test-helpers.js';
import { defaultPackFolders, loadLexicon } from './load.js';
import { readPack } from './pack.js';

const root = mkdtempSync(join(tmpdir(), 'dateline-packs-'));

/** Writes `<root>/<name>/pack.json` with the given content and returns the folder. */
function packFolder(name: string, content: unknown): string {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'pack.json'), typeof content === 'string' ? content : JSON.stringify(content));
  return folder;
}

const minimal = { name: 'mini', description: 'test' };

describe('pack: validation', () => {
  it('reads a minimal pack with defaults', () => {
    expect(readPack(packFolder('mini', minimal))).toMatchObject({ name: 'mini', actors: [], places: [], focusCountries: [], gazetteerCountries: [] });
  });

  it('qualifies place ids and parents with the pack name', () => {
    const pack = readPack(packFolder('ids', { ...minimal, name: 'ids', places: [{ id: 'a', name: 'A', type: 'village', parent: 'world:armenia', variants: [] }] }));
    expect(pack.places[0]).toMatchObject({ id: 'ids:a', parent: 'world:armenia' });
  });

  it.each([
    ['a missing file', join(root, 'nowhere'), /pack\.json.*(ENOENT|no such file)/],
    ['broken JSON', packFolder('broken', '{"name": "broken",'), /JSON/],
    ['a bad alias kind', packFolder('kind', { ...minimal, actors: [{ code: 'XAA', name: 'X', type: 'state', aliases: [{ text: 'X', kind: 'nickname' }] }] }), /actors\[0\]\.aliases\[0\]\.kind must be one of/],
    ['an unknown field', packFolder('field', { ...minimal, places: [{ id: 'p', name: 'P', type: 'town', latitude: 1 }] }), /places\[0\] has an unknown field "latitude"/],
    ['a latitude out of range', packFolder('lat', { ...minimal, places: [{ id: 'p', name: 'P', type: 'town', lat: 120 }] }), /places\[0\]\.lat must be a number from -90 to 90/],
    ['a lower-case country code', packFolder('country', { ...minimal, focusCountries: ['arm'] }), /focusCountries\[0\] "arm" does not match/],
    ['a duplicate place id', packFolder('dup', { ...minimal, places: [{ id: 'p', name: 'P', type: 'town' }, { id: 'p', name: 'Q', type: 'town' }] }), /"mini:p" is declared twice/],
  ])('rejects %s with E_LEXICON_PACK naming the file', (_, folder, detail) => {
    const error = errorOf(() => readPack(folder));
    expect(error.code).toBe('E_LEXICON_PACK');
    expect(error.message).toContain(join(folder, 'pack.json'));
    expect(error.message).toMatch(detail);
  });
});

describe('pack: loading several packs', () => {
  const world = defaultPackFolders()[0] ?? '';

  it.each([
    ['a new actor without a name', { ...minimal, name: 'noname', actors: [{ code: 'XAB', aliases: [] }] }, /actor XAB is not declared by an earlier pack/],
    ['a place of another pack that does not exist', { ...minimal, name: 'ghost', places: [{ id: 'world:atlantis', variants: ['Atlantis'] }] }, /place world:atlantis is not declared/],
    ['an unknown parent', { ...minimal, name: 'orphan', places: [{ id: 'p', name: 'P', type: 'town', parent: 'nowhere' }] }, /parent orphan:nowhere, which no pack declares/],
    ['an unknown gazetteer country', { ...minimal, name: 'gaz', gazetteerCountries: ['XYZ'] }, /no loaded country place has the code XYZ/],
  ])('rejects %s', (_, content, detail) => {
    const folder = packFolder(String(content.name), content);
    const error = errorOf(() => loadLexicon({ packs: [world, folder] }));
    expect(error.code).toBe('E_LEXICON_PACK');
    expect(error.message).toContain(join(folder, 'pack.json'));
    expect(error.message).toMatch(detail);
  });

  it('rejects loading the same pack twice', () => {
    expect(() => loadLexicon({ packs: [world, world] })).toThrow(/a pack named "world" is already loaded/);
  });
});

describe('pack: places that never locate an incident', () => {
  const frontier = {
    name: 'frontier',
    description: 'an invented border',
    places: [
      { id: 'north-line', name: 'Northern ceasefire line', type: 'feature', country: null, lat: 10, lon: 10, eventPlace: false, variants: ['the northern line'] },
      { id: 'millbrook', name: 'Millbrook', type: 'village', country: null, lat: 10.1, lon: 10.1, variants: [] },
    ],
  };

  it('carries "eventPlace": false onto the place, and leaves it out elsewhere', () => {
    const lexicon = loadLexicon({ packs: [packFolder('frontier', frontier)] });
    expect(lexicon.place('frontier:north-line')?.eventPlace).toBe(false);
    expect(lexicon.place('frontier:millbrook')).not.toHaveProperty('eventPlace');
    expect(lexicon.findPlaces('Shots were fired across the northern line near Millbrook.').map((m) => m.place.id)).toEqual(['frontier:north-line', 'frontier:millbrook']);
  });

  it('rejects an eventPlace that is not true or false', () => {
    const bad = { ...frontier, name: 'badfrontier', places: [{ ...frontier.places[0], eventPlace: 'no' }] };
    expect(errorOf(() => readPack(packFolder('badfrontier', bad))).message).toMatch(/eventPlace must be true or false/);
  });

  it('reads outlets by host and finds them by a parent domain; rejects a bad host or code', () => {
    const folder = packFolder('press', { ...minimal, name: 'press', outlets: { 'example-news.org': 'ARM' } });
    expect(readPack(folder).outlets.get('example-news.org')).toBe('ARM');
    const lexicon = loadLexicon({ packs: [...defaultPackFolders(), folder] });
    expect(lexicon.outletActor('www.example-news.org')).toBe('ARM');
    expect(lexicon.outletActor('example-news.com')).toBeNull();
    expect(errorOf(() => readPack(packFolder('badpress', { ...minimal, name: 'badpress', outlets: { 'https://x.org/': 'ARM' } }))).message).toMatch(/outlets key/);
    expect(errorOf(() => readPack(packFolder('badcode', { ...minimal, name: 'badcode', outlets: { 'x.org': 'armenia' } }))).message).toMatch(/outlets\["x.org"\]/);
  });
});
