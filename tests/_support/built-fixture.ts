// A fixture deck built the way a user builds one, `npm run build -- <deck> --out-dir <folder>`, into
// a fresh temporary folder of its own.

import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from './project.js';

/** Builds `deck` (a folder or a reveal-md .md file, relative to the project) and returns the folder it went into. */
export async function buildFixture(deck: string, prefix: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await promisify(execFile)('node', ['src/commands/deck.mjs', 'build', deck, '--out-dir', outDir], { cwd: PROJECT_ROOT });
  return outDir;
}
