import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPackFolders, loadLexicon } from './load.js';
import type { Lexicon } from './types.js';

const ANATOLIA = fileURLToPath(new URL('../../test/fixtures/packs/anatolia-gazetteer', import.meta.url));

let lexicon: Lexicon;
let withTurkey: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
  withTurkey = loadLexicon({ packs: [...defaultPackFolders(), ANATOLIA] });
});

describe('lexicon: text that names no place', () => {
  it.each([
    'Of the four soldiers, two were wounded.',
    'OF THE FOUR SOLDIERS, TWO WERE WOUNDED.',
    'Lake views and Mission statements.',
    'In May the Union said so.',
    'Armenian and Azerbaijani officials met.',
    'Kazakh and Russian peacekeepers',
    'armenia azerbaijan in lower case',
    'Karabakhi, Agdamlar, Shushanik and Bakunin are not places.',
  ])('finds no place in "%s"', (text) => {
    expect(withTurkey.findPlaces(text).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });

  it('still finds a Turkish gazetteer town that is not a common word', () => {
    const text = 'shelling reached Kars';
    expect(withTurkey.findPlaces(text).map((m) => m.place.country)).toEqual(['TUR']);
  });
});

describe('lexicon: text that names no actor', () => {
  it.each([
    'armenian in lower case is not a name.',
    'The male soldiers and the turkey dinner.',
    'Victoria went home.',
    'Defence and security analysts said.',
    'a Georgianism, Armenianness and Azerbaijanist views',
  ])('finds no actor in "%s"', (text) => {
    expect(lexicon.findActors(text).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});
