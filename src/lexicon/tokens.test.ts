import { describe, expect, it } from 'vitest';
import { asciiHash, cyrillicStem, fold, joinGap, nameKey, phraseKeys, tokenize, TokenTable, type Token } from './tokens.js';

describe('tokens: fold', () => {
  it.each([
    ['Ağdam', 'Agdam'],
    ['Füzuli', 'Fuzuli'],
    ['Ağdərə', 'Agdere'],
    ['Xankəndi', 'Xankendi'],
    ['Alhanlı', 'Alhanli'],
    ['İrəvan', 'Irevan'],
    ['Gandža', 'Gandza'],
    ['Azerbaïdjan', 'Azerbaidjan'],
    ['قرة باغ', 'قره باغ'],
    ['آذربایجان', 'اذربايجان'],
  ])('folds %s to %s', (word, folded) => {
    expect(fold(word)).toBe(folded);
  });

  it('leaves scripts without combining diacritics alone', () => {
    expect(fold('Ստեփանակերտ')).toBe('Ստեփանակերտ');
    expect(fold('నాగోర్నో')).toBe('నాగోర్నో');
  });
});

describe('tokens: tokenize', () => {
  it('splits words of any script and keeps their offsets', () => {
    const text = 'Baku, Ереван; Երևան-ում 2020';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Baku', 'Ереван', 'Երևան', 'ում', '2020']);
  });

  it('gives a possessive word its core without the suffix', () => {
    const text = "Azerbaijan's army and Armenia’s";
    const [first, , , last] = tokenize(text);
    expect(first?.core && text.slice(first.core.start, first.core.end)).toBe('Azerbaijan');
    expect(last?.core && text.slice(last.core.start, last.core.end)).toBe('Armenia');
  });

  it('gives an elided word its core without the article', () => {
    const text = "l'Arménie et d’Azerbaïdjan";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.core && text.slice(t.core.start, t.core.end))).toEqual(['Arménie', null, 'Azerbaïdjan']);
  });

  it('marks words written in capitals', () => {
    expect(tokenize('BAKU, Azerbaijan US a').map((t) => t.upper)).toEqual([true, false, true, false]);
  });

  it('joins words across spaces and hyphens but not across a blank line', () => {
    const tokens = tokenize('Nagorno-Karabakh Republic.\n\nNext');
    expect(tokens.map((t) => t.gap)).toEqual([null, ' ', ' ', null]);
    expect(joinGap('.')).toBe('.');
  });
});

describe('tokens: keys of names', () => {
  it('writes a name as word keys joined by its gaps', () => {
    expect(phraseKeys('U.S.')).toEqual(['U', '.', 'S']);
    expect(phraseKeys('Nagorno-Karabakh')).toEqual(['Nagorno', ' ', 'Karabakh']);
    expect(nameKey('Nagorno Karabağ')).toBe('nagorno karabag');
  });
});

describe('tokens: ASCII texts take a faster path to the same tokens', () => {
  const strip = (tokens: readonly Token[]) => tokens.map((t) => [t.start, t.end, t.key, t.lower, t.upper, t.gap, t.core?.key ?? null]);

  it('gives the same words, keys, gaps and cores as the Unicode path', () => {
    const ascii = "BAKU, Azerbaijan's army said; Armenia's troops. Fighting -- near Tovuz.\n\nNew paragraph";
    // One non-ASCII character at the end sends the same words through the Unicode path.
    const unicode = `${ascii} é`;
    expect(strip(tokenize(ascii))).toEqual(strip(tokenize(unicode)).slice(0, -1));
  });

  it('joins words across ", " and ". " by the mark, across other gaps as joinGap does', () => {
    expect(tokenize('Sotk, Norabak. Tavush; Kalbajar (Lachin').map((t) => t.gap)).toEqual([null, ',', '.', ';', joinGap(' (')]);
  });
});

