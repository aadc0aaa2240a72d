import { describe, expect, it } from 'vitest';
import { createDocument } from '../model/document.js';
import { countWords, detectLanguage, language, scanSample } from './language.js';
import { ctxOf, reportOf } from './test-helpers.js';

describe('language: detection', () => {
  it.each([
    ['en', 'The ministry said two soldiers were killed and three were wounded in clashes on the border overnight.'],
    ['ru', 'Министерство сообщило, что двое военнослужащих погибли и трое получили ранения в ходе боев на границе.'],
    ['ar', 'أعلنت وزارة الدفاع أن جنديين قتلا وأصيب ثلاثة آخرون في الاشتباكات على الحدود الليلة الماضية.'],
    ['fa', 'وزارت دفاع اعلام کرد که دو سرباز در درگیری های مرزی کشته و سه نفر دیگر زخمی شدند.'],
    ['fr', 'Le ministère a indiqué que deux soldats ont été tués et trois blessés lors des affrontements à la frontière.'],
    ['de', 'Das Ministerium teilte mit, dass zwei Soldaten getötet und drei weitere bei den Kämpfen an der Grenze verletzt wurden.'],
    ['nl', 'Het ministerie meldde dat twee soldaten zijn omgekomen en drie gewond raakten bij de gevechten aan de grens.'],
    ['es', 'El ministerio informó que dos soldados murieron y tres resultaron heridos durante los enfrentamientos en la frontera.'],
    ['pt', 'O ministério informou que dois soldados morreram e três ficaram feridos durante os confrontos na fronteira.'],
    ['it', 'Il ministero ha comunicato che due soldati sono morti e tre sono rimasti feriti negli scontri al confine.'],
    ['tr', 'Bakanlık yaptığı açıklamada, sınır hattında çıkan çatışmada iki askerin hayatını kaybettiğini ve üç askerin yaralandığını bildirdi.'],
    ['et', 'Ministeeriumi sõnul hukkus piiril vähemalt kolm sõdurit ja mitu inimest sai vigastada, olukord oli pärast seda rahulik.'],
    ['is', 'Tveir hermenn eru sagðir hafa fallið í átökum við landamærin í gær og þrír aðrir særðust, að sögn hersins.'],
    ['te', 'సరిహద్దులో జరిగిన ఘర్షణల్లో ఇద్దరు సైనికులు మరణించారని రక్షణ మంత్రిత్వ శాఖ తెలిపింది.'],
    ['hy', 'Պաշտպանության նախարարությունը հայտնել է, որ սահմանին զոհվել է երկու զինծառայող։'],
    ['ka', 'თავდაცვის სამინისტროს ცნობით, საზღვარზე ორი ჯარისკაცი დაიღუპა.'],
  ])('detects %s', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it.each([
    ['ru', 'Двое погибли'],
    ['hy', 'Երկու զոհ'],
    ['fa', 'دو کشته'],
    ['ar', 'قتيلان'],
    ['te', 'ఇద్దరు మృతి'],
    ['en', 'Two dead'],
    ['en', '12 / 14 — 2020'],
    ['en', ''],
  ])('falls back to the script for the short text %#', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });
});

describe('language: stage', () => {
  it('sets doc.language when the report has none', () => {
    const doc = language.run(createDocument(reportOf('Двое военнослужащих погибли при обстреле позиций на границе.')), ctxOf());
    expect(doc.language).toBe('ru');
    expect(doc.annotations).toHaveLength(0);
  });

  it('keeps the language the report metadata gives', () => {
    const input = createDocument(reportOf('Two soldiers were killed on the border.', { language: 'de' }));
    expect(language.run(input, ctxOf())).toBe(input);
  });
});

describe('language: counting words', () => {
  it('counts runs of letters of any script, as \\p{L}+ does', () => {
    for (const text of ['Four soldiers died.', 'Двое военнослужащих погибли', 'x1y é\u0301t 𝐀𝐁', 'a\uD800b', '']) {
      expect(countWords(text)).toBe((text.match(/\p{L}+/gu) ?? []).length);
    }
  });
});

/** The scripts' ranges of language.ts, in its order (latin, cyrillic, arabic, hy, ka, te, he, el, hi, ja, zh, ko). */
const RANGES_FOR_TEST: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [
  [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f]],
  [[0x400, 0x4ff]],
  [[0x600, 0x6ff], [0x750, 0x77f], [0xfb50, 0xfdff], [0xfe70, 0xfeff]],
  [[0x531, 0x58f]],
  [[0x10a0, 0x10ff], [0x1c90, 0x1cbf]],
  [[0xc00, 0xc7f]],
  [[0x590, 0x5ff]],
  [[0x370, 0x3ff]],
  [[0x900, 0x97f]],
  [[0x3040, 0x30ff]],
  [[0x4e00, 0x9fff]],
  [[0xac00, 0xd7af]],
];

describe('language: one pass over the sample', () => {
  it('counts what the patterns count: runs of letters, Icelandic letters, an õ', () => {
    const texts = [
      'The ministry said THE_the the1 THE, ofof of_ and-and tHaT 2the été-the thé the\u0301 ſaid said',
      'Það var þá sem ðe Þór ÐÞ said 𝐀𝐁the the𝐀 a\uD800the \uDC00of',
      'Двое погибли, the ministry — and its õ',
      'Ağdam-da 3 hərbçi həlak olub; Հայաստան ქართული 日本 한국 עברית Ελλάδα हिंदी తెలుగు پچژ عربي',
      'a—b c1d  e\nf\tg',
      '',
    ];
    for (const text of texts) {
      const counts = scanSample(text);
      expect(counts.words).toBe(countWords(text));
      expect(counts.icelandic).toBe((text.match(/[ðþÐÞ]/g) ?? []).length);
      expect(counts.otilde).toBe(text.includes('õ'));
      // Letters per script: each UTF-16 unit in the first script whose ranges hold it (the reference).
      const byUnits = new Array<number>(counts.scripts.length).fill(0);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const k = RANGES_FOR_TEST.findIndex((ranges) => ranges.some(([from, to]) => c >= from && c <= to));
        if (k >= 0) byUnits[k]!++;
      }
      expect(counts.scripts).toEqual(byUnits);
    }
  });
});
