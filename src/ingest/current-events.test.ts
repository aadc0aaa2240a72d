import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaFor } from './build-report.js';
import { isCurrentEvents, readCurrentEvents } from './current-events.js';
import { toRawSpan } from './source-map.js';

const FIXTURE = readFileSync(new URL('../../test/fixtures/ingest/current-events.md', import.meta.url), 'utf8');

describe('current-events: reader', () => {
  const { report, messages } = readCurrentEvents(FIXTURE, metaFor('2014-08-02.md'));
  const FIRST =
    'Azerbaijani and Armenian forces exchange fire along the line of contact near Nagorno-Karabakh. Baku says five of its soldiers were killed overnight.';
  const SECOND = 'Yerevan says the attack was pushed back and denies any losses on its side.';

  it('makes the text the summary paragraphs only, without the heading marker', () => {
    expect(report.text).toBe(`${FIRST}\n\n${SECOND}`);
    expect(report.format).toBe('current-events');
    expect(messages).toEqual([]);
  });

  it('copies each paragraph verbatim from the raw text', () => {
    expect(report.sourceMap).toEqual([
      { start: 0, end: FIRST.length, rawStart: FIXTURE.indexOf(FIRST), rawEnd: FIXTURE.indexOf(FIRST) + FIRST.length },
      { start: FIRST.length + 2, end: report.text.length, rawStart: FIXTURE.indexOf(SECOND), rawEnd: FIXTURE.indexOf(SECOND) + SECOND.length },
    ]);
    const start = report.text.indexOf('five of its soldiers');
    const span = toRawSpan(report, { start, end: start + 20 });
    expect(FIXTURE.slice(span!.start, span!.end)).toBe('five of its soldiers');
  });

  it('dates the entry from its heading link, padded', () => {
    expect(report.entry!.date).toBe('2014-08-02');
    expect(report.published).toEqual({ value: '2014-08-02', precision: 'day' });
    expect(report.publishedOrigin).toBe('heading');
  });

  it('lists the sources, leaving out the cover image', () => {
    expect(report.entry!.sources).toEqual([{ outlet: 'Example Wire', url: 'http://example.org/wire/2014/08/02/clash' }]);
  });

  it('lists related entries with their dates and context, outside the text', () => {
    expect(report.entry!.related).toEqual([
      {
        text: 'Talks between the two foreign ministers end without agreement on monitoring the ceasefire.',
        path: '/news/2014/07/30/talks-between-the-two-foreign-ministers-end-without-agreement.md',
        date: '2014-07-30',
        context: ['Armenia', 'Azerbaijan', 'Nagorno-Karabakh conflict'],
      },
      {
        text: 'A soldier is reported killed by sniper fire near the border (the second [such] case this month).',
        path: '/news/2014/7/9/a-soldier-is-reported-killed-by-sniper-fire.md',
        date: '2014-07-09',
        context: ['Azerbaijan'],
      },
    ]);
    expect(report.text).not.toContain('sniper');
  });

  it('keeps the summary as the entry summary', () => {
    expect(report.entry!.summary).toBe(report.text);
  });
});

describe('current-events: other pages', () => {
  it('recognises the entry heading', () => {
    expect(isCurrentEvents(FIXTURE)).toBe(true);
    expect(isCurrentEvents('### Related:\n\n1. [x](/news/2014/7/9/x.md)')).toBe(false);
  });

  it('reads a page without a valid heading as markdown, with a warning', () => {
    const { report, messages } = readCurrentEvents('### [2014-13-40](/news/2014/13/40/index.md)\n\n# A summary.', metaFor('bad.md'));
    expect(report.format).toBe('markdown');
    expect(messages[0]).toMatchObject({ severity: 'warning', code: 'E_INGEST_FORMAT' });
  });

  it('refuses a page with an empty summary', () => {
    expect(() => readCurrentEvents('### [2014-08-02](/news/2014/08/2/index.md)\n\n### Source:\n', metaFor('e.md'))).toThrow(
      /E_INGEST_NO_TEXT/,
    );
  });
});
