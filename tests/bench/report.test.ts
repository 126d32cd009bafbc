// The bench tables: this run beside the previous one.

import { describe, expect, it } from 'vitest';
import { parseBudget } from '../../src/bench/budget.js';
import { formatChange, formatReport, formatValue, parseReport, renderTable, type BenchReport } from '../../src/bench/report.js';

const budget = parseBudget(
  {
    slideOneGzip: { max: 300_000, why: 'a' },
    deckGzip: { max: 500_000, why: 'b' },
    fontsToSingleSubset: { max: 1.25, why: 'c' },
    slideOneToLimit: { max: 1.1, why: 'd' },
  },
  'b.json',
);

function report(figures: BenchReport['figures'], generatedAt = '2025-01-02T00:00:00.000Z'): BenchReport {
  return { version: 1, generatedAt, machine: { cpus: 2, node: 'v20', platform: 'linux-x64' }, figures, notes: [] };
}

describe('formatting', () => {
  it('values by unit, n/a when missing', () => {
    expect(formatValue(220_072, 'bytes')).toBe('220.1 KB');
    expect(formatValue(1_500_000, 'bytes')).toBe('1.50 MB');
    expect(formatValue(812.4, 'ms')).toBe('812 ms');
    expect(formatValue(12_345, 'ms')).toBe('12.3 s');
    expect(formatValue(1.23, 'ratio')).toBe('1.230×');
    expect(formatValue(null, 'bytes')).toBe('n/a');
  });

  it('changes in percent, signed', () => {
    expect(formatChange(220, 315)).toBe('−30.2 %');
    expect(formatChange(110, 100)).toBe('+10.0 %');
    expect(formatChange(100, 100)).toBe('±0 %');
    expect(formatChange(100, null)).toBe('');
  });

  it('aligns a table', () => {
    expect(
      renderTable(
        ['a', 'bb'],
        [
          ['xyz', '1'],
          ['q', '22'],
        ],
      ),
    ).toBe('a    bb\n───  ──\nxyz   1\nq    22');
  });
});

describe('#formatReport', () => {
  it('shows each figure beside the previous one, with the change and the budget verdict', () => {
    const previous = report(
      { 'slideOne.total.gzip': 315_000, 'slideOne.fonts.gzip': 250_000, 'time.build.cold': 9000 },
      '2025-01-01T00:00:00.000Z',
    );
    const now = report({
      'slideOne.total.gzip': 220_000,
      'slideOne.total.raw': 478_000,
      'slideOne.fonts.gzip': 139_000,
      'time.build.cold': 9900,
      'fonts.ratio': 1.3,
      'pdf.deck': null,
    });
    const text = formatReport(now, previous, budget, 'talk');
    const line = (start: string) => text.split('\n').find((l) => l.startsWith(start)) ?? '';
    expect(line('all-in')).toMatch(/220\.0 KB\s+478\.0 KB\s+315\.0 KB\s+−30\.2 %\s+≤ 300\.0 KB ok$/);
    expect(line('fonts ')).toMatch(/139\.0 KB .*250\.0 KB\s+−44\.4 %/);
    expect(line('npm run build, cold')).toMatch(/9900 ms\s+9000 ms\s+\+10\.0 %/);
    expect(line('fonts ÷ single subset')).toMatch(/1\.300×\s+n\/a\s+≤ 1\.250× OVER$/);
    expect(line('talk.pdf')).toMatch(/n\/a\s+n\/a$/);
    expect(text).toContain('previous run: 2025-01-01T00:00:00.000Z');
  });

  it('shows the scale run’s check in Chromium (check less check --no-browser) with its ms per slide', () => {
    const now = report({
      'scale.50.check': 4000,
      'scale.50.checkNoBrowser': 1000,
      'scale.250.check': 14_000,
      'scale.250.checkNoBrowser': 1500,
      'scale.500.check': 27_000,
      'scale.500.checkNoBrowser': 2000,
      'time.check.noBrowser': 450,
      'time.dev.start': 1900,
      'time.dev.start.first': 4200,
    });
    const text = formatReport(now, undefined, budget, 'talk');
    const line = (start: string) => text.split('\n').find((l) => l.startsWith(start)) ?? '';
    expect(line('check in Chromium')).toMatch(/3000 ms\s+12\.5 s\s+25\.0 s\s+60\.0 \/ 50\.0 \/ 50\.0/);
    expect(line('npm run check -- --no-browser (median')).toMatch(/450 ms/);
    expect(line('dev: later start')).toMatch(/1900 ms/);
    expect(line('dev: first start after npm ci')).toMatch(/4200 ms/);
  });

  it('without a previous report, says so', () => {
    expect(formatReport(report({}), undefined, budget, 'talk')).toContain('no previous report');
  });

  it('parseReport accepts a report and rejects anything else', () => {
    expect(parseReport(report({ a: 1 }))?.figures).toEqual({ a: 1 });
    expect(parseReport({ version: 2, figures: {} })).toBeUndefined();
    expect(parseReport(undefined)).toBeUndefined();
  });
});
