import { parseHTML } from 'linkedom';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, fileSafe, httpUrl, renderSite, sitePaths } from './html.js';
import { archiveOf, claim, incident, place, report } from './test-helpers.js';

const PAYLOAD_SUMMARY = 'Shelling hits <script>window.pwned = 1</script> a village "near" the border & more.';
const PAYLOAD_PLACE = place('x"><script>alert(1)</script>', '<img src=x onerror="window.pwned=1">Chayli', 'village', 'AZE', 40.24, 46.89);
const PAYLOAD_SENTENCE = 'The ministry said <b onmouseover="window.pwned=1">two</b> soldiers were killed.';
const PAYLOAD_BACKGROUND = 'The war of the 1990s <a href="javascript:window.pwned=1">killed</a> over 30,000.';
const PAYLOAD_OUTLET = '<script>window.pwned=1</script>Gazette';
const PAYLOAD_LABEL = 'Update 2 <iframe src="javascript:parent.pwned=1"></iframe> 1500';

/**
 * Two incidents a day apart in one place: a story. The first is contested (Azerbaijan says two of
 * its soldiers died; the hostile outlet, in its own voice, says five), and a live blog whose update
 * label carries a payload revises Azerbaijan's figure, so the page shows a figure history.
 */
function hostileArchive() {
  const a = incident('inc-<a>', '2020-10-04', [PAYLOAD_PLACE], ['AZE', 'ARM'], {
    summary: PAYLOAD_SUMMARY,
    reportIds: ['r1', 'r2'],
    claims: [
      claim({ side: 'AZE', status: 'killed', min: 2, max: 2, claimant: 'AZE', sentence: PAYLOAD_SENTENCE, reportId: 'r1' }),
      claim({ side: 'AZE', status: 'killed', min: 5, max: 5, claimant: null, sentence: 'Five <u>soldiers</u> died, the paper counted.', reportId: 'r1', at: 100 }),
      claim({ side: 'ARM', status: 'wounded', min: 1, max: 1, claimant: 'ARM', sentence: 'One soldier was wounded, Yerevan said.', reportId: 'r2', at: 10 }),
      claim({ side: 'ARM', status: 'wounded', min: 3, max: 3, claimant: 'ARM', sentence: 'Three soldiers were wounded, Yerevan said later.', reportId: 'r2', at: 210 }),
      claim({ side: 'multiple', status: 'killed', min: 30000, max: null, claimant: null, date: '1994', sentence: PAYLOAD_BACKGROUND, reportId: 'r1', at: 300 }),
    ],
  });
  const b = incident('inc-b', '2020-10-05', [PAYLOAD_PLACE], ['AZE', 'ARM'], { reportIds: ['r3'] });
  const reports = [
    report('r1', PAYLOAD_OUTLET, 'javascript:window.pwned=1', { published: '2020-10-04' }),
    report('r2', 'Plain Outlet', 'https://plain.example/a?b=1&c="2"', {
      published: '2020-10-04',
      text: 'y'.repeat(400),
      sections: [
        { start: 0, end: 200, label: 'Update 1 0900', seq: 1, time: '09:00', zone: null },
        { start: 200, end: 400, label: PAYLOAD_LABEL, seq: 2, time: '15:00', zone: null },
      ],
    }),
    report('r3', 'Data Outlet', 'data:text/html,<script>window.pwned=1</script>'),
  ];
  const names = (code: string) => (code === 'AZE' ? 'Azerbaijan <i>' : code);
  return archiveOf([a, b], reports, names);
}

