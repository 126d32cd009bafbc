// The memory figure of the bench: its budget entry, its message, and the peak read from a real build.

import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coldBuildPeak, memoryOverBudget, parseMemoryBudget } from '../../src/bench/build-memory.js';
import { PROJECT_ROOT } from '../_support/project.js';

const budget = { memory: { buildPeak: { max: 400_000_000, why: 'small laptops build it' } } };

describe('the memory budget', () => {
  it('is read from bench/budget.json and holds the issue’s 400 MB', () => {
    const real = parseMemoryBudget(JSON.parse(readFileSync(join(PROJECT_ROOT, 'bench/budget.json'), 'utf8')), 'bench/budget.json');
    expect(real.buildPeak.max).toBeLessThanOrEqual(400_000_000);
    expect(real.buildPeak.why.length).toBeGreaterThan(40);
  });

  it('names the file and key when the entry is missing or has no reason', () => {
    expect(() => parseMemoryBudget({}, 'b.json')).toThrow('b.json: "memory.buildPeak.max" must be a positive number of bytes');
    expect(() => parseMemoryBudget({ memory: { buildPeak: { max: 1 } } }, 'b.json')).toThrow('"memory.buildPeak.why"');
  });

  it('says nothing at the limit and names the figure over it', () => {
    const parsed = parseMemoryBudget(budget, 'b.json');
    expect(memoryOverBudget(400_000_000, parsed)).toBeUndefined();
    expect(memoryOverBudget(512_300_000, parsed)).toBe(
      'a cold build of 1000 slides peaks at 512 MB, over the budget of 400 MB — small laptops build it',
    );
  });
});

describe('coldBuildPeak', () => {
  it('reads the peak resident memory of a real cold build from inside its process', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deck-memory-'));
    try {
      const peak = await coldBuildPeak(PROJECT_ROOT, join(PROJECT_ROOT, 'tests/fixtures/decks/small'), dir);
      // Node, Vite and HarfBuzz loaded: tens of MB at least; a small deck nowhere near the budget.
      expect(peak).toBeGreaterThan(50_000_000);
      expect(peak).toBeLessThan(400_000_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('rejects with the build’s own words when the build fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deck-memory-'));
    try {
      await expect(coldBuildPeak(PROJECT_ROOT, join(dir, 'no-such-deck'), dir)).rejects.toThrow(
        /1000-slide build failed:[\s\S]*no-such-deck/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
