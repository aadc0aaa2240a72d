import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPackFolders, loadLexicon } from './load.js';
import type { Lexicon } from './types.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/packs/', import.meta.url));

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

const actorsIn = (text: string): [string, string, string][] => lexicon.findActors(text).map((m) => [text.slice(m.start, m.end), m.code, m.aliasKind]);
const placesIn = (text: string, lex: Lexicon = lexicon): [string, string][] => lex.findPlaces(text).map((m) => [text.slice(m.start, m.end), m.place.id]);

describe('lexicon: default packs', () => {
  it('loads world then caucasus with every UN member state and the organisations', () => {
    expect(lexicon.packs).toEqual(['world', 'caucasus', 'languages']);
    const states = [...lexicon.actors.values()].filter((a) => a.type === 'state');
    expect(states.length).toBeGreaterThanOrEqual(197);
    for (const code of ['ARM', 'AZE', 'RUS', 'TUR', 'IRN', 'GEO', 'USA', 'FRA', 'SYR', 'ISR', 'EU', 'OSCE', 'UN', 'ICRC', 'CSTO', 'AI', 'HRW']) {
      expect(lexicon.actors.has(code), code).toBe(true);
    }
    expect(lexicon.actors.get('NKR')).toEqual({ code: 'NKR', name: 'Nagorno-Karabakh Republic (Republic of Artsakh)', type: 'de-facto', from: 1991, until: 2023 });
    expect(lexicon.focusCountries).toEqual(['ARM', 'AZE']);
  });

  it('knows countries, capitals and gazetteer places by id', () => {
    expect(lexicon.place('world:armenia')).toMatchObject({ type: 'country', country: 'ARM' });
    expect(lexicon.place('caucasus:shusha')).toMatchObject({ name: 'Shusha', country: 'AZE', parent: 'caucasus:nagorno-karabakh' });
    expect(lexicon.place('gn:AM:gyumri')).toMatchObject({ type: 'city', country: 'ARM' });
    expect(lexicon.actorForCountry('AZE')).toBe('AZE');
    expect(lexicon.actorForCountry('QQQ')).toBeNull();
    // A territory name stands for the actor that holds it only when a stage asks; matching finds no actor in it.
    expect(lexicon.actorOfTerritory('Nagorno-Karabakh')).toBe('NKR');
    expect(lexicon.actorOfTerritory('Shusha')).toBeNull();
    // Asked again (remembered by the name as written), and written otherwise (keyed alike).
    for (let i = 0; i < 2; i++) {
      expect(lexicon.actorOfTerritory('Nagorno-Karabakh')).toBe('NKR');
      expect(lexicon.actorOfTerritory('NAGORNO KARABAKH')).toBe('NKR');
      expect(lexicon.actorOfTerritory('Shusha')).toBeNull();
    }
    expect(lexicon.findActors('Nagorno-Karabakh said nothing.')).toEqual([]);
  });

  it('resolves the packs folder from the module location', () => {
    expect(defaultPackFolders().map((f) => f.replace(/\\/g, '/').split('/').slice(-2).join('/'))).toEqual(['packs/world', 'packs/caucasus', 'packs/languages']);
  });
});

