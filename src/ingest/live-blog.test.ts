import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaFor } from './build-report.js';
import { findUpdateLabels, isLiveBlog, readLiveBlog } from './live-blog.js';

const FIXTURE = readFileSync(new URL('../../test/fixtures/ingest/live-blog.txt', import.meta.url), 'utf8');

describe('live-blog: sections', () => {
  const { report } = readLiveBlog(FIXTURE, metaFor('live.txt'));

  it('keeps the text unchanged', () => {
    expect(report.text).toBe(FIXTURE);
    expect(report.format).toBe('live-blog');
    expect(report.sourceMap).toEqual([{ start: 0, end: FIXTURE.length, rawStart: 0, rawEnd: FIXTURE.length }]);
  });

  it('lists each update with its label, sequence, time and zone, newest first as written', () => {
    expect(report.sections.map(({ label, seq, time, zone }) => ({ label, seq, time, zone }))).toEqual([
      { label: 'Update 3 1915 CET', seq: 3, time: '19:15', zone: 'CET' },
      { label: 'Update 2 - 14.05 CET', seq: 2, time: '14:05', zone: 'CET' },
      { label: 'Update 1 1020 CET', seq: 1, time: '10:20', zone: 'CET' },
    ]);
  });

  it('runs each section from its label to the next one, trailing blank lines left out', () => {
    const [third, second] = report.sections;
    expect(report.text.slice(third!.start, third!.end)).toBe(
      'Update 3 1915 CET\n\nThe defence ministry in Yerevan now says two soldiers were wounded near the village of Sotk. Officials in Baku have not commented on the figure.',
    );
    expect(report.text.slice(second!.start, second!.end)).toBe(
      'Update 2 - 14.05 CET\n\nLocal officials say a school building in the area was damaged. Nobody was inside at the time.',
    );
  });

  it('keeps the text after the last update body in the last section', () => {
    const last = report.sections.at(-1)!;
    expect(report.text.slice(last.start, last.end)).toMatch(/^Update 1 1020 CET\n\n.*\n\nEarlier reports mentioned small-arms fire during the night\.$/s);
  });

  it('puts the title and date line in no section', () => {
    expect(report.sections[0]!.start).toBe(FIXTURE.indexOf('Update 3'));
    expect(report.title).toBe('Shelling reported along the northern border (Updated 3)');
  });
});

describe('live-blog: labels', () => {
  it.each([
    ['Update 7 0905 GMT', { seq: 7, time: '09:05', zone: 'GMT' }],
    ['Update 12: 9.30 CET', { seq: 12, time: '09:30', zone: 'CET' }],
    ['Update 1430 CET', { seq: null, time: '14:30', zone: 'CET' }],
    ['  Update 4 - 23:59', { seq: 4, time: '23:59', zone: null }],
  ])('reads %j', (line, expected) => {
    const [label] = findUpdateLabels(`Intro\n${line}\nBody.`);
    expect(label).toMatchObject(expected);
    expect(label!.start).toBe(6 + line.indexOf('Update'));
  });

  it.each([
    'Update 3 2561 CET',
    'Update on the talks 1430 CET',
    'An update 3 1430 CET came later',
    'Update 3 1430 CET: fighting resumed',
  ])('ignores %j', (line) => {
    expect(findUpdateLabels(line)).toEqual([]);
  });

  it.each([
    ['14:05 — The ministry says two soldiers were wounded.', { time: '14:05', zone: null, label: '14:05' }],
    ['9.30am GMT: Shelling resumed near the border.', { time: '09:30', zone: 'GMT', label: '9.30am GMT' }],
    ['12:15 p.m. | Talks were postponed.', { time: '12:15', zone: null, label: '12:15 p.m.' }],
    ['12:40am - Sirens in the town.', { time: '00:40', zone: null, label: '12:40am' }],
    ['  07:00', { time: '07:00', zone: null, label: '07:00' }],
  ])('reads the time opening an update line %j', (line, expected) => {
    const [label] = findUpdateLabels(`Intro\n${line}\nBody.`);
    expect(label).toMatchObject({ seq: null, ...expected });
    expect(label!.start).toBe(6 + line.indexOf(expected.label));
  });

  it.each([
    'At 14:05 the ministry spoke.',
    '14:05 the ministry spoke.',
    '25:10 — not a time',
    '13:30pm — not a time',
    '14:65 — not a time',
  ])('reads no update in %j', (line) => {
    expect(findUpdateLabels(`Intro\n${line}\nBody.`)).toEqual([]);
  });

  it('reads a blog whose updates open with their times as sections, in the order written', () => {
    const text = 'Live: border clashes\n\n14:05 — Yerevan says two soldiers were wounded.\n\n13:40 — Baku says it has no losses.\n';
    expect(isLiveBlog(text)).toBe(true);
    const { report } = readLiveBlog(text, metaFor('live.txt'));
    expect(report.sections.map((s) => [s.time, text.slice(s.start, s.end)])).toEqual([
      ['14:05', '14:05 — Yerevan says two soldiers were wounded.'],
      ['13:40', '13:40 — Baku says it has no losses.'],
    ]);
  });

  it('needs two labels to call a text a live blog', () => {
    expect(isLiveBlog('Title\nUpdate 1 1000 CET\nText.')).toBe(false);
    expect(isLiveBlog(FIXTURE)).toBe(true);
  });
});
