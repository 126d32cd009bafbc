// The budget file's shape and the over-budget messages (pure; the real deck is in budget.test.ts).

import { describe, expect, it } from 'vitest';
import { overBudget, parseBudget } from '../../src/bench/budget.js';

const limits = {
  slideOneGzip: { max: 300_000, why: 'slide 1 loads fast' },
  deckGzip: { max: 500_000, why: 'the whole deck stays small' },
  fontsToSingleSubset: { max: 1.25, why: 'bold carries only bold text' },
  slideOneToLimit: { max: 1.1, why: 'our code adds a tenth at most' },
};

describe('#parseBudget', () => {
  it('reads the four limits', () => {
    expect(parseBudget({ about: 'x', ...limits }, 'b.json')).toEqual(limits);
  });

  it('names the file and the key when a limit or its reason is missing', () => {
    expect(() => parseBudget({ ...limits, deckGzip: { max: 'big', why: 'x' } }, 'bench/budget.json')).toThrow(
      'bench/budget.json: "deckGzip.max" must be a positive number',
    );
    expect(() => parseBudget({ ...limits, fontsToSingleSubset: { max: 1.2 } }, 'b.json')).toThrow('"fontsToSingleSubset.why"');
    expect(() => parseBudget(null, 'b.json')).toThrow('expected a JSON object');
  });
});

describe('#overBudget', () => {
  const budget = parseBudget(limits, 'b.json');

  it('is empty when everything fits, the limit itself included', () => {
    expect(overBudget({ slideOneGzip: 300_000, deckGzip: 1, fontsToSingleSubset: 1.25, slideOneToLimit: 1.1 }, budget)).toEqual([]);
  });

  it('names each figure over its limit, with the reason', () => {
    const over = overBudget(
      { slideOneGzip: 315_000, deckGzip: 1, fontsToSingleSubset: 1.9, slideOneToLimit: 1.26, singleFileGzip: 300_001 },
      budget,
    );
    expect(over).toEqual([
      'bytes to show slide 1 (gzip) is 315,000 bytes, over the budget of 300,000 bytes — slide 1 loads fast',
      'single-file deck (gzip) is 300,001 bytes, over the budget of 300,000 bytes — slide 1 loads fast',
      'fonts ÷ one single subset is 1.900×, over the budget of 1.250× — bold carries only bold text',
      'slide 1 ÷ its physical limit is 1.260×, over the budget of 1.100× — our code adds a tenth at most',
    ]);
  });
});
