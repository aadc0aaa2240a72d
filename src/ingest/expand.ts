import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { hasGlob, segmentPattern, splitGlob } from './glob.js';

/** Folders never entered while walking. */
const SKIPPED_DIRS = new Set(['node_modules']);

/** Files found so far, keyed by absolute path, valued by the path as the user would see it. */
type Found = Map<string, string>;

async function statOrNull(path: string): Promise<Stats | null> {
  return stat(path).catch(() => null);
}

async function listOrEmpty(dir: string): Promise<Dirent[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function skipped(entry: Dirent): boolean {
  return entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name);
}

/** Adds every file under `dir`, skipping dotfiles, dot folders and node_modules (symlinked folders are not followed). */
async function walk(dir: string, found: Found): Promise<void> {
  for (const entry of await listOrEmpty(dir)) {
    if (skipped(entry)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile() || (entry.isSymbolicLink() && (await statOrNull(path))?.isFile())) found.set(resolve(path), path);
  }
}

/** Adds a file, or the files of a folder. */
async function addPath(path: string, found: Found): Promise<boolean> {
  const info = await statOrNull(path);
  if (info?.isDirectory()) await walk(path, found);
  else if (info?.isFile()) found.set(resolve(path), path);
  return info !== null;
}

/** Matches `segments[index..]` below `path`; `**` matches zero or more folders. */
async function matchGlob(path: string, segments: readonly string[], index: number, found: Found): Promise<void> {
  if (index === segments.length) {
    await addPath(path, found);
    return;
  }
  const segment = segments[index]!;
  if (segment === '**') {
    await matchGlob(path, segments, index + 1, found);
    for (const entry of await listOrEmpty(path)) {
      if (entry.isDirectory() && !skipped(entry)) await matchGlob(join(path, entry.name), segments, index, found);
    }
  } else if (!hasGlob(segment)) {
    await matchGlob(join(path, segment), segments, index + 1, found);
  } else {
    const pattern = segmentPattern(segment);
    for (const entry of await listOrEmpty(path)) {
      const hidden = entry.name.startsWith('.') && !segment.startsWith('.');
      if (!hidden && !SKIPPED_DIRS.has(entry.name) && pattern.test(entry.name)) {
        await matchGlob(join(path, entry.name), segments, index + 1, found);
      }
    }
  }
}

/**
 * Expands CLI arguments into input files: a file stays, a folder gives its files (recursively,
 * skipping dotfiles and node_modules), a glob (`*`, `**`, `?`, also when the shell left it quoted)
 * gives its matches. The result is sorted and de-duplicated; arguments that name nothing (a path
 * that does not exist or cannot be read, a glob without matches) are listed in `missing`.
 * @example await expandInputs(['seeds', 'bench/**\/*.jsonl']) // { files: [...], missing: [] }
 */
export async function expandInputs(args: string[]): Promise<{ files: string[]; missing: string[] }> {
  const found: Found = new Map();
  const missing: string[] = [];
  for (const arg of args) {
    if (hasGlob(arg)) {
      const matches: Found = new Map();
      const { base, segments } = splitGlob(arg);
      await matchGlob(base, segments, 0, matches);
      if (matches.size === 0) missing.push(arg);
      for (const [key, path] of matches) found.set(key, path);
    } else if (!(await addPath(arg, found))) {
      missing.push(arg);
    }
  }
  return { files: [...found.values()].sort(), missing };
}
