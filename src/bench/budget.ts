// The weight budget (bench/budget.json): its shape, and which measured figures exceed it. Pure.

export const BUDGET_KEYS = ['slideOneGzip', 'deckGzip', 'fontsToSingleSubset', 'slideOneToLimit'] as const;
export type BudgetKey = (typeof BUDGET_KEYS)[number];

export interface BudgetLimit {
  max: number;
  why: string;
}

export type Budget = Record<BudgetKey, BudgetLimit>;

/** The figures the budget limits; the single-file deck is checked against slideOneGzip. */
export interface SizeFigures {
  slideOneGzip: number;
  deckGzip: number;
  fontsToSingleSubset: number;
  /** Slide 1's gzip bytes ÷ the least any reveal.js deck with these fonts and this page can load. */
  slideOneToLimit: number;
  /** gzip bytes of dist/<slug>.html, when the build wrote it. */
  singleFileGzip?: number;
}

const LABELS: Record<BudgetKey, string> = {
  slideOneGzip: 'bytes to show slide 1 (gzip)',
  deckGzip: 'whole deck (gzip)',
  fontsToSingleSubset: 'fonts ÷ one single subset',
  slideOneToLimit: 'slide 1 ÷ its physical limit',
};

/** Checks the parsed JSON of a budget file; throws naming the file and the bad key. */
export function parseBudget(json: unknown, file: string): Budget {
  if (typeof json !== 'object' || json === null) throw new Error(`${file}: expected a JSON object`);
  const record = json as Record<string, unknown>;
  const budget = {} as Budget;
  for (const key of BUDGET_KEYS) {
    const entry = record[key] as Partial<BudgetLimit> | undefined;
    if (typeof entry?.max !== 'number' || !(entry.max > 0)) throw new Error(`${file}: "${key}.max" must be a positive number`);
    if (typeof entry.why !== 'string' || entry.why.trim() === '')
      throw new Error(`${file}: "${key}.why" must say why the limit is what it is`);
    budget[key] = { max: entry.max, why: entry.why };
  }
  return budget;
}

/** `section.key` of the parsed budget file, a limit in bytes with its reason; throws naming the file and the key. */
export function parseBytesLimit(json: unknown, file: string, section: string, key: string): BudgetLimit {
  const entry = (json as Record<string, Record<string, Partial<BudgetLimit> | undefined> | undefined> | undefined)?.[section]?.[key];
  if (typeof entry?.max !== 'number' || !(entry.max > 0)) throw new Error(`${file}: "${section}.${key}.max" must be a positive number of bytes`);
  if (typeof entry.why !== 'string' || entry.why.trim() === '') throw new Error(`${file}: "${section}.${key}.why" must say why`);
  return { max: entry.max, why: entry.why };
}

function show(key: BudgetKey, value: number): string {
  return key === 'fontsToSingleSubset' || key === 'slideOneToLimit' ? `${value.toFixed(3)}×` : `${value.toLocaleString('en-US')} bytes`;
}

/** One message per figure over its limit; empty when the deck fits. */
export function overBudget(figures: SizeFigures, budget: Budget): string[] {
  const checks: [BudgetKey, string, number | undefined][] = [
    ['slideOneGzip', LABELS.slideOneGzip, figures.slideOneGzip],
    ['slideOneGzip', 'single-file deck (gzip)', figures.singleFileGzip],
    ['deckGzip', LABELS.deckGzip, figures.deckGzip],
    ['fontsToSingleSubset', LABELS.fontsToSingleSubset, figures.fontsToSingleSubset],
    ['slideOneToLimit', LABELS.slideOneToLimit, figures.slideOneToLimit],
  ];
  return checks
    .filter(([key, , value]) => value !== undefined && value > budget[key].max)
    .map(
      ([key, label, value]) => `${label} is ${show(key, value!)}, over the budget of ${show(key, budget[key].max)} — ${budget[key].why}`,
    );
}
