import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../model/report.js';
import { metaFor } from './build-report.js';
import { isHardWrapped, readPdfText } from './pdf-text.js';
import { toRawSpan } from './source-map.js';

const FIXTURE = readFileSync(new URL('../../test/fixtures/ingest/pdf-text.txt', import.meta.url), 'utf8');

function expectMappedRunsExact(report: Report): void {
  for (const seg of report.sourceMap) {
    expect(report.text.slice(seg.start, seg.end)).toBe(report.raw.slice(seg.rawStart, seg.rawEnd));
  }
}

describe('pdf-text: reader', () => {
  const { report } = readPdfText(FIXTURE, metaFor('bulletin.txt'));

  it('joins wrapped lines, mends hyphenation and drops page furniture', () => {
    expect(report.text).toBe(
      'Ceasefire Violations Reported in the North\n\n' +
        'Observers recorded repeated violations of the ceasefire along the international border during the week. ' +
        'The shelling damaged houses in the village of Sotk, and local officials said two civilians were wounded. ' +
        'The Nagorno-Karabakh authorities reported no losses.\n\n' +
        'A second incident took place on Thursday, when a patrol came under fire near the reservoir. ' +
        'No one was hurt, according to the defence ministry.',
    );
    expect(report.format).toBe('pdf-text');
    expect(report.title).toBe('Ceasefire Violations Reported in the North');
    expect(report.raw).toBe(FIXTURE);
  });

  it('maps every copied run to the same characters of the raw text', () => {
    expectMappedRunsExact(report);
    expect(report.sourceMap.length).toBeGreaterThan(5);
  });

  it('maps a mended word back to the hyphenated raw text', () => {
    const start = report.text.indexOf('international');
    const span = toRawSpan(report, { start, end: start + 'international'.length });
    expect(FIXTURE.slice(span!.start, span!.end)).toBe('inter-\nnational');
  });

  it('maps a sentence joined across a page break to raw text that holds the furniture', () => {
    const start = report.text.indexOf('near the reservoir');
    const span = toRawSpan(report, { start, end: start + 'near the reservoir'.length });
    expect(FIXTURE.slice(span!.start, span!.end)).toBe('near \n3\n\fBorder Monitoring Bulletin\nthe reservoir');
  });

  it('leaves the joining spaces unmapped', () => {
    const joint = report.text.indexOf(' of Sotk');
    expect(toRawSpan(report, { start: joint, end: joint + 1 })).toBeNull();
  });
});

describe('pdf-text: line rules', () => {
  const read = (raw: string): string => readPdfText(raw, metaFor('x.txt')).report.text;

  it('keeps a hyphen that the document writes elsewhere', () => {
    expect(read('The conflict is a decades-long dispute. It is a decades-\nlong stand-off in the region.')).toBe(
      'The conflict is a decades-long dispute. It is a decades-long stand-off in the region.',
    );
  });

  it.each([
    ['12', true],
    ['- 4 -', true],
    ['Page 3 of 9', true],
    ['page 3', true],
    ['3 / 9', true],
    ['Thirty people were displaced.', false],
  ])('treats %j as page furniture: %s', (line, dropped) => {
    const text = read(`Officials said the road was closed\n${line}\nfor two days.`);
    expect(text.includes(line)).toBe(!dropped);
  });

  it('drops a short line repeated three times when there are no form feeds, as a page break', () => {
    const raw = 'Weekly Review\nFirst report of shelling in the\nnorth.\nWeekly Review\nSecond report of fire near\nWeekly Review\nthe lake.';
    expect(read(raw)).toBe('First report of shelling in the north.\n\nSecond report of fire near the lake.');
  });

  it('keeps paragraph breaks and short lines that end a sentence', () => {
    expect(read('Short line one.\nShort line two.\n\nNew paragraph.')).toBe('Short line one.\nShort line two.\n\nNew paragraph.');
  });

  it('detects hard-wrapped text but not one paragraph per line', () => {
    expect(isHardWrapped(FIXTURE)).toBe(true);
    expect(isHardWrapped('One paragraph per line here.\nAnother one follows.\nAnd a third.\nA fourth.')).toBe(false);
  });
});

describe('pdf-text: lines that are not part of a sentence', () => {
  const read = (raw: string): string => readPdfText(raw, metaFor('x.txt')).report.text;

  it('keeps a date line under a URL line on its own line', () => {
    const raw = [
      'CLASH ON THE LINE OF CONTACT',
      'http://news.example.org/world/europe/123456.stm',
      '2008/03/05 11:25:06 GMT',
      'Armenia and Azerbaijan traded accusations after a night of fighting along',
      'the line of contact, officials in both capitals said on Wednesday morning.',
    ].join('\n');
    const text = read(raw);
    expect(text).toContain('123456.stm\n2008/03/05 11:25:06 GMT\n');
    expect(text).toContain('fighting along the line of contact');
  });

  it('still joins a number that continues a sentence', () => {
    const raw = 'The shelling went on through the night, and officials said it had killed\n12 soldiers and wounded several more in the villages.';
    expect(read(raw)).toContain('killed 12 soldiers');
  });
});
