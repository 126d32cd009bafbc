// The bench report (bench/report.json) and its tables, pure: the figures of this run beside the
// previous run's, so a regression shows.

import { MEMORY_DECK_SLIDES } from './build-memory.js';
import type { Budget, BudgetKey } from './budget.js';
import { RESOURCE_TYPES, type ResourceType } from './measure-bytes.js';

export interface BenchReport {
  version: 1;
  generatedAt: string;
  /** loadAverage: the 1-minute load when the run started; times on a busy machine are slower. */
  machine: { cpus: number; node: string; platform: string; loadAverage?: number };
  /** Flat figures by key (bytes, milliseconds, ratios, counts); null when not measured. */
  figures: Record<string, number | null>;
  /** Why a figure is missing or odd, for the reader of the table. */
  notes: string[];
}

export type Unit = 'bytes' | 'ms' | 'ratio' | 'count';

export const SCALE_SIZES = [50, 250, 500] as const;
export const SLIDE_ONE_TYPES: readonly Exclude<ResourceType, 'other'>[] = RESOURCE_TYPES.filter((t) => t !== 'other') as Exclude<
  ResourceType,
  'other'
>[];

/** Reads a previous report; anything unreadable counts as no previous report. */
export function parseReport(json: unknown): BenchReport | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const report = json as Partial<BenchReport>;
  if (report.version !== 1 || typeof report.figures !== 'object' || report.figures === null) return undefined;
  return {
    version: 1,
    generatedAt: String(report.generatedAt ?? ''),
    machine: report.machine ?? { cpus: 0, node: '', platform: '' },
    figures: report.figures,
    notes: report.notes ?? [],
  };
}

const KB = 1000;

export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  switch (unit) {
    case 'bytes':
      return value >= 1_000_000 ? `${(value / 1_000_000).toFixed(2)} MB` : `${(value / KB).toFixed(1)} KB`;
    case 'ms':
      return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
    case 'ratio':
      return `${value.toFixed(3)}×`;
    case 'count':
      return Math.round(value).toLocaleString('en-US');
  }
}

