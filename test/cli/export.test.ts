import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slugOf } from '../../src/publish/news-paths.js';
import { CHAYLI_PAGE, KHOJAVEND_PAGE, portalMarkdown, type PortalPage } from './reports.js';
import { run, tempDir } from './run.js';

describe('cli: export --format md', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let db: string;
  let out: string;
  beforeEach(async () => {
    tmp = await tempDir('export');
    db = join(tmp.path, 'db');
    out = join(tmp.path, 'portal');
    const pages = join(tmp.path, 'pages');
    await mkdir(pages);
    await writeFile(join(pages, '2010-09-01.md'), portalMarkdown(CHAYLI_PAGE));
    await writeFile(join(pages, '2017-02-25.md'), portalMarkdown(KHOJAVEND_PAGE));
    const ingest = await run(['ingest', pages, '--db', db]);
    expect(ingest.code).toBe(0);
  });
  afterEach(async () => tmp.dispose());

  /** Checks one day's page, and the entry page, against the imported page; returns the day page. */
  async function expectDay(page: PortalPage, other: PortalPage): Promise<void> {
    const [y, m, d] = page.date.split('-');
    const folder = join(out, 'news', y!, m!, d!);
    const day = await readFile(join(folder, 'index.md'), 'utf8');
    const lines = day.split('\n');
    expect(lines[0]).toBe(`### [${page.date}](/news/${y}/${m}/${d}/index.md)`);
    expect(lines).toContain(`# ${page.summary}`);
    expect(lines).toContain(page.details);
    const source = lines.indexOf('### Source:');
    const related = lines.indexOf('### Related:');
    expect(source).toBeGreaterThan(lines.indexOf(`# ${page.summary}`));
    expect(related).toBeGreaterThan(source);
    const sourceLines = lines.slice(source, related);
    page.sources.forEach((s, i) => expect(sourceLines).toContain(`${i + 1}. [${s.outlet}](${s.url})`));
    const relatedLines = lines.slice(related);
    for (const r of page.related) {
      expect(relatedLines.filter((l) => l.endsWith(`[${r.text}](${r.path}) _Context: ${r.context}_`))).toHaveLength(1);
    }
    expect(day).not.toContain(other.summary);

    const entries = (await readdir(folder)).filter((f) => f !== 'index.md');
    expect(entries).toEqual([`${slugOf(page.summary)}.md`]);
    expect(await readFile(join(folder, entries[0]!), 'utf8')).toBe(day);
  }

  it('writes a day page and an entry page per date, with heading, summary, sources and related entries', async () => {
    const result = await run(['export', '--format', 'md', '--out', out, '--db', db]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^2 entries written as 4 files under /);
    await expectDay(CHAYLI_PAGE, KHOJAVEND_PAGE);
    await expectDay(KHOJAVEND_PAGE, CHAYLI_PAGE);
    expect((await readdir(join(out, 'news'))).sort()).toEqual(['2010', '2017']);
  });

  it('keeps every entry, its sources and its related entries through export, import and export again', async () => {
    // A third page that shares the village with the Chayli page, so that export adds a related link of its own.
    const june: PortalPage = {
      date: '2010-06-18',
      summary: 'Four Armenian soldiers and one Azerbaijani soldier die in a night firefight near Chayli in the Tartar District.',
      details: 'Each side says the other opened fire first.',
      sources: [{ outlet: 'Evening Line', url: 'https://evening-line.example/2010/06/18/chayli' }],
      related: [],
    };
    await writeFile(join(tmp.path, 'june.md'), portalMarkdown(june));
    expect((await run(['ingest', join(tmp.path, 'june.md'), '--db', db])).code).toBe(0);
    expect((await run(['export', '--format', 'md', '--out', out, '--db', db])).code).toBe(0);
    const days = (await readdir(join(out, 'news'), { recursive: true })).filter((f) => f.endsWith('index.md')).map((f) => join(out, 'news', f));
    expect(days).toHaveLength(3);
    const chayli = await readFile(join(out, 'news', '2010', '09', '01', 'index.md'), 'utf8');
    expect(chayli).toContain(`[${june.summary}](/news/2010/06/18/${slugOf(june.summary)}.md) _Context: Chayli`);
    const again = join(tmp.path, 'again');
    const db2 = join(tmp.path, 'db2');
    expect((await run(['ingest', ...days, '--db', db2])).code).toBe(0);
    expect((await run(['export', '--format', 'md', '--out', again, '--db', db2])).code).toBe(0);
    for (const day of days) {
      const first = await readFile(day, 'utf8');
      const second = await readFile(join(again, day.slice(out.length)), 'utf8');
      expect(second).toBe(first);
    }
    const second = await readFile(join(again, 'news', '2010', '09', '01', 'index.md'), 'utf8');
    expect(second).toContain(`# ${CHAYLI_PAGE.summary}`);
    CHAYLI_PAGE.sources.forEach((src, i) => expect(second).toContain(`${i + 1}. [${src.outlet}](${src.url})`));
    for (const r of CHAYLI_PAGE.related) expect(second.split(`[${r.text}](${r.path}) _Context: ${r.context}_`)).toHaveLength(2);
    // The link export added is listed once, not once more as an imported entry.
    expect(second.split(`[${june.summary}]`)).toHaveLength(2);
  });

  it('refuses an unknown format', async () => {
    const result = await run(['export', '--format', 'docx', '--out', out, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^error: export format docx is not supported \(supported: md, html, csv, geojson, json\)/);
    expect(await readdir(tmp.path)).not.toContain('portal');
  });
});