describe('lexicon: actors', () => {
  it('finds names, demonyms, capitals and persons with their offsets', () => {
    expect(actorsIn("Azerbaijan's Defence Ministry said Armenian forces shelled villages, Hikmat Hajiyev told reporters in Baku.")).toEqual([
      ['Azerbaijan', 'AZE', 'name'],
      ['Armenian', 'ARM', 'demonym'],
      ['Hikmat Hajiyev', 'AZE', 'person'],
      ['Baku', 'AZE', 'capital'],
    ]);
  });

  it('prefers a hyphenated alias of the separatists to the demonym', () => {
    expect(actorsIn('Armenian-backed separatists and Armenian-backed troops clashed with Azeri forces.')).toEqual([
      ['Armenian-backed separatists', 'NKR', 'force'],
      ['Armenian-backed troops', 'NKR', 'force'],
      ['Azeri', 'AZE', 'demonym'],
    ]);
  });

  it('matches case-insensitive aliases in any case', () => {
    expect(actorsIn('Separatists said the SEPARATIST FORCES held the line; the breakaway region\'s military denied it.')).toEqual([
      ['Separatists', 'NKR', 'force'],
      ['SEPARATIST FORCES', 'NKR', 'force'],
      ["breakaway region's military", 'NKR', 'force'],
    ]);
  });

  it('keeps the possessive out of the span and reads through it', () => {
    const text = "Nagorno-Karabakh's Defense Ministry and Armenia’s army";
    expect(actorsIn(text)).toEqual([
      ["Nagorno-Karabakh's Defense Ministry", 'NKR', 'institution'],
      ['Armenia', 'ARM', 'name'],
    ]);
  });

  it('finds the Nagorno-Karabakh Republic as an actor while the place list sees Nagorno-Karabakh', () => {
    const text = 'The Nagorno-Karabakh Republic Defense Army said';
    expect(actorsIn(text)).toEqual([['Nagorno-Karabakh Republic Defense Army', 'NKR', 'force']]);
    expect(placesIn(text)).toEqual([['Nagorno-Karabakh', 'caucasus:nagorno-karabakh']]);
  });

  it('finds actors in other languages and scripts', () => {
    expect(actorsIn('Азербайджан обвиняет Армению, армянские военные; Ermənistan silahlı qüvvələri; وزارة الخارجية الروسية؛ les forces azerbaïdjanaises')).toEqual([
      ['Азербайджан', 'AZE', 'name'],
      ['Армению', 'ARM', 'name'],
      ['армянские', 'ARM', 'demonym'],
      ['Ermənistan silahlı qüvvələri', 'ARM', 'force'],
      ['الروسية', 'RUS', 'demonym'],
      ['azerbaïdjanaises', 'AZE', 'demonym'],
    ]);
  });

  it('hides the names inside a common phrase', () => {
    const text = 'The Washington Post said the OSCE Minsk Group and Sputnik Armenia met in Washington.';
    expect(actorsIn(text).map(([t, c]) => `${t}=${c}`)).toEqual(['OSCE Minsk Group=OSCE', 'Washington=USA']);
    expect(placesIn(text)).toEqual([['Washington', 'world:washington']]);
  });

  it('finds international organisations', () => {
    expect(actorsIn('The OSCE Minsk Group, the UN Security Council, the International Committee of the Red Cross and the EU Monitoring Mission in Armenia').map(([t, c]) => `${t}=${c}`)).toEqual([
      'OSCE Minsk Group=OSCE',
      'UN Security Council=UN',
      'International Committee of the Red Cross=ICRC',
      'EU Monitoring Mission in Armenia=EU',
    ]);
  });
});

