// The peers table: paired runs of ours and a peer's tool, each pair's ratio, the median with its
// min–max, and the ratio budget (bench/budget.json "peerRatios"). Pure.

export interface PairedRun {
  /** Whole-process wall time in ms, ours and the peer's, run one after the other. */
  ours: number;
  peer: number;
  /** CPU time (user + system) in ms when measured. */
  oursCpu?: number;
  peerCpu?: number;
}

export interface PeerFigure {
  key: string;
  label: string;
  peer: string;
  runs: PairedRun[];
  /** Why the figure has no runs (a peer that cannot run here, a failed command). */
  missing?: string;
}

export interface RatioLimit {
  max: number;
  why: string;
}

export interface RatioSummary {
  median: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Ours ÷ peer per pair (the pair shares the machine's load), summarised. */
export function ratios(runs: readonly PairedRun[], cpu = false): RatioSummary | undefined {
  const each = runs.flatMap((r) => {
    const [ours, peer] = cpu ? [r.oursCpu, r.peerCpu] : [r.ours, r.peer];
    return ours !== undefined && peer !== undefined && peer > 0 ? [ours / peer] : [];
  });
  if (each.length === 0) return undefined;
  return { median: median(each), min: Math.min(...each), max: Math.max(...each) };
}

/** Checks `peerRatios` of the budget file's JSON; throws naming the bad key. */
export function parseRatioBudget(json: unknown, file: string): Record<string, RatioLimit> {
  const entries = (json as { peerRatios?: unknown } | undefined)?.peerRatios;
  if (typeof entries !== 'object' || entries === null) throw new Error(`${file}: "peerRatios" must be an object of { max, why }`);
  const budget: Record<string, RatioLimit> = {};
  for (const [key, value] of Object.entries(entries as Record<string, Partial<RatioLimit>>)) {
    if (typeof value?.max !== 'number' || !(value.max > 0)) throw new Error(`${file}: "peerRatios.${key}.max" must be a positive number`);
    if (typeof value.why !== 'string' || value.why.trim() === '') throw new Error(`${file}: "peerRatios.${key}.why" must say why`);
    budget[key] = { max: value.max, why: value.why };
  }
  return budget;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const times = (s: RatioSummary) => `**${s.median.toFixed(2)}×** (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;

/** The Markdown table README's "Size and speed" shows, one row per figure. */
export function formatPeerTable(figures: readonly PeerFigure[], budget: Record<string, RatioLimit>): string {
  const lines = [
    '| figure | ours (median) | peer (median) | ours ÷ peer, wall (min–max) | ours ÷ peer, CPU | budget |',
    '|---|---|---|---|---|---|',
  ];
  for (const f of figures) {
    const limit = budget[f.key];
    const wall = ratios(f.runs);
    const cpu = ratios(f.runs, true);
    const verdict =
      limit === undefined
        ? '—'
        : wall === undefined
          ? `≤ ${limit.max}×`
          : `≤ ${limit.max}× ${wall.median <= limit.max ? 'ok' : '**over**'}`;
    if (wall === undefined) {
      lines.push(`| ${f.label} | — | ${f.peer}: — | not measured: ${f.missing ?? 'no runs'} | — | ${verdict} |`);
      continue;
    }
    const ours = seconds(median(f.runs.map((r) => r.ours)));
    const peer = seconds(median(f.runs.map((r) => r.peer)));
    lines.push(`| ${f.label} | ${ours} | ${f.peer} ${peer} | ${times(wall)} | ${cpu ? times(cpu) : '—'} | ${verdict} |`);
  }
  return lines.join('\n');
}

/** One line per figure whose median wall ratio is over its budget. */
export function overRatioBudget(figures: readonly PeerFigure[], budget: Record<string, RatioLimit>): string[] {
  return figures.flatMap((f) => {
    const limit = budget[f.key];
    const wall = ratios(f.runs);
    if (!limit || !wall || wall.median <= limit.max) return [];
    return [`${f.label}: ours ÷ ${f.peer} is ${wall.median.toFixed(2)}×, over the budget of ${limit.max}× — ${limit.why}`];
  });
}
