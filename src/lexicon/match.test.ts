import { describe, expect, it } from 'vitest';
import { MAX_WORDS, PhraseIndex } from './match.js';
import { asciiHash, tokenize, TokenTable } from './tokens.js';

function indexOf(entries: [string, string, boolean?][]): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const [name, value, caseSensitive] of entries) index.add(name, value, { caseSensitive: caseSensitive ?? true });
  return index;
}

function found(index: PhraseIndex<string>, text: string): [string, string][] {
  return index.find(tokenize(text)).map((hit) => [text.slice(hit.start, hit.end), hit.values.join('+')]);
}

describe('match: PhraseIndex', () => {
  const index = indexOf([
    ['Nagorno-Karabakh', 'place'],
    ['Nagorno-Karabakh Republic', 'republic'],
    ['Armenian', 'demonym'],
    ['Armenian-backed forces', 'backed'],
    ['separatist forces', 'separatists', false],
    ['U.S.', 'usa'],
    ['Ağdam', 'aghdam'],
    ['lac noir', 'lake'],
  ]);

  it('finds a name added after a search, where the search found none (the roots forget the words they remember)', () => {
    // (Read from a token table, as the lexicon reads a report: the words it remembers are those of the text.)
    const foundIn = (index: PhraseIndex<string>, text: string): [string, string][] => index.find(new TokenTable().read(text)).map((hit) => [text.slice(hit.start, hit.end), hit.values.join('+')]);
    const growing = indexOf([['Baku', 'baku']]);
    expect(foundIn(growing, "Baku and Ganja, BAKU and GANJA, Ganja's")).toEqual([['Baku', 'baku'], ['BAKU', 'baku']]);
    // 'Baku's' is looked up as written (no name) and by its core ('Baku').
    expect(foundIn(growing, "Baku's port")).toEqual([['Baku', 'baku']]);
    growing.add('Ganja', 'ganja', { caseSensitive: true });
    growing.add('Baku Bay', 'bay', { caseSensitive: true });
    growing.add("Baku's port", 'port', { caseSensitive: true });
    expect(foundIn(growing, 'Baku Bay and Ganja, BAKU and GANJA')).toEqual([['Baku Bay', 'bay'], ['Ganja', 'ganja'], ['BAKU', 'baku'], ['GANJA', 'ganja']]);
    expect(foundIn(growing, "Baku's port")).toEqual([["Baku's port", 'port']]);
    // 'Ganja's' was asked about before 'Ganja' was a name.
    expect(foundIn(growing, "Ganja's")).toEqual([["Ganja", 'ganja']]);
    // Many words looked up in turn (more than a root remembers) find the same names.
    const words = Array.from({ length: 600 }, (_, k) => `W${k}`);
    words.forEach((w, k) => k % 3 === 0 && growing.add(w, w, { caseSensitive: true }));
    expect(foundIn(growing, `${words.join(' , ')} , ${words.join(' , ')}`).map(([w]) => w)).toEqual([...words, ...words].filter((w) => Number(w.slice(1)) % 3 === 0));
  });

  it('prefers the longest name starting at a word', () => {
    expect(found(index, 'The Nagorno-Karabakh Republic and Nagorno Karabakh')).toEqual([
      ['Nagorno-Karabakh Republic', 'republic'],
      ['Nagorno Karabakh', 'place'],
    ]);
  });

  it('takes overlapping names longest first, then leftmost, none sharing a word with one taken', () => {
    const overlapping = indexOf([['a b c', 'abc', false], ['b c d e', 'bcde', false], ['c', 'c', false], ['d e', 'de', false], ['e f', 'ef', false], ['a b', 'ab', false], ['f', 'f', false]]);
    // 'b c d e' (four words) first, then 'a' finds only what 'a b c' left (nothing), 'e f' shares 'e', 'f' alone.
    expect(found(overlapping, 'a b c d e f')).toEqual([['b c d e', 'bcde'], ['f', 'f']]);
    expect(found(overlapping, 'a b c. d e f c')).toEqual([['a b c', 'abc'], ['d e', 'de'], ['f', 'f'], ['c', 'c']]);
    expect(found(overlapping, 'c')).toEqual([['c', 'c']]);
    expect(found(overlapping, 'x y')).toEqual([]);
  });

  it('matches a hyphenated compound as a longer alias, else its first word', () => {
    expect(found(index, 'Armenian-backed forces and Armenian-backed militia')).toEqual([
      ['Armenian-backed forces', 'backed'],
      ['Armenian', 'demonym'],
    ]);
  });

  it('matches whole words only', () => {
    expect(found(index, 'Armenians, pre-Armenianist, ArmenianX')).toEqual([]);
  });

  it('is case-sensitive unless the name says otherwise', () => {
    expect(found(index, 'armenian SEPARATIST FORCES, Separatist forces')).toEqual([
      ['SEPARATIST FORCES', 'separatists'],
      ['Separatist forces', 'separatists'],
    ]);
  });

  it('matches case-sensitive names written in capitals, and lower-case names with a capital first letter', () => {
    expect(found(index, 'NAGORNO-KARABAKH. Lac noir')).toEqual([
      ['NAGORNO-KARABAKH', 'place'],
      ['Lac noir', 'lake'],
    ]);
  });

  it('ignores diacritics but keeps offsets into the original text', () => {
    const text = 'shelling of Agdam, AĞDAM and Ağdam';
    expect(index.find(tokenize(text)).map((h) => [h.start, h.end])).toEqual([
      [12, 17],
      [19, 24],
      [29, 34],
    ]);
  });

  it('matches a possessive without its suffix', () => {
    expect(found(index, "Nagorno-Karabakh's capital")).toEqual([['Nagorno-Karabakh', 'place']]);
  });

  it('keeps punctuation inside a name and rejects it between words', () => {
    expect(found(index, 'the U.S. and Nagorno. Karabakh')).toEqual([['U.S', 'usa']]);
  });

  it('refuses names longer than the limit', () => {
    expect(new PhraseIndex<string>().add(Array.from({ length: MAX_WORDS + 1 }, (_, i) => `W${i}`).join(' '), 'x', { caseSensitive: true })).toBe(false);
  });
});