describe('portal html: escaping and links', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('links only absolute http(s) URLs with a host', () => {
    expect(httpUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(httpUrl(' HTTP://Example.org ')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//evil.example/x', '/news/a.md', 'https://', 'ftp://x.example', 'https://a.example/\u0000']) {
      expect(httpUrl(bad), bad).toBeNull();
    }
  });

  it('makes file names of ids safe for any file system and URL', () => {
    expect(fileSafe('inc-1a_B')).toBe('inc-1a_B');
    expect(fileSafe('a/../b')).toBe('a~2f~2e~2e~2fb');
    expect(fileSafe('')).toBe('~');
    expect(fileSafe('Ə')).toBe('~c6~8f');
  });

  it('renders pages with report text as text: no script, no event handler, no unsafe link', () => {
    const site = renderSite(hostileArchive());
    expect([...site.keys()]).toContain(sitePaths.incident('inc-<a>'));
    for (const [path, html] of site) {
      const { document } = parseHTML(html);
      expect(document.querySelectorAll('script').length, path).toBe(0);
      expect(document.querySelectorAll('img, iframe, object, embed, b, i, u').length, path).toBe(0);
      for (const element of document.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) expect(name.startsWith('on'), `${path}: ${name}`).toBe(false);
      }
      for (const a of document.querySelectorAll('a')) {
        const href = a.getAttribute('href')!;
        if (/^https?:/.test(href)) continue;
        expect(href, path).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\//i);
        // Every relative link leads to a page of the site.
        expect(site.has(posix.normalize(posix.join(posix.dirname(path), href))), `${path} -> ${href}`).toBe(true);
      }
    }
    const { document } = parseHTML(site.get(sitePaths.incident('inc-<a>'))!);
    expect(document.querySelector('h2')!.textContent).toBe(PAYLOAD_SUMMARY);
    expect([...document.querySelectorAll('blockquote')].map((q) => q.textContent)).toContain(PAYLOAD_SENTENCE);
    const sources = [...document.querySelectorAll('article ol')[0]!.querySelectorAll('li')];
    expect(sources.map((li) => li.textContent)).toEqual([PAYLOAD_OUTLET, 'Plain Outlet']);
    expect(sources[0]!.querySelector('a')).toBeNull();
    expect(sources[1]!.querySelector('a')!.getAttribute('href')).toBe('https://plain.example/a?b=1&c=%222%22');
    expect(document.title).toBe(PAYLOAD_SUMMARY);
  });

  it("shows the incident's claims ledger side by side: voices with evidence, estimate, contested marker and explanation", () => {
    const { document } = parseHTML(renderSite(hostileArchive()).get(sitePaths.incident('inc-<a>'))!);
    const ledger = document.querySelector('section.ledger')!;
    const headings = [...ledger.querySelectorAll('h4')].map((h) => h.textContent);
    expect(headings).toEqual(['ARM wounded', 'Azerbaijan <i> killed contested']);
    const killed = ledger.querySelectorAll('table')[1]!;
    const rows = [...killed.querySelectorAll('tr')].slice(1).map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent));
    expect(rows).toEqual([['Azerbaijan <i>', '2'], [`${PAYLOAD_OUTLET} (own voice)`, '5']]);
    expect([...killed.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual([PAYLOAD_SENTENCE, 'Five <u>soldiers</u> died, the paper counted.']);
    expect([...ledger.querySelectorAll('p.estimate')].map((p) => p.textContent)).toEqual([
      "Estimate: low 3 · best 3 · high 3 (best: the side's own figure); 1 independent source",
      "Estimate: low 2 · best 2 · high 5 (best: the side's own figure); 1 independent source",
    ]);
    const explanation = `Azerbaijan <i> killed: Azerbaijan <i> says 2 soldiers; ${PAYLOAD_OUTLET} says 5 soldiers`;
    expect([...ledger.querySelectorAll('p.contested')].map((p) => p.textContent)).toEqual([`Contested: ${explanation}`, explanation]);
    expect(document.querySelector('article h3')!.textContent).toMatch(/· contested$/);
    // A figure about another happening is shown apart, never in the ledger.
    const background = document.querySelector('section.background')!;
    expect(background.querySelector('blockquote')!.textContent).toBe(PAYLOAD_BACKGROUND);
    expect(background.querySelector('a')).toBeNull();
    expect(ledger.textContent).not.toContain('30000');
  });

  it('shows the figure history of a voice whose figure changed, with each update as written', () => {
    const site = renderSite(hostileArchive());
    const { document } = parseHTML(site.get(sitePaths.incident('inc-<a>'))!);
    const history = document.querySelector('section.history')!;
    expect([...history.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['ARM wounded, as ARM says']);
    const versions = [...history.querySelectorAll('li > span.version')].map((span) => span.textContent);
    expect(versions).toEqual(['v1 · 2020-10-04 09:00 (Update 1 0900) · 1 · superseded', `v2 · 2020-10-04 15:00 (${PAYLOAD_LABEL}) · 3 · current`]);
    // An incident whose figures never changed has no history section.
    expect(parseHTML(site.get(sitePaths.incident('inc-b'))!).document.querySelector('section.history')).toBeNull();
  });

  it('writes a page per day, incident, story, actor and place, and indexes that list them', () => {
    const archive = hostileArchive();
    const site = renderSite(archive);
    expect(archive.stories).toHaveLength(1);
    const expected = [
      'index.html', 'stories/index.html', 'actors/index.html', 'places/index.html',
      sitePaths.day('2020-10-04'), sitePaths.day('2020-10-05'),
      sitePaths.incident('inc-<a>'), sitePaths.incident('inc-b'),
      sitePaths.story(archive.stories[0]!.id), sitePaths.actor('AZE'), sitePaths.actor('ARM'), sitePaths.place(PAYLOAD_PLACE.placeId),
    ];
    expect([...site.keys()].sort()).toEqual(expected.sort());
    const story = parseHTML(site.get(sitePaths.story(archive.stories[0]!.id))!).document;
    expect([...story.querySelectorAll('li > a')].map((a) => a.textContent)).toEqual([PAYLOAD_SUMMARY, 'Summary of inc-b.']);
    expect([...story.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `2020-10-04: ${PAYLOAD_SUMMARY} Armed clash · ${PAYLOAD_PLACE.name} · 2 reportsARM wounded: 3; Azerbaijan <i> killed: 2 (2-5) contested`,
      `2020-10-05: Summary of inc-b. Armed clash · ${PAYLOAD_PLACE.name} · 1 report`,
    ]);
    const totals = [...story.querySelectorAll('table tr')].slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(totals).toEqual([['ARM', 'wounded', '3', '3', '3', ''], ['Azerbaijan <i>', 'killed', '2', '2', '5', 'contested']]);
    const actors = parseHTML(site.get('actors/index.html')!).document;
    expect([...actors.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['ARM (2)', 'Azerbaijan <i> (2)']);
  });

  it('forbids scripts by policy on every page', () => {
    for (const html of renderSite(hostileArchive()).values()) {
      const { document } = parseHTML(html);
      expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("script-src 'none'");
    }
  });
});
