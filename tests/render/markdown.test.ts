import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCollector, formatDiagnostic } from '../../src/diagnostics.js';
import { createMarkdown } from '../../src/render/markdown.js';
import { createRenderEnv } from '../../src/render/render-env.js';
import { readFixtureCases } from '../_support/fixture-cases.js';

const md = createMarkdown();
const cases = readFixtureCases(readFileSync(new URL('./_fixtures/markdown.txt', import.meta.url), 'utf8'));

describe('#createMarkdown', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const { report, diagnostics } = createCollector();
    const html = md.render(fixture.input, createRenderEnv('slides/a.md', 1, 'a-1', report));
    expect(html.trim()).toBe(fixture.expected.trim());
    expect(diagnostics).toEqual([]);
  });

  it('records images with their file line', () => {
    const { report } = createCollector();
    const env = createRenderEnv('slides/a.md', 20, 'a-1', report);
    md.render('正文\n\n![图表说明](../assets/chart.png)', env);
    expect(env.images).toEqual([{ src: '../assets/chart.png', alt: '图表说明', line: 22, column: 9 }]);
  });

  it.each([
    ['集合 {1, 2, 3}', '<p>集合 {1, 2, 3}</p>'],
    ['模板 {name}', '<p>模板 {name}</p>'],
    ['- 项 {b}', '<ul>\n<li>项 {b}</li>\n</ul>'],
    ['`code` {x}', '<p><code>code</code> {x}</p>'],
    ['文字\n{x}', '<p>文字\n{x}</p>'],
    ['**粗**{.x} 和 {y}', '<p><strong class="x">粗</strong> 和 {y}</p>'],
  ])('never deletes braces that are not attributes: %j', (input, expected) => {
    const { report, diagnostics } = createCollector();
    expect(md.render(input, createRenderEnv('slides/a.md', 1, 'a-1', report)).trim()).toBe(expected);
    expect(diagnostics).toEqual([]);
  });

  it('keeps {…} with attributes it may not set as text, with a warning at its line', () => {
    const { report, diagnostics } = createCollector();
    const html = md.render(
      '正文\n\n## 标题 {style=color:red}\n\n文字 {onclick=alert(1)}',
      createRenderEnv('slides/a.md', 5, 'a-1', report),
    );
    expect(html).toContain('<h2>标题 {style=color:red}</h2>');
    // Shown as the author wrote it; never set as an attribute.
    expect(html).toContain('<p>文字 {onclick=alert(1)}</p>');
    expect(html).not.toMatch(/<[^>]*\sonclick=/);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'slides/a.md:7:1: warning: "{style=color:red}" is shown as text: only class, id and data-* attributes can be set with {…} — write {.name} for a class (see AUTHORING.md), or keep the braces as text on purpose',
      'slides/a.md:9:1: warning: "{onclick=alert(1)}" is shown as text: only class, id and data-* attributes can be set with {…} — write {.name} for a class (see AUTHORING.md), or keep the braces as text on purpose',
    ]);
  });

  it('still applies allowed attributes', () => {
    const { report } = createCollector();
    expect(md.render('文字 {.fragment #x data-k=1}', createRenderEnv('slides/a.md', 1, 'a-1', report))).toBe(
      '<p class="fragment" id="x" data-k="1">文字</p>\n',
    );
  });
});
