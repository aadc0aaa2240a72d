import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from './load.js';

/** An invented region with Cyrillic names, so the test does not depend on the bundled packs' variants. */
function steppePack(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'dateline-stems-')), 'steppe');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'pack.json'), JSON.stringify({
    name: 'steppe',
    description: 'an invented region',
    places: [
      { id: 'zarechye', name: 'Zarechye', type: 'district', country: null, lat: 50, lon: 50, variants: ['Заречный район', 'Заречье'] },
      { id: 'kamensk', name: 'Kamensk', type: 'town', country: null, lat: 50.2, lon: 50.2, variants: ['Каменск'] },
      { id: 'nordland', name: 'Nordland', type: 'country', country: null, lat: 51, lon: 51, variants: ['Нордландия'] },
    ],
  }));
  return folder;
}

const lexicon = loadLexicon({ packs: [steppePack()] });
const found = (text: string): [string, string][] => lexicon.findPlaces(text).map((m) => [text.slice(m.start, m.end), m.place.name]);

describe('lexicon: inflected Cyrillic place names', () => {
  it('finds a name in the cases a Russian report puts it in', () => {
    expect(found('Обстрелы в Каменске и под Каменском')).toEqual([['Каменске', 'Kamensk'], ['Каменском', 'Kamensk']]);
    expect(found('на границе Заречного района')).toEqual([['Заречного района', 'Zarechye']]);
    expect(found('жители Заречья')).toEqual([['Заречья', 'Zarechye']]);
  });

  it('does not stem country names (packs list their forms), nor match another word sharing a short beginning', () => {
    expect(found('Нордландии')).toEqual([]);
    expect(found('Нордландия')).toEqual([['Нордландия', 'Nordland']]);
    expect(found('каменский карьер')).toEqual([]);
    expect(found('Камень упал')).toEqual([]);
  });
});
