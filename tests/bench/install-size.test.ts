// The install figure of the bench: its budget entry, its message, and disk use counted as `du` counts it.

import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskBytes, installOverBudget, parseInstallBudget } from '../../src/bench/install-size.js';
import { PROJECT_ROOT } from '../_support/project.js';

const work = mkdtempSync(join(tmpdir(), 'deck-install-size-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the install budget', () => {
  it('reads bench/budget.json and refuses an entry without a limit or a reason', () => {
    const real = parseInstallBudget(JSON.parse(readFileSync(join(PROJECT_ROOT, 'bench/budget.json'), 'utf8')), 'bench/budget.json');
    expect(real.nodeModules.max).toBe(150_000_000);
    expect(() => parseInstallBudget({}, 'b.json')).toThrow('b.json: "install.nodeModules.max" must be a positive number of bytes');
    expect(() => parseInstallBudget({ install: { nodeModules: { max: 1 } } }, 'b.json')).toThrow('"install.nodeModules.why"');
  });

  it('says by how much node_modules is over, and nothing when it fits', () => {
    const budget = { nodeModules: { max: 150_000_000, why: 'installs fast' } };
    expect(installOverBudget(150_000_000, budget)).toBeUndefined();
    expect(installOverBudget(154_890_240, budget)).toBe('node_modules after npm ci takes 154.9 MB, over the budget of 150.0 MB — installs fast');
  });

  it('counts the disk a folder takes as du does: allocated blocks, a hard-linked file once', async () => {
    const dir = join(work, 'tree');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.bin'), Buffer.alloc(100_000, 1));
    writeFileSync(join(dir, 'sub', 'b.txt'), 'x');
    linkSync(join(dir, 'a.bin'), join(dir, 'sub', 'a-link.bin'));
    const du = Number(execFileSync('du', ['-s', '--block-size=1', dir], { encoding: 'utf8' }).split('\t')[0]);
    expect(await diskBytes(dir)).toBe(du);
  });
});
