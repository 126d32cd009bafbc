import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCollector } from '../../src/diagnostics.js';
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
});
