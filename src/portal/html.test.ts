import { parseHTML } from 'linkedom';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportAnalysis } from '../model/analysis.js';
import { buildArchive } from './archive.js';
import { escapeHtml, fileSafe, httpUrl, renderSite, sitePaths } from './html.js';
import { claim, incident, place } from './test-helpers.js';

const PAYLOAD_SUMMARY = 'Shelling hits <script>window.pwned = 1</script> a village "near" the border & more.';
const PAYLOAD_PLACE = place('x"><script>alert(1)</script>', '<img src=x onerror="window.pwned=1">Chayli', 'village', 'AZE', 40.24, 46.89);
const PAYLOAD_SENTENCE = 'The ministry said <b onmouseover="window.pwned=1">two</b> soldiers were killed.';

/** A stored report, only as much as the archive reads of it (outlet, title, url, entry). */
function analysis(id: string, outlet: string, url: string): ReportAnalysis {
  return { doc: { report: { id, outlet, url, title: null, source: `${id}.txt`, entry: null } } } as unknown as ReportAnalysis;
}

function hostileArchive() {
  const a = incident('inc-<a>', '2020-10-04', [PAYLOAD_PLACE], ['AZE', 'ARM'], {
    summary: PAYLOAD_SUMMARY,
    reportIds: ['r1', 'r2'],
    claims: [claim({ side: 'AZE', status: 'killed', min: 2, max: 2, claimant: 'AZE', sentence: PAYLOAD_SENTENCE, reportId: 'r1' })],
  });
  const b = incident('inc-b', '2020-10-05', [PAYLOAD_PLACE], ['AZE', 'ARM'], { reportIds: ['r3'] });
  const analyses = [
    analysis('r1', '<script>window.pwned=1</script>Gazette', 'javascript:window.pwned=1'),
    analysis('r2', 'Plain Outlet', 'https://plain.example/a?b=1&c="2"'),
    analysis('r3', 'Data Outlet', 'data:text/html,<script>window.pwned=1</script>'),
  ];
  const names = (code: string) => (code === 'AZE' ? 'Azerbaijan <i>' : code);
  return buildArchive({ incidents: [a, b], analyses, names });
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
      expect(document.querySelectorAll('img, iframe, object, embed, b, i').length, path).toBe(0);
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
    expect(document.querySelector('blockquote')!.textContent).toBe(PAYLOAD_SENTENCE);
    const sources = [...document.querySelectorAll('article ol')[0]!.querySelectorAll('li')];
    expect(sources.map((li) => li.textContent)).toEqual(['<script>window.pwned=1</script>Gazette', 'Plain Outlet']);
    expect(sources[0]!.querySelector('a')).toBeNull();
    expect(sources[1]!.querySelector('a')!.getAttribute('href')).toBe('https://plain.example/a?b=1&c=%222%22');
    expect(document.title).toBe(PAYLOAD_SUMMARY);
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
    expect([...story.querySelectorAll('li')].map((li) => li.textContent)).toEqual([`2020-10-04: ${PAYLOAD_SUMMARY}`, '2020-10-05: Summary of inc-b.']);
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
