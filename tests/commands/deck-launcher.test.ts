// The command launcher (src/commands/deck.mjs): runs the commands compiled, and compiles them again
// when a source changed — a developer's edit in src/ is what the next command runs.

import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../_support/project.js';
import { BUILD_USAGE } from '../../src/commands/build.js';

let dir: string;

/** Runs the copy's launcher with its own cache; resolves with exit code and stderr. */
function launch(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'node',
      [join(dir, 'src/commands/deck.mjs'), ...args],
      { env: { ...process.env, DECK_CLI_CACHE_DIR: join(dir, 'cache') } },
      (error, _out, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
    );
  });
}

describe('npm run <command> through the compiled launcher', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deck-launcher-'));
    await cp(join(PROJECT_ROOT, 'src'), join(dir, 'src'), { recursive: true });
    await symlink(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the usage of an unknown option and exits 2, like the TypeScript command', async () => {
    const run = await launch(['build', '--colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`unknown option --colour\n${BUILD_USAGE}`);
  });

  it('runs an edited source after the edit, not the stale compiled copy', async () => {
    await launch(['build', '--colour']);
    const file = join(dir, 'src/commands/build.ts');
    const source = await readFile(file, 'utf8');
    await writeFile(file, source.replace("'usage: npm run build -- [", "'usage (edited): npm run build -- ["));
    // A different size already marks the change; a later time too, as an editor would leave it.
    const later = new Date(Date.now() + 2000);
    await utimes(file, later, later);
    const run = await launch(['build', '--colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage (edited): npm run build --');
  });

  it('compiles again when the lock file changed: an upgraded package outside the bundle is part of the build it names', async () => {
    await launch(['build', '--colour']);
    const builtWith = async () => (JSON.parse(await readFile(join(dir, 'cache/manifest.json'), 'utf8')) as { dir: string }).dir;
    const before = await builtWith();
    await launch(['build', '--colour']);
    expect(await builtWith()).toBe(before);
    await writeFile(join(dir, 'package-lock.json'), '{"lockfileVersion": 3}\n');
    await launch(['build', '--colour']);
    expect(await builtWith()).not.toBe(before);
  });

  it('keeps the rendered deck for the next run, and renders again after a slide was edited', async () => {
    const slidesDir = join(dir, 'cached-deck');
    await mkdir(slidesDir, { recursive: true });
    await writeFile(join(slidesDir, 'deck.yaml'), 'title: 缓存\nauthor: 测试\nslug: cached\nduration: 1\n');
    await writeFile(join(slidesDir, '01.md'), '# 第一版\n\n正文\n\nNote:\n这是第一版。\n');
    const first = await launch(['check', slidesDir, '--no-browser']);
    expect(first.code, first.stderr).toBe(0);
    expect(await readdir(join(dir, 'cache/renders'))).toHaveLength(1);
    await writeFile(join(slidesDir, '01.md'), '<!-- .slide: layout="colums" -->\n\n# 第二版\n');
    const edited = await launch(['check', slidesDir, '--no-browser']);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain('unknown layout "colums"');
  });

  it('names an unknown command and exits 2', async () => {
    const run = await launch(['buidl']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "buidl"; one of: build, check, pdf, bench, dev');
  });
});
