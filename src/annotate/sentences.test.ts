import { describe, expect, it } from 'vitest';
import { annotationsOf, createDocument } from '../model/document.js';
import type { LiveBlogSection } from '../model/report.js';
import { lastToken, sentences, spacesAt, splitSentences, startsSentence } from './sentences.js';
import { ctxOf, reportOf } from './test-helpers.js';

function split(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('sentences: punctuation', () => {
  it('splits at a period before a capital and keeps the spans tight', () => {
    const text = '  Two soldiers died. A third was hurt!  Was it shelling? ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Two soldiers died.', 'A third was hurt!', 'Was it shelling?']);
    expect(spans[0]).toMatchObject({ start: 2, end: 20, paragraph: 0 });
  });

  it('keeps closing quotes and brackets with the sentence they end', () => {
    expect(split('He said: "We lost four men." The army denied it. (It was night.) Talks resumed.')).toEqual([
      'He said: "We lost four men."',
      'The army denied it.',
      '(It was night.)',
      'Talks resumed.',
    ]);
  });

  it('splits before a digit or an opening quote', () => {
    expect(split('Fighting resumed. 12 homes burned. "It is over," she said.')).toEqual([
      'Fighting resumed.',
      '12 homes burned.',
      '"It is over," she said.',
    ]);
  });

  it.each([
    ['Mr. Petrosyan and Dr. Aliyeva met Gen. Hasanov.'],
    ['Lt. Col. Arakelyan spoke to Maj. Ibrahimov and Sgt. Karimov.'],
    ['The U.S. and the U.N. called for calm.'],
    ['Fighting started on Feb. 27 and ended on Sept. 2 near St. Gregory church.'],
    ['The letter was signed by A. Sargsyan and T. Mammadov.'],
    ['The toll rose to 1.5 million displaced in No. 4 district.'],
    ['See www.example.am/news/a.b.html for the statement.'],
  ])('does not split inside %s', (text) => {
    expect(split(text)).toEqual([text]);
  });

  it('does not split after an ordinal day before a month name', () => {
    expect(split('Am Dienstag, dem 4. Juli, griffen sie an.')).toEqual(['Am Dienstag, dem 4. Juli, griffen sie an.']);
  });

  it('does not split before a lower-case word', () => {
    expect(split('The shelling lasted approx. two hours, e.g. near the river.')).toHaveLength(1);
  });

  it('splits a sentence that runs into the next without a space', () => {
    expect(split('They attacked in the Lachin direction.Azerbaijani units returned fire.')).toEqual([
      'They attacked in the Lachin direction.',
      'Azerbaijani units returned fire.',
    ]);
  });

  it('does not split glued outlet names such as Trend.Az', () => {
    expect(split('Azernews.Az reported the clash, Trend.Az said.')).toHaveLength(1);
  });

  it('splits Arabic, Persian and Urdu text at their own stops', () => {
    expect(split('قتل جنديان. وأصيب ثلاثة آخرون؟ نعم')).toEqual(['قتل جنديان.', 'وأصيب ثلاثة آخرون؟', 'نعم']);
    expect(split('دو سرباز کشته شدند. سه نفر زخمی شدند.')).toEqual(['دو سرباز کشته شدند.', 'سه نفر زخمی شدند.']);
    expect(split('دو فوجی ہلاک ہوئے۔ تین زخمی ہوئے۔')).toEqual(['دو فوجی ہلاک ہوئے۔', 'تین زخمی ہوئے۔']);
  });

  it('splits Cyrillic sentences but not after a lower-case abbreviation', () => {
    expect(split('Погибли двое военных. Ещё трое ранены в 2020 г. в ходе боёв.')).toEqual([
      'Погибли двое военных.',
      'Ещё трое ранены в 2020 г. в ходе боёв.',
    ]);
  });

  it('does not split list numbers from their item', () => {
    expect(split('1. [First source](http://a.example/x)\n2. [Second source](http://b.example/y)')).toEqual([
      '1. [First source](http://a.example/x)',
      '2. [Second source](http://b.example/y)',
    ]);
  });
});

