import { describe, expect, it } from 'vitest';
import { createCollector, formatDiagnostic } from '../../../src/diagnostics.js';
import { createSlideFacts } from '../../../src/render/slide-facts.js';
import { CHART_ROOM, drawChart } from '../../../src/render/blocks/chart.js';
import { parseChart } from '../../../src/parse/chart-block.js';

const render = (yaml: string) => {
  const { diagnostics, report } = createCollector();
  // Read in parse/, drawn in render/: a block with a problem draws nothing.
  const data = parseChart(yaml, { file: 'slides/a.md', line: 42, what: 'chart block' }, report);
  const html = data === undefined ? '' : drawChart(data, { idPrefix: 'a-1-chart-1', facts: createSlideFacts() });
  return { html, messages: diagnostics.map(formatDiagnostic) };
};

const GOOD =
  'type: bar\ntitle: 20 天时的日活（万）\nunit: 万\ndata:\n  - { label: DeepSeek, value: 2215, highlight: true }\n  - { label: 豆包, value: 1695 }\nnote: 来源：文章';

describe('#renderChart', () => {
  it('draws an accessible SVG with a title, a description of every value and real text labels', () => {
    const { html, messages } = render(GOOD);
    expect(messages).toEqual([]);
    expect(html).toContain('role="img"');
    expect(html).toContain('<title id="a-1-chart-1-title">20 天时的日活（万）</title>');
    expect(html).toContain('<desc id="a-1-chart-1-desc">DeepSeek：2215万；豆包：1695万</desc>');
    const [wide, narrow] = html.split('<svg').slice(1);
    expect(wide!.match(/<text class="chart-label"[^>]*>([^<]*)<\/text>/g)?.map((t) => t.replace(/<[^>]+>/g, ''))).toEqual([
      'DeepSeek',
      '豆包',
    ]);
    // The phone's drawing: narrower, the same labels, its own ids.
    expect(narrow).toMatch(/^ class="deck-svg deck-svg-narrow" viewBox="0 0 600 /);
    expect(narrow).toContain('<title id="a-1-chart-1-narrow-title">');
    expect(narrow!.match(/class="chart-label"/g)).toHaveLength(2);
    expect(html).toContain('>2215万</text>');
    expect(html).toContain('class="bar bar-highlight"');
    expect(html).not.toMatch(/<path/);
  });

  it('draws bars in proportion to their values', () => {
    const widths = [...render(GOOD).html.matchAll(/<rect class="bar[^"]*" [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[1]! / widths[0]!).toBeCloseTo(1695 / 2215, 2);
  });

  it('draws vertical columns for type column', () => {
    const { html } = render(GOOD.replace('type: bar', 'type: column'));
    expect(html).toContain('deck-chart-column');
  });

  it('draws columns short enough for the slide: the wide drawing fits its room, with or without a note', () => {
    const height = (html: string) => Number(/class="deck-svg deck-svg-wide" viewBox="0 0 \d+ (\d+)"/.exec(html)![1]);
    const columns = GOOD.replace('type: bar', 'type: column');
    const withNote = render(columns).html;
    const plain = render(columns.replace(/\nnote:.*$/, '')).html;
    expect(height(withNote)).toBeLessThanOrEqual(CHART_ROOM.withNote);
    expect(height(plain)).toBeLessThanOrEqual(CHART_ROOM.plain);
    expect(height(plain)).toBeGreaterThan(height(withNote));
  });

  it('draws many bars thinner, so the wide drawing still fits its room', () => {
    const height = (html: string) => Number(/class="deck-svg deck-svg-wide" viewBox="0 0 \d+ (\d+)"/.exec(html)![1]);
    const rows = [1, 2, 3, 4, 5].map((n) => `  - { label: 第${n}家, value: ${n * 100} }`).join('\n');
    const five = render(`type: bar\ntitle: 五家的日活（万）\ndata:\n${rows}\nnote: 数据来源：文章`).html;
    expect(height(five)).toBeLessThanOrEqual(CHART_ROOM.withNote);
    // Two bars keep their full rows.
    expect(height(render(GOOD).html)).toBe(height(render(GOOD.replace(/\nnote:.*$/, '')).html));
  });

  it('names the line inside the block of an item without a value', () => {
    expect(render('title: 图\ndata:\n  - { label: A, value: 1 }\n  - { label: B }\n').messages).toEqual([
      'slides/a.md:45:5: chart block item 2 is missing "value" — add a line `value: …`',
    ]);
  });

  it('names a value that is not a number', () => {
    expect(render('title: 图\ndata:\n  - { label: A, value: 很多 }\n').messages[0]).toBe(
      'slides/a.md:44:24: "value" in chart block item 1 must be a number, got "很多"',
    );
  });

  it('names an unknown chart type and an unknown key', () => {
    const { messages } = render('type: pie\ntitle: 图\ncolour: red\ndata:\n  - { label: A, value: 1 }\n');
    expect(messages).toEqual([
      'slides/a.md:44:1: unknown key "colour" in chart block — use one of: type, title, unit, note, data',
      'slides/a.md:42:7: unknown chart type "pie" — use "bar" (horizontal bars) or "column" (vertical bars)',
    ]);
  });

  it('reports invalid YAML at its line', () => {
    expect(render('title: 图\ndata: [\n').messages[0]).toMatch(/^slides\/a\.md:4\d:\d+: invalid YAML in chart block/);
  });

  it('escapes markup in labels', () => {
    const { html } = render('title: "<script>alert(1)</script>"\ndata:\n  - { label: "<img src=x onerror=alert(1)>", value: 1 }\n');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });
});
