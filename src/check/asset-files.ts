// Lists the files in a deck's assets/ folder (the I/O half of the unused-assets rule).

import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AssetFile } from './unused-assets.js';

/** Every file under `dir`, hidden ones (.gitkeep, .DS_Store) left out; empty when there is no folder. */
export async function listAssetFiles(dir: string, projectRoot: string): Promise<AssetFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter(
    (e) =>
      e.isFile() &&
      !relative(dir, join(e.parentPath, e.name))
        .split(/[\\/]/)
        .some((part) => part.startsWith('.')),
  );
  return Promise.all(
    files.map(async (entry) => {
      const absolute = join(entry.parentPath, entry.name);
      return { absolute, shown: relative(projectRoot, absolute).split('\\').join('/'), bytes: (await stat(absolute)).size };
    }),
  );
}
