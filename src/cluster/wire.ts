/**
 * Wire copies: reports whose texts are near-duplicates (one agency story on several sites, an
 * outlet's later version of its own article) are grouped into source families. MinHash over word
 * shingles estimates how much of the shorter text the longer one contains; copies with a changed
 * headline, an added paragraph or another outlet's boilerplate still share most of their shingles,
 * while two stories written separately about the same clash share only quoted phrases.
 */
import { createHash } from 'node:crypto';
import type { SourceFamily } from '../model/incident.js';

/** Tunables of wire-copy detection, with the values used by default. */
export interface WireOptions {
  /** Words per shingle. */
  readonly shingle: number;
  /** Hash functions in a MinHash signature. */
  readonly hashes: number;
  /** Minimum estimated share of the shorter text's shingles found in the other text. */
  readonly minContainment: number;
  /** Texts with fewer shingles than this are never called copies (too little text to tell). */
  readonly minShingles: number;
}

export const DEFAULT_WIRE_OPTIONS: WireOptions = { shingle: 4, hashes: 256, minContainment: 0.3, minShingles: 8 };

/** The MinHash signature of a text and its number of distinct shingles. */
export interface WireSignature {
  readonly mins: Uint32Array;
  readonly shingles: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a well-mixed 32-bit permutation. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, one per hash function (the same on every run). */
function seeds(n: number): Uint32Array {
  const out = new Uint32Array(n);
  let x = 0x9e3779b9;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = fmix32(x);
  }
  return out;
}

/** The distinct word shingles of a text (lower-cased letters and digits; punctuation ignored), hashed. */
export function shingleHashes(text: string, size: number = DEFAULT_WIRE_OPTIONS.shingle): Set<number> {
  const words = (text.toLowerCase().match(WORD) ?? []) as string[];
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < size) {
    out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(fnv1a(words.slice(i, i + size).join(' ')));
  return out;
}

/** The MinHash signature of a text. */
export function signature(text: string, options: WireOptions = DEFAULT_WIRE_OPTIONS): WireSignature {
  const hashes = shingleHashes(text, options.shingle);
  const seed = seeds(options.hashes);
  const mins = new Uint32Array(options.hashes).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < mins.length; i++) {
      const v = fmix32(h ^ seed[i]!);
      if (v < mins[i]!) mins[i] = v;
    }
  }
  return { mins, shingles: hashes.size };
}

/** Estimated Jaccard similarity of two texts' shingle sets, and the share of the smaller set found in the other. */
export function resemblance(a: WireSignature, b: WireSignature): { jaccard: number; containment: number } {
  if (a.mins.length !== b.mins.length) throw new Error(`MinHash signatures of different lengths (${a.mins.length}, ${b.mins.length}) cannot be compared`);
  if (a.shingles === 0 || b.shingles === 0) return { jaccard: 0, containment: 0 };
  let same = 0;
  for (let i = 0; i < a.mins.length; i++) if (a.mins[i] === b.mins[i]) same++;
  const jaccard = same / a.mins.length;
  // |A ∩ B| = J (|A| + |B|) / (1 + J)
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, shared / Math.min(a.shingles, b.shingles)) };
}

/** The family id of a set of report ids: the same members always give the same id. */
export function familyId(reportIds: readonly string[]): string {
  const sorted = [...reportIds].sort();
  return `fam-${createHash('sha256').update(sorted.join('\u0000')).digest('hex').slice(0, 12)}`;
}

/**
 * Groups texts into source families: two texts are copies when the estimated share of the smaller
 * one's shingles found in the other reaches `minContainment`; copies of copies join one family.
 * Every report is in exactly one family (most alone). Deterministic: families and their members are
 * sorted by report id whatever the input order.
 */
export function wireFamilies(reports: readonly { readonly id: string; readonly text: string }[], options: WireOptions = DEFAULT_WIRE_OPTIONS): SourceFamily[] {
  return families(reports, options, () => false);
}

/** An outlet name compared without case, spacing or a leading 'the'. */
function outletKey(outlet: string | null | undefined): string | null {
  const key = (outlet ?? '').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^the /, '');
  return key === '' ? null : key;
}

/**
 * Source families: wire copies (as `wireFamilies`), joined with every other report of the same outlet
 * (an outlet's later article, or its live blog's later version, is not independent of its earlier
 * one: its newer figures supersede the older). Deterministic like `wireFamilies`.
 */
export function sourceFamilies(
  reports: readonly { readonly id: string; readonly text: string; readonly outlet?: string | null }[],
  options: WireOptions = DEFAULT_WIRE_OPTIONS,
): SourceFamily[] {
  return families(reports, options, (a, b) => {
    const key = outletKey(a.outlet);
    return key !== null && key === outletKey(b.outlet);
  });
}

function families<R extends { readonly id: string; readonly text: string }>(reports: readonly R[], options: WireOptions, linked: (a: R, b: R) => boolean): SourceFamily[] {
  const sorted = [...new Map(reports.map((r) => [r.id, r])).values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const signatures = sorted.map((r) => signature(r.text, options));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const copies = (i: number, j: number) =>
    signatures[i]!.shingles >= options.minShingles &&
    signatures[j]!.shingles >= options.minShingles &&
    resemblance(signatures[i]!, signatures[j]!).containment >= options.minContainment;
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (linked(sorted[i]!, sorted[j]!) || copies(i, j)) {
        const [a, b] = [find(i), find(j)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const groups = new Map<number, string[]>();
  sorted.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r.id]);
  });
  return [...groups.values()].map((ids) => ({ id: familyId(ids), reportIds: ids }));
}
