import { describe, expect, it } from 'vitest';
import { createCollector, formatDiagnostic } from '../../src/diagnostics.js';
import { DEFAULT_CONFIG } from '../../src/parse/deck-config.js';
import { parseSlideFile } from '../../src/parse/deck.js';
import { createMarkdown } from '../../src/render/markdown.js';
import { renderSlide } from '../../src/render/section.js';

const config = { ...DEFAULT_CONFIG, title: 't', author: 'a' };

/** Renders the first slide of a one-file deck; returns its HTML and the problems as text. */
const render = (text: string) => {
  const { diagnostics, report } = createCollector();
  const file = parseSlideFile({ path: 'slides/01-x.md', text }, report);
  const slide = renderSlide(file.stacks[0]![0]!, file, config, createMarkdown(), report);
  return { slide, html: slide.html, messages: diagnostics.map(formatDiagnostic) };
};

describe('#renderSlide', () => {
  it('makes a section with a stable id from file and order, its layout, source line and pacing', () => {
    const { html, slide } = render(`---\narc: 破局\naccent: "#d9480f"\n---\n\n## 标题\n\n正文\n\nNote:\n${'讲'.repeat(40)}`);
    expect(html).toMatch(
      /^<section id="01-x-1" data-layout="bullets" data-file="slides\/01-x\.md" data-line="6" data-arc="破局" style="--accent: #d9480f" data-timing="10" class="layout-bullets">/,
    );
    expect(slide.title).toBe('标题');
    expect(slide.seconds).toBe(10);
  });

  it('renders the notes into <aside class="notes">', () => {
    const { html } = render('## 标题\n\nNote:\n**重点**在这里');
    expect(html).toContain('<aside class="notes">\n<p><strong>重点</strong>在这里</p>\n</aside>');
  });

  it('keeps a hand-set data-timing and adds slide attributes and classes', () => {
    const { html } = render('<!-- .slide: data-timing="90" class="dark" data-background-color="#111" -->\n## 标题');
    expect(html).toContain('data-timing="90"');
    expect(html).not.toMatch(/data-timing="5"/);
    expect(html).toContain('data-background-color="#111"');
    expect(html).toContain('class="layout-bullets dark"');
  });

  it('lays out columns separated by |||, with the heading above them', () => {
    const { html, messages } = render('<!-- .slide: layout="columns" -->\n## 对比\n\n### 大厂\n- 挖人\n\n|||\n\n### DeepSeek\n- 应届生');
    expect(messages).toEqual([]);
    expect(html).toMatch(
      /<h2>对比<\/h2>\n<div class="columns">\n<div class="column">\n<h3>大厂<\/h3>[\s\S]*<div class="column">\n<h3>DeepSeek<\/h3>/,
    );
  });

  it.each([
    ['quote', '## 引语\n\n> 只有引文', 'a quote slide needs an attribution'],
    ['quote', '## 引语\n\n— 没有引文', 'a quote slide needs a ">" blockquote'],
    ['stat', '## 数字', 'a stat slide needs a ```stat block'],
    ['chart', '## 图', 'a chart slide needs a ```chart block'],
    ['timeline', '## 时间线', 'a timeline slide needs a ```timeline block'],
    ['image', '## 图片', 'an image slide needs an image'],
    ['title', '## 不是一级标题', 'a title slide needs a "# " heading'],
    ['section', '正文', 'a section slide needs a "# " heading'],
    ['columns', '## 只有一栏', 'a columns slide needs at least two columns'],
  ])('reports a %s slide that lacks what its layout needs, at the slide’s line', (layout, body, problem) => {
    const { messages } = render(`\n<!-- .slide: layout="${layout}" -->\n${body}`);
    expect(messages.filter((m) => m.startsWith(`slides/01-x.md:2:1: ${problem}`))).toHaveLength(1);
  });

  it('reports the line of a chart error inside the file', () => {
    const { messages } = render('<!-- .slide: layout="chart" -->\n## 图\n\n```chart\ntitle: 图\ndata:\n  - { label: A }\n```');
    expect(messages).toEqual([
      'slides/01-x.md:7:5: chart block item 1 is missing "value" — add a line `value: …`; or, if this is not chart data, show it as code: label the fence ```yaml instead of ```chart',
    ]);
  });
});
