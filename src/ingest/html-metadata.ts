import type { PartialDate } from '../model/report.js';
import { parseIsoDate } from './partial-date.js';

/** What a page says about itself in its `<head>` and markup. */
export interface HtmlMetadata {
  readonly title: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  /** Day-precision publication date. */
  readonly published: PartialDate | null;
  /** ISO 639-1 code from `<html lang>`. */
  readonly language: string | null;
}

/** `<meta>` keys (property or name, lower case) that hold the publication time, best first. */
const PUBLISHED_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'dc.date.issued', 'date'];
const OUTLET_KEYS = ['og:site_name', 'application-name'];
const LANGUAGE = /^([a-z]{2})(?:[-_]|$)/i;
/** How deep JSON-LD is searched for `datePublished`. */
const MAX_JSON_DEPTH = 6;

/** `<meta>` contents by lower-case property or name; the first one of a key wins. */
function metaContents(document: Document): Map<string, string> {
  const contents = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key !== undefined && content && !contents.has(key)) contents.set(key, content);
  }
  return contents;
}

function findJsonValue(value: unknown, key: string, depth: number): string | null {
  if (depth > MAX_JSON_DEPTH || value === null || typeof value !== 'object') return null;
  if (!Array.isArray(value) && typeof (value as Record<string, unknown>)[key] === 'string') {
    return (value as Record<string, string>)[key]!;
  }
  for (const child of Object.values(value)) {
    const found = findJsonValue(child, key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** `datePublished` from the page's JSON-LD blocks; a block that is not valid JSON is skipped. */
function jsonLdDatePublished(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // publishers often ship broken JSON-LD; the other sources may still give the date
    }
    const found = findJsonValue(data, 'datePublished', 0);
    if (found !== null) return found;
  }
  return null;
}

/** An absolute http(s) URL, resolving `href` against `base`, or null. */
function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const resolved = URL.canParse(href.trim(), base ?? undefined) ? new URL(href.trim(), base ?? undefined) : null;
  return resolved !== null && /^https?:$/.test(resolved.protocol) ? resolved.href : null;
}

/**
 * Reads title, canonical URL, outlet (og:site_name, application-name, else the URL host),
 * publication day (meta tags, itemprop, JSON-LD, `<time datetime>`) and language (`<html lang>`).
 * `baseUrl` is where the page came from, if known.
 */
export function readHtmlMetadata(document: Document, baseUrl: string | null): HtmlMetadata {
  const metas = metaContents(document);
  const url =
    absoluteUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), baseUrl) ??
    absoluteUrl(metas.get('og:url'), baseUrl);
  const host = url ?? absoluteUrl(baseUrl, null);
  const outlet = OUTLET_KEYS.map((key) => metas.get(key)).find((value) => value !== undefined) ??
    (host === null ? null : new URL(host).hostname.replace(/^www\./, ''));
  const itemprop = document.querySelector('[itemprop="datePublished"]');
  const candidates = [
    ...PUBLISHED_KEYS.map((key) => metas.get(key)),
    itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime'),
    jsonLdDatePublished(document),
    document.querySelector('time[pubdate]')?.getAttribute('datetime'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  const published = candidates
    .map((value) => (value ? parseIsoDate(value) : null))
    .find((date) => date?.precision === 'day') ?? null;
  const title = metas.get('og:title') ?? document.querySelector('title')?.textContent?.trim() ?? null;
  const lang = LANGUAGE.exec(document.documentElement?.getAttribute('lang') ?? '');
  return { title: title || null, url, outlet, published, language: lang === null ? null : lang[1]!.toLowerCase() };
}