describe('match: the first-word hash filter', () => {
  const text = "BAKU, Baku and baku; Defence Ministry, DEFENCE MINISTRY; Lac noir, lac noir; IŞIK, Işık; Straße, STRASSE; Agdam, AĞDAM; Tovuz's TOVUZ-district U.S. x'y 2020 ſ \u212Aelvin";

  it('hashes an ASCII word as its key and lower-case form hash (one bit rules out both)', () => {
    for (const t of tokenize(text)) {
      if (/[^\x00-\x7f]/.test(text.slice(t.start, t.end))) {
        expect(t.hash).toBe(-1);
        continue;
      }
      expect(t.hash).toBe(asciiHash(t.key));
      expect(asciiHash(t.lower)).toBe(t.hash);
      expect(asciiHash(t.key.toUpperCase())).toBe(t.hash);
    }
  });

  it('never rejects a word that starts a name: the same hits as without the filter', () => {
    const index = indexOf([
      ['Baku', 'baku'],
      ['BAKU', 'baku-caps'],
      ['defence ministry', 'mod', false],
      ['lac noir', 'lake'],
      ['Işık', 'isik'],
      ['Straße', 'street'],
      ['Ağdam', 'aghdam'],
      ["Tovuz's district", 'tovuz'],
      ['Tovuz district', 'tovuz-district'],
      ['U.S.', 'usa'],
      ['Kelvin', 'kelvin', false],
    ]);
    const tokens = tokenize(text);
    // Tokens without a hash take the full look-up of their forms: the reference.
    const unhashed = tokens.map((t) => ({ start: t.start, end: t.end, key: t.key, lower: t.lower, upper: t.upper, stem: t.stem, core: t.core, gap: t.gap, hash: -1 }));
    const hits = index.find(tokens);
    expect(hits).toEqual(index.find(unhashed));
    expect(hits.length).toBeGreaterThanOrEqual(10);
  });

  it('rules out a lower-case word by the names that do not start with a capital, and finds the same in a token table', () => {
    const index = indexOf([
      ['The Hague', 'hague'],
      ['the front', 'front'],
      ['line of contact', 'loc', false],
      ['Theodore', 'name'],
      ['2020 war', 'war'],
    ]);
    const text = "the Hague, The Hague, THE HAGUE; the front, The front; Line of contact, the line of contact; theodore, Theodore's, 2020 war";
    const tokens = tokenize(text);
    const unhashed = tokens.map((t) => ({ start: t.start, end: t.end, key: t.key, lower: t.lower, upper: t.upper, stem: t.stem, core: t.core, gap: t.gap, hash: -1 }));
    const hits = index.find(new TokenTable().read(text));
    expect(hits).toEqual(index.find(unhashed));
    expect(hits).toEqual(index.find(tokens));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['The Hague', 'THE HAGUE', 'the front', 'The front', 'Line of contact', 'line of contact', 'Theodore', '2020 war']);
  });
});
