// The scale run's generated deck: as many slides as asked, every layout it uses valid, repeatable.

import { describe, expect, it } from 'vitest';
import { scaleDeck } from '../../src/bench/scale-deck.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadRealDeck } from '../_support/project.js';

async function corpus() {
  const slides = (await loadRealDeck()).rendered!.slides;
  return {
    lines: slides.map((s) => s.title).filter(Boolean),
    sentences: slides.flatMap((s) => s.notes.split(/(?<=。)/)).filter((s) => s.length > 8),
  };
}

function build(files: Map<string, string>) {
  const config = { path: 'slides/deck.yaml', text: files.get('deck.yaml')! };
  const slides = [...files].filter(([name]) => name.endsWith('.md')).map(([name, text]) => ({ path: `slides/${name}`, text }));
  return buildDeck(config, slides);
}

describe('#scaleDeck', () => {
  it('writes N slides with notes, in files of ten, that build without a problem', async () => {
    const deck = scaleDeck(120, await corpus());
    expect([...deck.files.keys()].filter((n) => n.endsWith('.md'))).toHaveLength(12);
    const built = build(deck.files);
    expect(built.diagnostics).toEqual([]);
    const slides = built.rendered!.slides;
    expect(slides).toHaveLength(120);
    expect(slides.every((s) => s.notes.length > 20)).toBe(true);
    const layouts = new Set(slides.map((s) => s.layout));
    for (const layout of ['title', 'section', 'bullets', 'quote', 'stat', 'chart', 'timeline', 'closing'])
      expect(layouts).toContain(layout);
  });

  it('is the same deck every time, and the character set grows with the deck', async () => {
    const c = await corpus();
    expect(scaleDeck(50, c).files).toEqual(scaleDeck(50, c).files);
    const distinct = (n: number) => new Set([...scaleDeck(n, c).files.values()].join('')).size;
    expect(distinct(250)).toBeGreaterThan(distinct(50) + 200);
  });
});
