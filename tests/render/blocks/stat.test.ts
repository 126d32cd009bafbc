import { describe, expect, it } from 'vitest';
import { createCollector, formatDiagnostic } from '../../../src/diagnostics.js';
import { createSlideFacts } from '../../../src/render/slide-facts.js';
import { drawStat } from '../../../src/render/blocks/stat.js';
import { parseStat } from '../../../src/parse/stat-block.js';

const render = (yaml: string) => {
  const { diagnostics, report } = createCollector();
  // Read in parse/, drawn in render/: a block with a problem draws nothing.
  const data = parseStat(yaml, { file: 'slides/c.md', line: 7, what: 'stat block' }, report);
  const html = data === undefined ? '' : drawStat(data, { idPrefix: 'c-1-stat-1', facts: createSlideFacts() });
  return { html, messages: diagnostics.map(formatDiagnostic) };
};

describe('#renderStat', () => {
  it('shows the value, its label and its source', () => {
    const { html, messages } = render('value: 2000万\nlabel: 上线 20 天的日活\nsource: 文章');
    expect(messages).toEqual([]);
    expect(html).toBe(
      '<figure class="deck-stat"><p class="stat-value">2000万</p><figcaption class="stat-label">上线 20 天的日活</figcaption><p class="stat-source">文章</p></figure>\n',
    );
  });

  it('reports a missing label', () => {
    expect(render('value: 1').messages).toEqual(['slides/c.md:7:1: stat block is missing "label" — add a line `label: …`']);
  });
});
