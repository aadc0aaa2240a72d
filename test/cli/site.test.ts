import { parse } from 'csv-parse/sync';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_COLUMNS } from '../../src/portal/analyst.js';
import { run, tempDir } from './run.js';

const LIVE_OUTLET = '<img src=x onerror="window.__pwned = \'live outlet\'">Live <b>Desk</b>';
const EXPLANATION = `Armenia killed: Armenia says 6 soldiers; ${LIVE_OUTLET} says 4 soldiers`;

/**
 * Reports written for this test, carrying script payloads in every field a page shows: title,
 * outlet, URL and the text (whose sentences become summaries and evidence).
 */
const HOSTILE = [
  {
    id: 'xss-1',
    url: 'javascript:window.__pwned = "url"',
    outlet: '<script>window.__pwned = "outlet"</script>Border Gazette',
    published: '2021-11-17',
    title: 'Clash on the border <img src=x onerror="window.__pwned = \'title\'">',
    format: 'text',
    text:
      'Clash on the border <img src=x onerror="window.__pwned = \'title\'">\n\n' +
      "Armenia's Defence Ministry said six of its soldiers were killed on Tuesday in clashes with Azerbaijani forces near Sotk <script>window.__pwned = 'text'</script>. " +
      'The ministry said the fighting <b onmouseover="window.__pwned=1">stopped</b> in the evening.\n',
  },
  {
    id: 'xss-2',
    // The next day, far from Sotk: another incident of the same story.
    url: 'https://wire.example/2021/11/18/clash?a=1&b="2"',
    outlet: 'Wire "Desk" & Co',
    published: '2021-11-18',
    title: 'Azerbaijan reports losses <svg onload="window.__pwned = \'svg\'">',
    format: 'text',
    text:
      'Azerbaijan reports losses <svg onload="window.__pwned = \'svg\'">\n\n' +
      "Azerbaijan's Defence Ministry said seven of its soldiers were killed on Wednesday near Tovuz, and blamed Armenian units <iframe src=\"javascript:parent.__pwned='iframe'\"></iframe>.\n",
  },
  {
    // A live blog: Armenia's figure is revised (a figure history of two versions), and the blog's
    // own voice disagrees with it, so the ledger's contested explanation names this outlet.
    id: 'xss-3',
    url: 'https://live.example/blog',
    outlet: LIVE_OUTLET,
    published: '2021-11-16',
    title: 'Border fighting: live <script>window.__pwned = "live"</script>',
    format: 'text',
    text:
      'Border fighting: live <script>window.__pwned = "live"</script>\n16 November 2021\n\n' +
      'Update 2 1700 CET\n\n' +
      "Armenia's Defence Ministry now says six of its soldiers were killed near Sotk <svg onload=\"window.__pwned = 'svg2'\">.\n\n" +
      'Four Armenian soldiers were killed near Sotk on Tuesday <iframe src="javascript:parent.__pwned=\'iframe2\'"></iframe>.\n\n' +
      'Update 1 1000 CET\n\n' +
      "Armenia's Defence Ministry said two of its soldiers were killed near Sotk.\n",
  },
];

