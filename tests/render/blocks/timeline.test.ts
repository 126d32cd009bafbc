import { describe, expect, it } from 'vitest';
import { createCollector, formatDiagnostic } from '../../../src/diagnostics.js';
import { createSlideFacts } from '../../../src/render/slide-facts.js';
import { drawTimeline } from '../../../src/render/blocks/timeline.js';
import { parseTimeline } from '../../../src/parse/timeline-block.js';

const render = (yaml: string) => {
  const { diagnostics, report } = createCollector();
  // Read in parse/, drawn in render/: a block with a problem draws nothing.
  const data = parseTimeline(yaml, { file: 'slides/b.md', line: 10, what: 'timeline block' }, report);
  const html = data === undefined ? '' : drawTimeline(data, { idPrefix: 'b-1-timeline-1', facts: createSlideFacts() });
  return { html, messages: diagnostics.map(formatDiagnostic) };
};

describe('#renderTimeline', () => {
  it('draws each date and text as real SVG text, with a description of all', () => {
    const { html, messages } = render('- { date: 2015, text: 创立幻方 }\n- { date: "2019–2021", text: 萤火一号、二号 }\n');
    expect(messages).toEqual([]);
    expect(html).toContain('<desc id="b-1-timeline-1-desc">2015：创立幻方；2019–2021：萤火一号、二号</desc>');
    // Drawn twice: for the 1280-wide canvas and, narrower, for phones.
    expect(html.match(/class="timeline-date"/g)).toHaveLength(4);
    expect(html).toMatch(/class="deck-svg deck-svg-wide" viewBox="0 0 1100 [\s\S]*class="deck-svg deck-svg-narrow" viewBox="0 0 600 /);
    expect(html).toContain('>2019–2021</text>');
  });

  it('wraps a long text over several lines instead of running off the canvas', () => {
    const { html } = render(`- { date: 2018, text: ${'很长的说明文字'.repeat(8)} }\n`);
    expect(html.match(/<tspan/g)!.length).toBeGreaterThan(1);
  });

  it('names the line of an item without text', () => {
    expect(render('- { date: 2015, text: 创立 }\n- { date: 2016 }\n').messages).toEqual([
      'slides/b.md:11:3: timeline block item 2 is missing "text" — add a line `text: …`',
    ]);
  });

  it('asks for a list when given something else', () => {
    expect(render('date: 2015\n').messages[0]).toMatch(/needs a non-empty list/);
  });
});
