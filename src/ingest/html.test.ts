import { describe, expect, it } from 'vitest';
import type { Message } from '../model/message.js';
import { metaFor } from './build-report.js';
import { isHtml, readHtml } from './html.js';

const BODY = [
  'Four soldiers were killed on Friday near the border village of Sotk, the defence ministry in Yerevan said in a statement.',
  'Officials in Baku said their forces had returned fire after an attack on their positions overnight, and that two of their soldiers were wounded.',
  'Both sides accused the other of starting the fighting, which came a day after talks between the foreign ministers ended without agreement.',
];

function page(head: string, options: { closed?: boolean; lang?: string; bodyStart?: string } = {}): string {
  const html =
    `<!DOCTYPE html><html lang="${options.lang ?? 'en-GB'}"><head><title>Soldiers killed in border clash - Example News</title>${head}</head>` +
    `<body>${options.bodyStart ?? ''}<nav><a href="/">Home</a> <a href="/world">World</a></nav>` +
    `<article><h1>Soldiers killed in border clash</h1>${BODY.map((p) => `<p>${p}</p>`).join('\n')}` +
    '<script>document.write("never run")</script></article>';
  return options.closed === false ? html : `${html}<footer>Copyright</footer></body></html>`;
}

const warnings = (messages: Message[]): Message[] => messages.filter((m) => m.severity === 'warning');

describe('html: text', () => {
  it('joins the article paragraphs by blank lines, without navigation, headline or scripts', () => {
    const { report, messages } = readHtml(page(''), metaFor('page.html'));
    expect(report.text).toBe(BODY.join('\n\n'));
    expect(report.format).toBe('html');
    expect(report.text).not.toContain('never run');
    expect(warnings(messages)).toEqual([]);
  });

  it('keeps the HTML as raw and maps paragraphs found verbatim in it', () => {
    const raw = page('');
    const { report } = readHtml(raw, metaFor('page.html'));
    expect(report.raw).toBe(raw);
    const start = report.text.indexOf(BODY[1]!);
    const seg = report.sourceMap.find((s) => s.start === start)!;
    expect(raw.slice(seg.rawStart, seg.rawEnd)).toBe(BODY[1]);
  });

  it('reads a truncated page with a warning', () => {
    const { report, messages } = readHtml(page('', { closed: false }), metaFor('cut.html'));
    expect(report.text).toContain(BODY[2]);
    expect(warnings(messages)).toHaveLength(1);
    expect(warnings(messages)[0]).toMatchObject({ code: 'E_INGEST_HTML', origin: 'ingest.html' });
    expect(warnings(messages)[0]!.reason).toContain('truncated');
  });

  it('refuses a page with no readable text', () => {
    expect(() => readHtml('<html><body><script>var x = 1;</script></body></html>', metaFor('empty.html'))).toThrow(/E_INGEST_NO_TEXT/);
  });
});

describe('html: metadata', () => {
  it('reads title, canonical URL, outlet, publication day and language', () => {
    const head =
      '<meta property="og:site_name" content="Example News">' +
      '<meta property="article:published_time" content="2023-09-01T23:30:00-05:00">' +
      '<link rel="canonical" href="https://example.org/world/clash">';
    const { report } = readHtml(page(head), metaFor('page.html'));
    expect(report.title).toBe('Soldiers killed in border clash');
    expect(report.url).toBe('https://example.org/world/clash');
    expect(report.outlet).toBe('Example News');
    expect(report.published).toEqual({ value: '2023-09-01', precision: 'day' });
    expect(report.publishedOrigin).toBe('metadata');
    expect(report.language).toBe('en');
  });

  it.each([
    ['JSON-LD', '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2020-10-17T08:00:00Z"}]}</script>'],
    ['itemprop', '<meta itemprop="datePublished" content="2020-10-17">'],
    ['og:published_time', '<meta property="og:published_time" content="2020-10-17">'],
  ])('reads the publication day from %s', (_, head) => {
    expect(readHtml(page(head), metaFor('p.html')).report.published).toEqual({ value: '2020-10-17', precision: 'day' });
  });

  it('reads the publication day from a <time datetime> element', () => {
    const raw = page('', { bodyStart: '<p class="byline">By a reporter, <time datetime="2020-10-17T10:00">17 October</time></p>' });
    expect(readHtml(raw, metaFor('p.html')).report.published).toEqual({ value: '2020-10-17', precision: 'day' });
  });

  it('skips broken JSON-LD and takes the outlet from the URL host', () => {
    const head = '<script type="application/ld+json">{broken</script><meta property="og:url" content="https://www.example.net/a/1">';
    const { report } = readHtml(page(head), metaFor('p.html'));
    expect(report.published).toBeNull();
    expect(report.url).toBe('https://www.example.net/a/1');
    expect(report.outlet).toBe('example.net');
  });

  it('lets the input metadata win over the page', () => {
    const meta = {
      ...metaFor('a.jsonl:2'),
      id: 'r9',
      title: 'Given',
      outlet: 'Given Outlet',
      published: { value: '2020-01-02', precision: 'day' as const },
      publishedOrigin: 'input' as const,
    };
    const { report } = readHtml(page('<meta property="og:site_name" content="Example News">'), meta);
    expect([report.title, report.outlet, report.published?.value, report.publishedOrigin]).toEqual(['Given', 'Given Outlet', '2020-01-02', 'input']);
  });

  it('ignores a language tag that is not an ISO 639-1 code', () => {
    expect(readHtml(page('', { lang: 'fil' }), metaFor('p.html')).report.language).toBeNull();
  });

  it('recognises an HTML page by its start', () => {
    expect(isHtml('  <!doctype html><html>')).toBe(true);
    expect(isHtml('<!-- saved -->\n<HTML lang="en">')).toBe(true);
    expect(isHtml('The <html> tag is explained here.')).toBe(false);
  });
});