/** Chromium from Debian's `chromium` package, or the path in DATELINE_CHROMIUM. */
const CHROMIUM = [process.env['DATELINE_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p !== undefined && p !== '' && existsSync(p));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}

describe('cli: export --format html, csv, geojson, json', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let db: string;
  beforeAll(async () => {
    tmp = await tempDir('site');
    db = join(tmp.path, 'db');
    await writeFile(join(tmp.path, 'hostile.jsonl'), HOSTILE.map((r) => JSON.stringify(r)).join('\n'));
    expect((await run(['ingest', join(tmp.path, 'hostile.jsonl'), '--db', db])).code).toBe(0);
  });
  afterAll(async () => tmp.dispose());

  it('writes a site whose pages hold no script element and no unsafe link', async () => {
    const out = join(tmp.path, 'site');
    const result = await run(['export', '--format', 'html', '--out', out, '--db', db]);
    expect(result.code).toBe(0);
    const files = (await filesUnder(out)).map((f) => relative(out, f));
    expect(files).toContain('index.html');
    expect(files.some((f) => f.startsWith('incidents/'))).toBe(true);
    expect(files.some((f) => f.startsWith('places/'))).toBe(true);
    for (const file of files) {
      const html = await readFile(join(out, file), 'utf8');
      // Tags and attributes only: the same words escaped as text (`&lt;script&gt;`, `onerror=&quot;`) are fine.
      expect(html, file).not.toMatch(/<(script|img|svg|iframe)\b|\son\w+="|href="(?!https?:\/\/|\.\.\/|[a-z]+\/|index\.html")/i);
    }
  });

  it("shows the claims ledger, the figure history and the story's timeline and totals, as text", async () => {
    const out = join(tmp.path, 'site-ledger');
    expect((await run(['export', '--format', 'html', '--out', out, '--db', db])).code).toBe(0);
    const pages = await Promise.all((await filesUnder(out)).map(async (f) => ({ file: relative(out, f), document: parseHTML(await readFile(f, 'utf8')).document })));
    const contested = pages.filter((p) => p.file.startsWith('incidents/') && p.document.querySelector('section.ledger p.contested'));
    expect(contested).toHaveLength(1);
    const { document } = contested[0]!;
    expect([...document.querySelectorAll('p.contested')].map((p) => p.textContent)).toEqual([`Contested: ${EXPLANATION}`, EXPLANATION]);
    expect(document.querySelector('p.estimate')!.textContent).toBe("Estimate: low 4 · best 6 · high 6 (best: the side's own figure); 2 independent sources");
    const voices = [...document.querySelectorAll('section.ledger tr td:first-child')].map((td) => td.textContent);
    expect(voices).toEqual(['Armenia', `${LIVE_OUTLET} (own voice)`]);
    expect([...document.querySelectorAll('section.history span.version')].map((v) => v.textContent)).toEqual([
      'v1 · 2021-11-16 10:00 (Update 1 1000 CET) · 2 · superseded',
      'v2 · 2021-11-16 17:00 (Update 2 1700 CET) · 6 · current',
    ]);
    // The story page is the story of `dateline stories`: the same incidents, timeline and totals.
    const stories = JSON.parse((await run(['stories', '--json', '--db', db])).out) as { id: string; incidentIds: string[]; totals: { side: string; best: number }[] }[];
    expect(stories).toHaveLength(1);
    const story = pages.find((p) => p.file === `stories/${stories[0]!.id}.html`)!.document;
    expect([...story.querySelectorAll('li > a')].map((a) => a.getAttribute('href'))).toEqual(stories[0]!.incidentIds.map((id) => `../incidents/${id}.html`));
    const totals = [...story.querySelectorAll('table tr')].slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(totals.map((t) => [t[1], t[3]])).toEqual(stories[0]!.totals.map((t) => ['killed', String(t.best)]));
    expect(totals.find((t) => t[0] === 'Armenia')).toEqual(['Armenia', 'killed', '4', '6', '6', 'contested']);
  });

  it('writes CSV that a CSV reader reads with ACLED columns and numbers as numbers', async () => {
    const out = join(tmp.path, 'csv');
    expect((await run(['export', '--format', 'csv', '--out', out, '--db', db])).code).toBe(0);
    const rows = parse(await readFile(join(out, 'incidents.csv'), 'utf8'), { columns: true, cast: true }) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!).slice(0, ACLED_COLUMNS.length)).toEqual([...ACLED_COLUMNS]);
    for (const row of rows) {
      expect(row['event_date']).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(typeof row['fatalities']).toBe('number');
      expect(['number', 'string'].includes(typeof row['latitude']) && (row['latitude'] === '' || typeof row['latitude'] === 'number')).toBe(true);
    }
    expect(rows.map((r) => r['fatalities'] as number).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    // The ledger's flag and explanation; fatalities the ledger's low estimates (Armenia: 4 of 6 and 4).
    const contested = rows.filter((r) => r['contested'] === 'true');
    expect(contested.map((r) => [r['contested_because'], r['fatalities'], r['fatalities_best']])).toEqual([[EXPLANATION, 4, 6]]);
  });

  it('writes GeoJSON and JSON that parse', async () => {
    const out = join(tmp.path, 'data');
    expect((await run(['export', '--format', 'geojson', '--out', out, '--db', db])).code).toBe(0);
    expect((await run(['export', '--format', 'json', '--out', out, '--db', db])).code).toBe(0);
    const geo = JSON.parse(await readFile(join(out, 'incidents.geojson'), 'utf8')) as { type: string; features: unknown[] };
    const archive = JSON.parse(await readFile(join(out, 'archive.json'), 'utf8')) as { incidents: { claims: unknown[] }[] };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(archive.incidents.length);
    expect(archive.incidents.flatMap((i) => i.claims).length).toBeGreaterThan(0);
  });

  describe.skipIf(CHROMIUM === undefined)(`in Chromium (${CHROMIUM ?? 'not installed: apt-get install chromium, or set DATELINE_CHROMIUM'})`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM!,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
    });
    afterAll(async () => browser?.close());

    it('opens every page from disk with no console error, no script run and working links', async () => {
      const out = join(tmp.path, 'site-chromium');
      expect((await run(['export', '--format', 'html', '--out', out, '--db', db])).code).toBe(0);
      const files = await filesUnder(out);
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' || m.type() === 'warning' ? problems.push(`console ${m.type()}: ${m.text()}`) : undefined));
      page.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
      page.on('dialog', (d) => void problems.push(`dialog: ${d.message()}`));
      page.on('requestfailed', (r) => void problems.push(`request failed: ${r.url()}`));
      let links = 0;
      for (const file of files) {
        const url = pathToFileURL(file).href;
        await page.goto(url);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), file).toBeUndefined();
        expect(await page.locator('script, img, svg, iframe').count(), file).toBe(0);
        // Every link within the site leads to a page that exists on disk.
        for (const href of await page.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
          if (!href.startsWith('file:')) {
            expect(href, file).toMatch(/^https?:\/\//);
            continue;
          }
          links++;
          expect(existsSync(new URL(href)), `${file} -> ${href}`).toBe(true);
        }
      }
      expect(links).toBeGreaterThan(files.length);
      // The payload text is shown as text.
      const incident = files.find((f) => f.includes('/incidents/'))!;
      await page.goto(pathToFileURL(incident).href);
      expect(await page.locator('main').innerText()).toMatch(/<script>window.__pwned = "outlet"<\/script>Border Gazette|Wire "Desk" & Co/);
      // The contested explanation, naming a hostile outlet, is shown as text.
      let shown = 0;
      for (const file of files.filter((f) => f.includes('/incidents/'))) {
        await page.goto(pathToFileURL(file).href);
        if ((await page.locator('main').innerText()).includes(EXPLANATION)) shown++;
      }
      expect(shown).toBe(1);
      expect(problems).toEqual([]);
    });
  });
});