describe('tokens: Cyrillic stems', () => {
  it.each([
    ['Товузского', 'Товузск'],
    ['Тавушской', 'Тавушск'],
    ['Тавуше', 'Тавуш'],
    ['Кельбаджаре', 'Кельбаджар'],
    ['Гадрутом', 'Гадрут'],
    ['Товуз', 'Товуз'],
  ])('stems %s to %s', (word, stem) => {
    expect(cyrillicStem(fold(word))).toBe(stem);
  });

  it('leaves short words, and words in other scripts, without a stem', () => {
    expect(cyrillicStem('Баку')).toBe('Баку');
    expect(cyrillicStem('был')).toBeNull();
    expect(cyrillicStem('Tovuz')).toBeNull();
  });
});

describe('tokens: the word scan', () => {
  it('joins words by apostrophes, keeps letters outside the basic plane, and splits on everything else', () => {
    expect(tokenize("l'armée d’Arménie, 𝐀𝐁 x' 'y").map((t) => t.key)).toEqual(["l'armee", "d'Armenie", '𝐀𝐁', 'x', 'y']);
    expect(tokenize('e\u0301cole 12,5 Ağdam').map((t) => t.key)).toEqual(['ecole', '12', '5', 'Agdam']);
  });

  it('gives a core to a word holding the letter apostrophe ʼ', () => {
    expect(tokenize('Hayastanʼs army')[0]?.core?.key).toBe('Hayastan');
  });
});

describe('tokens: the token table', () => {
  const strip = (tokens: readonly Token[]) => tokens.map((t) => [t.start, t.end, t.key, t.lower, t.upper, t.stem, t.gap, t.core, t.hash]);
  const tokensOf = (table: TokenTable) => Array.from({ length: table.length }, (_, i) => table.at(i));

  it('reads one text after another into its array (growing it), each as tokenize reads it', () => {
    const table = new TokenTable(2);
    const texts = ["Azerbaijan's army and l'Arménie; BAKU, Товузского района. 12,5 x'y", 'Short one', "Hayastanʼs army — والاتفاق 𝐀𝐁 ecole\u0301 " + 'word '.repeat(300)];
    for (const text of texts) expect(strip(tokensOf(table.read(text)))).toEqual(strip(tokenize(text)));
  });

  it('makes each token once', () => {
    const table = new TokenTable().read('Baku and Yerevan');
    expect(table.at(1)).toBe(table.at(1));
    expect(table.hashAt(2)).toBe(table.at(2).hash);
  });

  it('marks plain ASCII words (no core) by their first letter', () => {
    const table = new TokenTable().read("the Hague Armenia's 2020 é");
    expect(Array.from({ length: table.length }, (_, i) => [table.plainAt(i, true), table.plainAt(i, false)])).toEqual([
      [true, false],
      [false, true],
      [false, false],
      [false, true],
      [false, false],
    ]);
  });
});

describe('tokens: the scan finds the words the pattern describes', () => {
  const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ՚][\p{L}\p{M}\p{N}]+)*/gu;
  // Letters, digits, marks, apostrophes, spaces, punctuation, a surrogate pair letter (𝐀) and a non-letter one (😀).
  const ALPHABET = ['a', 'Z', '7', 'é', 'ß', 'ı', 'Д', 'ա', 'ع', '\u0301', "'", '’', 'ʼ', '՚', ' ', '-', '.', '_', '\n', '𝐀', '😀', '—', '٣'];

  it('gives the words, offsets and ASCII hashes of random texts as the pattern and asciiHash do', () => {
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const table = new TokenTable(4);
    for (let round = 0; round < 400; round++) {
      let text = '';
      const length = next() % 40;
      for (let k = 0; k < length; k++) text += ALPHABET[next() % ALPHABET.length];
      table.read(text);
      const words = [...text.matchAll(WORD)];
      expect(table.length).toBe(words.length);
      words.forEach((m, i) => {
        const token = table.at(i);
        expect([token.start, token.end]).toEqual([m.index, m.index + m[0].length]);
        expect(token.hash).toBe(/^[\x00-\x7f]*$/.test(m[0]) ? asciiHash(m[0]) : -1);
      });
    }
  });
});
