/**
 * Making arbitrary text safe inside the markdown of a current-events page: no link, autolink, HTML,
 * emphasis or block structure may come from the text itself, and no unsafe URL may become a link.
 */

/** Characters that could open a link, autolink, HTML tag, code span or emphasis. */
const INLINE_SPECIAL = /[\\`*_[\]<>]/g;
/** A line start that markdown would read as a heading, quote, list item or thematic break. */
const BLOCK_START = /^(#|>|[-+=]|\d{1,9}[.)])/;
const WHITE_SPACE = /\s+/g;
/** Characters a bare link destination may not hold as they are (spaces, parentheses, angle brackets, backslash). */
const DESTINATION_SPECIAL = /[ ()<>\\]/g;
/** ASCII control characters (a URL holding any is not used as a link). */
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The text on one line: runs of white space (newlines included) become one space, ends trimmed. */
export function oneLine(text: string): string {
  return text.replace(WHITE_SPACE, ' ').trim();
}

/**
 * Backslash-escapes what markdown would read as syntax inside running text: `\ ` * _ [ ] < >`.
 * @example escapeInline('a [b] c') // 'a \\[b\\] c'
 */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (char) => `\\${char}`);
}

/**
 * Escapes a whole line of text: inline syntax, a block marker at its start ('# ', '1. ', '- '),
 * and a closing `#` run at its end (which an ATX heading would drop).
 */
export function escapeLine(text: string): string {
  const escaped = escapeInline(oneLine(text)).replace(BLOCK_START, (marker) =>
    marker.length > 1 ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : `\\${marker}`,
  );
  return escaped.replace(/(\s)(#+)$/, (_, space: string, hashes: string) => `${space}\\${hashes}`);
}

/**
 * The URL as a link destination when it is safe to link: `http:`/`https:` with a host, or a
 * site-relative path (`/news/...`, not `//host`). Returns null for anything else (`javascript:`,
 * `data:`, bare host names, control characters); the caller then writes plain text.
 */
export function linkDestination(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '' || CONTROL.test(trimmed)) return null;
  if (trimmed.startsWith('/')) {
    return trimmed.startsWith('//') || trimmed.startsWith('/\\') ? null : encodeDestination(trimmed);
  }
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return null;
  return encodeDestination(trimmed);
}

/** Percent-encodes the few characters a bare link destination cannot hold; the rest stays as written. */
function encodeDestination(url: string): string {
  return url.replace(DESTINATION_SPECIAL, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
