import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import type { Report } from '../model/report.js';
import type { InputMeta } from './types.js';

/** A title is a first line shorter than this, without a final period. */
const MAX_TITLE_LENGTH = 200;
const NOT_A_TITLE_END = /[.,;:]$/;

/**
 * The report fields a reader decides. Metadata fields left out (or null) fall back to the input's
 * own metadata; `id`, `source` and `contentHash` are derived.
 */
export type ReportBody = Pick<Report, 'format' | 'text' | 'raw' | 'sourceMap'> &
  Partial<Pick<Report, 'title' | 'url' | 'outlet' | 'published' | 'publishedOrigin' | 'language' | 'sections' | 'entry'>>;

/** Metadata of an input that says nothing about itself (a plain file), or a URL body when `source` is a URL. */
export function metaFor(source: string): InputMeta {
  const url = /^https?:\/\//i.test(source) ? source : null;
  return { source, id: null, url, outlet: null, title: null, published: null, publishedOrigin: null, language: null };
}

/** sha256 hex of a text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Completes a reader's fields into a report: id (the input id, else the first 16 hex chars of
 * sha256(text)), content hash, and metadata from `meta` where the reader found none.
 * Throws `E_INGEST_NO_TEXT` when the text is empty after extraction.
 */
export function buildReport(meta: InputMeta, body: ReportBody): Report {
  if (body.text.trim() === '') throw new InputError('E_INGEST_NO_TEXT', { input: meta.source });
  const contentHash = sha256(body.text);
  const published = body.published ?? null;
  return {
    id: meta.id ?? contentHash.slice(0, 16),
    source: meta.source,
    url: body.url ?? meta.url,
    outlet: body.outlet ?? meta.outlet,
    title: body.title ?? meta.title,
    published: published ?? meta.published,
    publishedOrigin: published !== null ? (body.publishedOrigin ?? null) : meta.publishedOrigin,
    language: body.language ?? meta.language,
    format: body.format,
    text: body.text,
    contentHash,
    sections: body.sections ?? [],
    entry: body.entry ?? null,
    raw: body.raw,
    sourceMap: body.sourceMap,
  };
}

/**
 * The title of a plain-text report: the input's own title when it has one, else the first
 * non-blank line when it is short and does not end like a sentence, else null.
 */
export function pickTitle(text: string, meta: InputMeta): string | null {
  if (meta.title !== null && meta.title.trim() !== '') return meta.title.trim();
  const first = text.trimStart().split('\n', 1)[0]!.trim();
  return first !== '' && first.length < MAX_TITLE_LENGTH && !NOT_A_TITLE_END.test(first) ? first : null;
}
