import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from './expand.js';
import { segmentPattern, splitGlob } from './glob.js';

let root = '';
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dateline-expand-'));
  const files = ['a.txt', 'b.md', 'r01.txt', 'sub/c.txt', 'sub/deeper/d.jsonl', '.hidden.txt', '.git/x.txt', 'node_modules/pkg/e.txt'];
  for (const file of files) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), 'Some text.');
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('expand: paths', () => {
  it('walks a folder recursively, skipping dotfiles and node_modules, sorted', async () => {
    expect(await expandInputs([root])).toEqual({
      files: [at('a.txt'), at('b.md'), at('r01.txt'), at('sub/c.txt'), at('sub/deeper/d.jsonl')],
      missing: [],
    });
  });

  it('keeps a file, de-duplicates, and reports missing paths', async () => {
    const result = await expandInputs([at('b.md'), at('nope.txt'), at('sub'), at('sub/c.txt'), join(root, 'sub', '..', 'b.md')]);
    expect(result).toEqual({ files: [at('b.md'), at('sub/c.txt'), at('sub/deeper/d.jsonl')], missing: [at('nope.txt')] });
  });

  it('takes a dotfile named explicitly', async () => {
    expect((await expandInputs([at('.hidden.txt')])).files).toEqual([at('.hidden.txt')]);
  });
});

describe('expand: globs', () => {
  it.each([
    ['*.txt', ['a.txt', 'r01.txt']],
    ['**/*.txt', ['a.txt', 'r01.txt', 'sub/c.txt']],
    ['r0?.txt', ['r01.txt']],
    ['sub/**', ['sub/c.txt', 'sub/deeper/d.jsonl']],
    ['**/deeper/*.jsonl', ['sub/deeper/d.jsonl']],
    ['s*', ['sub/c.txt', 'sub/deeper/d.jsonl']],
  ])('expands %s', async (pattern, expected) => {
    expect(await expandInputs([`${root}/${pattern}`])).toEqual({ files: expected.map((file) => at(file)), missing: [] });
  });

  it('reports a glob without matches as missing, even when other arguments match', async () => {
    expect(await expandInputs([at('a.txt'), `${root}/*.pdf`, `${root}/a.*`])).toEqual({ files: [at('a.txt')], missing: [`${root}/*.pdf`] });
  });

  it('splits a glob at its first wildcard segment', () => {
    expect(splitGlob('data/in/**/*.txt')).toEqual({ base: 'data/in', segments: ['**', '*.txt'] });
    expect(splitGlob('*.md')).toEqual({ base: '.', segments: ['*.md'] });
    expect(splitGlob('/tmp/*.md')).toEqual({ base: '/tmp', segments: ['*.md'] });
  });

  it('matches one segment without crossing a slash and escapes regex characters', () => {
    expect(segmentPattern('r0?.txt').test('r01.txt')).toBe(true);
    expect(segmentPattern('*.txt').test('a.txt.bak')).toBe(false);
    expect(segmentPattern('a+(b).*').test('a+(b).md')).toBe(true);
    expect(segmentPattern('a+(b).*').test('aa(b).md')).toBe(false);
  });
});