describe('sentences: lines and paragraphs', () => {
  it('ends a short unpunctuated line (headline, date line, byline) and numbers paragraphs', () => {
    const text = 'Border clash leaves two dead\n3 March 2021\nBy Ani Hakobyan\n\nTwo soldiers died on Monday. Talks stalled.\n\n\nA truce followed.';
    const spans = splitSentences(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Border clash leaves two dead', 0],
      ['3 March 2021', 0],
      ['By Ani Hakobyan', 0],
      ['Two soldiers died on Monday.', 1],
      ['Talks stalled.', 1],
      ['A truce followed.', 2],
    ]);
  });

  it('joins hard-wrapped lines of a PDF or e-mail text', () => {
    const text =
      'Officials in Baku said that two soldiers were killed and three were\n' +
      'wounded when positions near the village came under heavy fire\n' +
      'Armenian officials rejected the claim and accused the other side of\n' +
      'staging the incident.';
    expect(split(text)).toEqual([text]);
  });

  it('ends a tweet line with a picture link and the attribution line after it', () => {
    const text =
      'Our positions were shelled this morning #Tavush pic.twitter.com/AbC123xYz\n' +
      '— Defence Press (@defence_press) May 2, 2021\n' +
      'The ministry later confirmed one death.';
    expect(split(text)).toEqual([
      'Our positions were shelled this morning #Tavush pic.twitter.com/AbC123xYz',
      '— Defence Press (@defence_press) May 2, 2021',
      'The ministry later confirmed one death.',
    ]);
  });

  it('joins a line that ends with a function word or a comma to the next', () => {
    expect(split('The talks were held between the\nDefence Ministers of both countries,\nOfficials said.')).toHaveLength(1);
  });
});

describe('sentences: stage', () => {
  it('assigns sentence annotations with index, paragraph and live-blog section', () => {
    const text = 'Update 2 1100 CET\n\nShelling resumed. Two were hurt.\n\nUpdate 1 0900 CET\n\nQuiet night.';
    const sections: LiveBlogSection[] = [
      { start: 0, end: 52, label: 'Update 2 1100 CET', seq: 2, time: '11:00', zone: 'CET' },
      { start: 52, end: text.length, label: 'Update 1 0900 CET', seq: 1, time: '09:00', zone: 'CET' },
    ];
    const doc = sentences.run(createDocument(reportOf(text, { sections })), ctxOf());
    const found = annotationsOf(doc, 'sentence');
    expect(found.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'Update 2 1100 CET',
      'Shelling resumed.',
      'Two were hurt.',
      'Update 1 0900 CET',
      'Quiet night.',
    ]);
    expect(found.map((s) => [s.index, s.paragraph, s.section, s.by])).toEqual([
      [0, 0, 0, 'sentences.v1'],
      [1, 1, 0, 'sentences.v1'],
      [2, 1, 0, 'sentences.v1'],
      [3, 2, 1, 'sentences.v1'],
      [4, 3, 1, 'sentences.v1'],
    ]);
  });

  it('gives section null outside live-blog sections and leaves the input untouched', () => {
    const input = createDocument(reportOf('One line.'));
    const doc = sentences.run(input, ctxOf());
    expect(input.annotations).toHaveLength(0);
    expect(annotationsOf(doc, 'sentence')[0]).toMatchObject({ start: 0, end: 9, section: null });
  });
});

describe('sentences: the reads by character code', () => {
  const pieces = ['a', 'B', '1', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '.', '"', '“', '«', '(', '[', '¿', '—', '-', 'é', 'Ж', 'ж', '中', '\uD835', '\uDC00', ')', '’'];
  const randomTexts = (n: number): string[] => {
    let seed = 3;
    const out: string[] = [];
    for (let k = 0; k < n; k++) {
      let text = '';
      for (let i = 0; i < 8; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      out.push(text);
    }
    return out;
  };

  it('reads the white space after a stop, the character that may start a sentence, and the last token as the patterns do', () => {
    const SENTENCE_START = /[\p{Lu}\p{Lt}\p{Lo}\p{N}"'“‘«„(\[¿¡—–-]/u;
    for (let c = 0; c < 0x3000; c++) expect(startsSentence(String.fromCharCode(c), 0), String(c)).toBe(SENTENCE_START.test(String.fromCharCode(c)));
    for (const text of randomTexts(3000)) {
      for (let from = 0; from <= text.length; from++) {
        for (const limit of [from, Math.min(text.length, from + 3), text.length]) expect(spacesAt(text, from, limit)).toBe((/^\s*/.exec(text.slice(from, limit))?.[0] ?? '').length);
      }
      expect(lastToken(text)).toBe(/\S*$/.exec(text)?.[0] ?? '');
    }
  });
});
