import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file in both `bench/` and `dist/bench/`. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the repository root (no package.json above the bench script)');
    dir = up;
  }
  return dir;
}

/** The `shared/` folder beside the repository (`../shared`), or null when it is absent. */
export function sharedDir(): string | null {
  const dir = process.env.DATELINE_SHARED ? resolve(process.env.DATELINE_SHARED) : resolve(repoRoot(), '..', 'shared');
  return existsSync(join(dir, 'bench')) ? dir : null;
}
