// The dev server's second watch on the slides folder (Node's fs.watch), for what chokidar misses.

import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ViteDevServer } from 'vite';

/**
 * Chokidar says nothing of entries it cannot stat (a dangling link, a link loop) and loses a
 * folder that is deleted and made again: Node's own watch on the folder's entries, and on its
 * parent for the folder itself, fills those gaps. Closed with the dev server.
 */
export function watchFolderEntries(server: ViteDevServer, folder: string, onChange: (file: string) => void): void {
  let entries: FSWatcher | undefined;
  const arm = () => {
    entries?.close();
    entries = undefined;
    try {
      entries = watch(folder, (_event, name) => onChange(name ? join(folder, String(name)) : folder));
      entries.on('error', () => {
        entries?.close();
        entries = undefined;
      });
    } catch {
      // The folder is gone for now; the parent's watch re-arms this when it is back.
    }
  };
  arm();
  let parent: FSWatcher | undefined;
  try {
    parent = watch(dirname(folder), (_event, name) => {
      if (String(name) !== basename(folder)) return;
      arm();
      onChange(folder);
    });
    parent.on('error', () => parent?.close());
  } catch {
    // No parent to watch (the root of the file system): chokidar's watch alone.
  }
  server.httpServer?.once('close', () => {
    entries?.close();
    parent?.close();
  });
}