/** Change from `previous` to `now` in percent, signed; blank without both. */
export function formatChange(now: number | null | undefined, previous: number | null | undefined): string {
  if (now == null || previous == null || previous === 0) return '';
  const change = ((now - previous) / previous) * 100;
  if (Math.abs(change) < 0.05) return '±0 %';
  return `${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(1)} %`;
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

interface RowSpec {
  label: string;
  key: string;
  unit: Unit;
  budget?: BudgetKey;
}

function budgetCell(spec: RowSpec, value: number | null | undefined, budget: Budget): string {
  if (!spec.budget) return '';
  const limit = budget[spec.budget].max;
  const verdict = value == null ? '' : value <= limit ? ' ok' : ' OVER';
  return `≤ ${formatValue(limit, spec.unit)}${verdict}`;
}

function figureTable(specs: readonly RowSpec[], now: BenchReport, previous: BenchReport | undefined, budget: Budget): string {
  const rows = specs.map((spec) => {
    const value = now.figures[spec.key];
    const before = previous?.figures[spec.key];
    return [
      spec.label,
      formatValue(value, spec.unit),
      formatValue(before, spec.unit),
      formatChange(value, before),
      budgetCell(spec, value, budget),
    ];
  });
  return renderTable(['', 'now', 'previous', 'change', 'budget'], rows);
}

function slideOneTable(now: BenchReport, previous: BenchReport | undefined, budget: Budget): string {
  const row = (label: string, key: string, withBudget: boolean) => {
    const gzip = now.figures[`${key}.gzip`];
    const before = previous?.figures[`${key}.gzip`];
    return [
      label,
      formatValue(gzip, 'bytes'),
      formatValue(now.figures[`${key}.raw`], 'bytes'),
      formatValue(before, 'bytes'),
      formatChange(gzip, before),
      withBudget ? budgetCell({ label, key, unit: 'bytes', budget: 'slideOneGzip' }, gzip, budget) : '',
    ];
  };
  const rows = SLIDE_ONE_TYPES.map((t) => row(t, `slideOne.${t}`, false));
  rows.push(row('all-in (files gzipped whole)', 'slideOne.total', true));
  return renderTable(['slide 1', 'gzip', 'raw', 'previous gzip', 'change', 'budget'], rows);
}

/** The scale run's Chromium half of `npm run check`: the whole check less the check without Chromium. */
const CHROMIUM_PART = 'chromiumPart';

function scaleFigure(report: BenchReport, n: number, step: string): number | null | undefined {
  if (step !== CHROMIUM_PART) return report.figures[`scale.${n}.${step}`];
  const whole = report.figures[`scale.${n}.check`];
  const without = report.figures[`scale.${n}.checkNoBrowser`];
  return whole == null || without == null ? null : whole - without;
}

function scaleTable(now: BenchReport, previous: BenchReport | undefined): string {
  const steps: [string, string, Unit][] = [
    ['buildDeck (pure pipeline, best of 5)', 'buildDeck', 'ms'],
    ['vite build (empty font cache)', 'viteBuild', 'ms'],
    ['npm run check', 'check', 'ms'],
    ['npm run check -- --no-browser', 'checkNoBrowser', 'ms'],
    ['check in Chromium (check − --no-browser)', CHROMIUM_PART, 'ms'],
    ['built deck, gzip', 'deckGzip', 'bytes'],
    ['distinct characters', 'chars', 'count'],
  ];
  const largest = SCALE_SIZES.at(-1)!;
  const rows = steps.map(([label, step, unit]) => {
    const values = SCALE_SIZES.map((n) => scaleFigure(now, n, step));
    const perSlide = SCALE_SIZES.map((n, i) => (unit === 'ms' && values[i] != null ? values[i]! / n : null));
    const before = previous && scaleFigure(previous, largest, step);
    return [
      label,
      ...values.map((v) => formatValue(v, unit)),
      unit === 'ms' ? perSlide.map((v) => (v == null ? 'n/a' : v.toFixed(1))).join(' / ') : '',
      formatValue(before, unit),
      formatChange(values.at(-1), before),
    ];
  });
  return renderTable(['scale run', ...SCALE_SIZES.map((n) => `${n} slides`), 'ms per slide', `previous ${largest}`, 'change'], rows);
}

/** Every table the bench prints, with the previous report's figures beside this run's. */
export function formatReport(now: BenchReport, previous: BenchReport | undefined, budget: Budget, slug: string): string {
  const sizes: RowSpec[] = [
    { label: 'whole deck, gzip', key: 'deck.total.gzip', unit: 'bytes', budget: 'deckGzip' },
    { label: 'whole deck, raw', key: 'deck.total.raw', unit: 'bytes' },
    { label: `single file ${slug}.html, gzip`, key: 'singleFile.gzip', unit: 'bytes', budget: 'slideOneGzip' },
    { label: `single file ${slug}.html, raw`, key: 'singleFile.raw', unit: 'bytes' },
    { label: 'fonts (woff2, both weights)', key: 'fonts.woff2', unit: 'bytes' },
    { label: 'one single subset, same characters', key: 'fonts.singleSubset', unit: 'bytes' },
    { label: 'fonts ÷ single subset', key: 'fonts.ratio', unit: 'ratio', budget: 'fontsToSingleSubset' },
    { label: 'slide 1 physical limit (fonts + page + reveal.js core, gzip)', key: 'slideOne.limit.gzip', unit: 'bytes' },
    { label: 'slide 1 ÷ its physical limit', key: 'slideOne.toLimit', unit: 'ratio', budget: 'slideOneToLimit' },
    { label: `${slug}.pdf`, key: 'pdf.deck', unit: 'bytes' },
    { label: `${slug}-notes.pdf`, key: 'pdf.notes', unit: 'bytes' },
  ];
  const times: RowSpec[] = [
    { label: 'npm run build, cold (new process, empty font cache)', key: 'time.build.cold', unit: 'ms' },
    { label: 'npm run build, warm font cache', key: 'time.build.warm', unit: 'ms' },
    { label: 'first slide ready, local server (median)', key: 'time.ready.http', unit: 'ms' },
    { label: 'first slide ready, file:// (median)', key: 'time.ready.file', unit: 'ms' },
    { label: 'npm run pdf (builds, then prints)', key: 'time.pdf', unit: 'ms' },
    { label: 'npm run check -- --no-browser (median of 3)', key: 'time.check.noBrowser', unit: 'ms' },
    { label: 'dev: first start after npm ci → slide 1 ready in Chromium', key: 'time.dev.start.first', unit: 'ms' },
    { label: 'dev: later start (caches warm) → slide 1 ready in Chromium (median of 3)', key: 'time.dev.start', unit: 'ms' },
    { label: 'dev: slide edit → shown in Chromium, the talk (median of 7 edits)', key: 'time.dev.edit', unit: 'ms' },
    {
      label: `peak memory, cold build of ${MEMORY_DECK_SLIDES} slides (new process; budget: bench/budget.json "memory")`,
      key: `scale.${MEMORY_DECK_SLIDES}.buildPeakBytes`,
      unit: 'bytes',
    },
    { label: 'install: npm ci from an empty npm cache', key: 'install.ms', unit: 'ms' },
    { label: 'install: node_modules on disk (budget: bench/budget.json "install")', key: 'install.nodeModulesBytes', unit: 'bytes' },
  ];
  const when = previous ? `previous run: ${previous.generatedAt}` : 'no previous report';
  const machine = (r: BenchReport) => `${r.machine.cpus} CPUs, load ${r.machine.loadAverage?.toFixed(1) ?? '?'}`;
  return [
    `Deck weight and speed — ${now.generatedAt} (${when}); gzip at level 6, 1 KB = 1000 bytes`,
    `Machine: ${machine(now)}${previous ? ` (previous: ${machine(previous)})` : ''}; times are printed, never budgeted.`,
    '',
    slideOneTable(now, previous, budget),
    '',
    figureTable(sizes, now, previous, budget),
    '',
    figureTable(times, now, previous, budget),
    '',
    scaleTable(now, previous),
    ...(now.notes.length > 0 ? ['', ...now.notes.map((n) => `note: ${n}`)] : []),
  ].join('\n');
}
