import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError, formatError } from '../errors.js';
import type { Message } from '../model/message.js';
import { buildReport } from './build-report.js';
import { readHtmlMetadata } from './html-metadata.js';
import { createTextBuilder } from './source-map.js';
import type { InputMeta, ReaderResult } from './types.js';

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i;
const HTML_TAG = /<html[\s>]/i;
const CLOSING_TAG = /<\/(?:body|html)\s*>/i;
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Paragraphs at least this long are looked up in the raw HTML to map them. */
const MIN_MAPPED_LENGTH = 20;

/** True when the text starts like an HTML page (`<!doctype html` or `<html`). */
export function isHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

/** The text of each block element under `root`, white space collapsed, in document order. */
function collectParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const text = current.join('').replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = [];
  };
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        current.push(child.textContent ?? '');
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag)) continue;
        if (!BLOCK_TAGS.has(tag)) walk(child);
        else {
          flush();
          walk(child);
          flush();
        }
      }
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

function parseDocument(raw: string, input: string): Document {
  try {
    return parseHTML(HTML_TAG.test(raw) ? raw : `<!doctype html><html><body>${raw}</body></html>`).document;
  } catch (error) {
    throw new InputError('E_INGEST_HTML', { input, detail: 'the HTML parser failed' }, { cause: error });
  }
}

/** The article Readability finds (it changes the document), with its content as a node. */
function parseArticle(document: Document, input: string): ReturnType<Readability<Node>['parse']> {
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (error) {
    throw new InputError('E_INGEST_HTML', { input, detail: 'Readability failed' }, { cause: error });
  }
}

/**
 * Reads an HTML page with Mozilla Readability over linkedom (no script runs, nothing is fetched):
 * the article's paragraphs joined by `\n\n`, and title, URL, outlet, publication day and language
 * from the page's metadata (the input's own metadata wins where given). Paragraphs found verbatim
 * in the HTML are mapped. A truncated page is read with a warning; a page without text is
 * E_INGEST_NO_TEXT.
 */
export function readHtml(raw: string, meta: InputMeta): ReaderResult {
  const document = parseDocument(raw, meta.source);
  const page = readHtmlMetadata(document, meta.url);
  const article = parseArticle(document, meta.source);
  const paragraphs = article?.content ? collectParagraphs(article.content) : [];
  const builder = createTextBuilder(raw);
  let cursor = 0;
  for (const paragraph of paragraphs) {
    if (builder.length > 0) builder.generate('\n\n');
    const at = paragraph.length >= MIN_MAPPED_LENGTH ? raw.indexOf(paragraph, cursor) : -1;
    if (at === -1) builder.generate(paragraph);
    else {
      builder.copy(at, at + paragraph.length);
      cursor = at + paragraph.length;
    }
  }
  const { text, sourceMap } = builder.build();
  const messages: Message[] = [];
  if (!CLOSING_TAG.test(raw)) {
    const detail = 'the page is truncated (no closing </body> or </html>); read what is there';
    const reason = formatError('E_INGEST_HTML', { input: meta.source, detail });
    messages.push({ severity: 'warning', code: 'E_INGEST_HTML', reason, place: null, origin: 'ingest.html' });
  }
  const report = buildReport(meta, {
    format: 'html',
    text,
    raw,
    sourceMap,
    title: meta.title ?? (article?.title?.trim() || page.title),
    url: meta.url ?? page.url,
    outlet: meta.outlet ?? page.outlet,
    published: meta.published ?? page.published,
    publishedOrigin: meta.published !== null ? meta.publishedOrigin : 'metadata',
    language: meta.language ?? page.language,
  });
  return { report, messages };
}
