// The peers table: ratios per alternating pair, their median and spread, and the ratio budget.

import { describe, expect, it } from 'vitest';
import { formatPeerTable, overRatioBudget, parseRatioBudget, ratios, type PeerFigure } from '../../src/bench/peer-table.js';

const build: PeerFigure = {
  key: 'buildWarm',
  label: 'build',
  peer: 'reveal-md',
  runs: [
    { ours: 900, peer: 1000, oursCpu: 800, peerCpu: 400 },
    { ours: 1200, peer: 1000, oursCpu: 800, peerCpu: 800 },
    { ours: 500, peer: 1000, oursCpu: 400, peerCpu: 800 },
  ],
};
const budget = { buildWarm: { max: 1, why: 'as fast as reveal-md' } };

describe('#ratios', () => {
  it('divides within each pair and reports the median with min and max', () => {
    expect(ratios(build.runs)).toEqual({ median: 0.9, min: 0.5, max: 1.2 });
    expect(ratios(build.runs, true)).toEqual({ median: 1, min: 0.5, max: 2 });
  });

  it('has nothing to say without runs', () => {
    expect(ratios([])).toBeUndefined();
  });
});

describe('#formatPeerTable', () => {
  it('prints medians, the ratio with its spread and the verdict against the budget', () => {
    const table = formatPeerTable([build], budget);
    expect(table.split('\n')[2]).toBe('| build | 0.90 s | reveal-md 1.00 s | **0.90×** (0.50–1.20) | **1.00×** (0.50–2.00) | ≤ 1× ok |');
  });

  it('says why a figure was not measured', () => {
    const table = formatPeerTable([{ key: 'pdf', label: 'pdf', peer: 'Marp', runs: [], missing: 'Marp cannot start here' }], {});
    expect(table).toContain('| pdf | — | Marp: — | not measured: Marp cannot start here | — | — |');
  });
});

describe('#overRatioBudget', () => {
  it('names a figure whose median ratio is over its limit, and only that one', () => {
    const slow = { ...build, runs: build.runs.map((r) => ({ ...r, ours: r.ours * 2 })) };
    expect(overRatioBudget([build], budget)).toEqual([]);
    expect(overRatioBudget([slow], budget)).toEqual(['build: ours ÷ reveal-md is 1.80×, over the budget of 1× — as fast as reveal-md']);
  });
});

describe('#parseRatioBudget', () => {
  it('reads the limits and refuses one without a reason', () => {
    expect(parseRatioBudget({ peerRatios: budget }, 'b.json')).toEqual(budget);
    expect(() => parseRatioBudget({ peerRatios: { pdf: { max: 1.5 } } }, 'b.json')).toThrow('b.json: "peerRatios.pdf.why" must say why');
  });
});