describe('lexicon: places', () => {
  it('finds places by their spelling variants and returns the common English name', () => {
    const text = 'Shelling hit Khankendi, Shushi, Terter, Fizuli and Kelbajar; Stepanakert was calm.';
    expect(lexicon.findPlaces(text).map((m) => [text.slice(m.start, m.end), m.place.name])).toEqual([
      ['Khankendi', 'Stepanakert'],
      ['Shushi', 'Shusha'],
      ['Terter', 'Tartar'],
      ['Fizuli', 'Fuzuli'],
      ['Kelbajar', 'Kalbajar'],
      ['Stepanakert', 'Stepanakert'],
    ]);
  });

  it('ignores diacritics and reads through possessives and apostrophe suffixes', () => {
    expect(placesIn("Füzuli rayonu, Ağdam's mosque, Karabağ’ın dağları, Bakü’de")).toEqual([
      ['Füzuli', 'caucasus:fuzuli'],
      ['Ağdam', 'caucasus:aghdam'],
      ['Karabağ', 'caucasus:nagorno-karabakh'],
      ['Bakü', 'world:baku'],
    ]);
  });

  it('prefers the longest place name', () => {
    expect(placesIn('near Lake Sevan, on the Armenian-Azerbaijani border and along the Lachin corridor')).toEqual([
      ['Lake Sevan', 'caucasus:lake-sevan'],
      ['Armenian-Azerbaijani border', 'caucasus:armenia-azerbaijan-border'],
      ['Lachin corridor', 'caucasus:lachin-corridor'],
    ]);
  });

  it('finds places written in other scripts', () => {
    expect(placesIn('Нагорный Карабах, Товузском районе, Ստեփանակերտ, ناغورني قره باغ وتافوش')).toEqual([
      ['Нагорный Карабах', 'caucasus:nagorno-karabakh'],
      ['Товузском районе', 'caucasus:tovuz'],
      ['Ստեփանակերտ', 'caucasus:stepanakert'],
      ['ناغورني قره باغ', 'caucasus:nagorno-karabakh'],
      ['تافوش', 'caucasus:tavush'],
    ]);
  });

  it('treats countries as places', () => {
    expect(placesIn('Georgia, Türkiye and Iran')).toEqual([
      ['Georgia', 'world:georgia'],
      ['Türkiye', 'world:turkey'],
      ['Iran', 'world:iran'],
    ]);
  });

  it('resolves an ambiguous name to the pack place, unless an enclosing place is mentioned', () => {
    expect(placesIn('fighting near Martuni')).toEqual([['Martuni', 'caucasus:khojavend']]);
    expect(placesIn('Martuni, a town of Gegharkunik')).toEqual([
      ['Martuni', 'gn:AM:martuni'],
      ['Gegharkunik', 'caucasus:gegharkunik'],
    ]);
    expect(placesIn('the Agdam village of the Tovuz district')).toEqual([
      ['Agdam', 'caucasus:agdam-tovuz'],
      ['Tovuz district', 'caucasus:tovuz'],
    ]);
  });

  it('does not take a demonym or a common word for a place', () => {
    expect(placesIn('Kazakh peacekeepers; Of the three posts, Lake views')).toEqual([]);
    expect(placesIn('the Kazakh district')).toEqual([['Kazakh district', 'caucasus:qazax']]);
  });
});

describe('lexicon: an invented conflict pack loaded with world', () => {
  let velmar: Lexicon;
  beforeAll(() => {
    velmar = loadLexicon({ packs: [defaultPackFolders()[0] ?? '', `${FIXTURES}velmar`] });
  });

  it('finds its actors', () => {
    const text = 'Ostravian artillery shelled Dravník, the Marenthian militia said; Valdoria and the hill rebels blamed Korvel.';
    expect(velmar.findActors(text).map((m) => [text.slice(m.start, m.end), m.code])).toEqual([
      ['Ostravian', 'QOS'],
      ['Marenthian militia', 'MFR'],
      ['Valdoria', 'QVL'],
      ['hill rebels', 'MFR'],
      ['Korvel', 'QOS'],
    ]);
    expect(velmar.actors.get('MFR')).toMatchObject({ type: 'de-facto', from: 2004, until: 2019 });
  });

  it('finds its villages and resolves a shared name towards the focus country', () => {
    const text = 'Ostravian shells hit Dravník, Kel Sora and Ostravian Mill in Marentia.';
    expect(placesIn(text, velmar)).toEqual([
      ['Dravník', 'velmar:dravnik'],
      ['Kel Sora', 'velmar:kel-sora-valdoria'],
      ['Ostravian Mill', 'velmar:ostravian-mill'],
      ['Marentia', 'velmar:marenthia'],
    ]);
    expect(placesIn('Kel Sora in the Pelmo district', velmar)[0]).toEqual(['Kel Sora', 'velmar:kel-sora-ostravia']);
  });

  it('loads extra packs after the default ones', () => {
    const extended = loadLexicon({ extraPacks: [`${FIXTURES}velmar`] });
    expect(extended.packs).toEqual(['world', 'caucasus', 'languages', 'velmar']);
    expect(extended.focusCountries).toEqual(['ARM', 'AZE', 'QVL']);
  });

  it('adds aliases to an actor an earlier pack declared', () => {
    expect(velmar.findActors('the Velmar Observer Mission').map((m) => m.code)).toEqual(['UN']);
    expect(velmar.focusCountries).toEqual(['QVL']);
  });
});
