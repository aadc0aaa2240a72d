import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` (UTF-8) to `path` through a temporary file in the same folder and a rename, so a
 * reader never sees a half-written file. Creates missing folders. On failure the temporary file is
 * removed and the error is rethrown with the path in its message.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new Error(`Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
