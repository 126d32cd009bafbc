// A temporary copy of the page's folder (src/client), for tests that edit a client source: beside
// a link to the project's node_modules, so its imports (reveal.js) resolve as from src/client.

import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project.js';

export interface ClientCopy {
  /** The copy of src/client. */
  clientDir: string;
  /** An empty folder beside it, e.g. for a cache. */
  spareDir: string;
  remove: () => Promise<void>;
}

export async function copyClient(): Promise<ClientCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-client-'));
  const clientDir = join(dir, 'client');
  await cp(join(PROJECT_ROOT, 'src/client'), clientDir, { recursive: true });
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { clientDir, spareDir: join(dir, 'spare'), remove: () => rm(dir, { recursive: true, force: true }) };
}
