import { sep } from 'node:path';

/** Characters that make an argument a glob pattern. */
const GLOB_CHARS = /[*?]/;
const REGEX_SPECIALS = /[.+^${}()|[\]\\]/g;

/** True when a path (or one of its segments) holds glob wildcards (`*`, `**`, `?`). */
export function hasGlob(path: string): boolean {
  return GLOB_CHARS.test(path);
}

/**
 * The pattern one path segment must match: `*` any run of characters, `?` one character, neither
 * crossing a `/`. (`**` as a whole segment is handled by the walker, not here.)
 * @example segmentPattern('r0??.txt').test('r012.txt') // true
 */
export function segmentPattern(segment: string): RegExp {
  const source = segment
    .replace(REGEX_SPECIALS, '\\$&')
    .replace(/\*+/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`);
}

/** Splits a glob into the literal directory it starts from and the segments left to match. */
export function splitGlob(pattern: string): { base: string; segments: string[] } {
  const parts = pattern.split(sep === '/' ? '/' : /[\\/]/);
  const first = parts.findIndex(hasGlob);
  const literal = parts.slice(0, first);
  const base = literal.length === 1 && literal[0] === '' ? '/' : literal.join('/') || '.';
  return { base, segments: parts.slice(first).filter((part) => part !== '') };
}
