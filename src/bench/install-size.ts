// The install: `npm ci` of the project's package.json and lock file into a folder of its own, from
// an empty npm cache (every package downloaded), timed; and the disk its node_modules takes, as
// `du` counts it (allocated blocks, a hard-linked file once), checked against bench/budget.json "install".

import { execFile } from 'node:child_process';
import { copyFile, lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBytesLimit } from './budget.js';

/** `bench/budget.json` "install": node_modules's disk use after `npm ci`, in bytes. */
export interface InstallBudget {
  nodeModules: { max: number; why: string };
}

/** Checks the "install" section of the parsed budget file; throws naming the file and the key. */
export function parseInstallBudget(json: unknown, file: string): InstallBudget {
  return { nodeModules: parseBytesLimit(json, file, 'install', 'nodeModules') };
}

/** The over-budget message for node_modules's size, or undefined when it fits. */
export function installOverBudget(bytes: number, budget: InstallBudget): string | undefined {
  if (bytes <= budget.nodeModules.max) return undefined;
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  return `node_modules after npm ci takes ${mb(bytes)}, over the budget of ${mb(budget.nodeModules.max)} — ${budget.nodeModules.why}`;
}

/** Bytes of disk the files and folders below `dir` take (`du -s --block-size=1`): blocks allocated, each inode once. */
export async function diskBytes(dir: string, seen: Set<string> = new Set()): Promise<number> {
  const stats = await lstat(dir, { bigint: true });
  const id = `${stats.dev}:${stats.ino}`;
  if (seen.has(id)) return 0;
  seen.add(id);
  let total = Number(stats.blocks) * 512;
  if (!stats.isDirectory()) return total;
  for (const entry of await readdir(dir)) total += await diskBytes(join(dir, entry), seen);
  return total;
}

export interface InstallFigures {
  /** Wall time of `npm ci` from an empty npm cache. */
  ms: number;
  /** Disk taken by node_modules. */
  nodeModulesBytes: number;
}

/** `npm ci` of `projectRoot`'s package.json and package-lock.json in `workDir`, with an npm cache of its own there. */
export async function measureInstall(projectRoot: string, workDir: string): Promise<InstallFigures> {
  for (const file of ['package.json', 'package-lock.json']) await copyFile(join(projectRoot, file), join(workDir, file));
  // As from a user's shell: NODE_ENV=production (which Vite's build sets in the bench) would leave the devDependencies out.
  const { NODE_ENV: _, ...env } = process.env;
  const start = performance.now();
  await new Promise<void>((resolve, reject) =>
    execFile(
      'npm',
      ['ci', '--cache', join(workDir, 'npm-cache'), '--no-audit', '--no-fund', '--loglevel', 'error'],
      { cwd: workDir, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`npm ci failed: ${`${stdout}${stderr}`.trim().split('\n').slice(-6).join(' ')}`)) : resolve(),
    ),
  );
  const ms = performance.now() - start;
  return { ms, nodeModulesBytes: await diskBytes(join(workDir, 'node_modules')) };
}
