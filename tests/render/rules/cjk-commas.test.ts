// Full-width commas between Chinese characters, and emphasis where Chinese writers put it.

import { describe, expect, it } from 'vitest';
import { createCollector } from '../../../src/diagnostics.js';
import { createMarkdown } from '../../../src/render/markdown.js';
import { createRenderEnv } from '../../../src/render/render-env.js';
import { fullWidthCommas } from '../../../src/render/rules/cjk-commas.js';

const md = createMarkdown();
const render = (markdown: string, slideId = 'a-1') =>
  md.render(markdown, createRenderEnv('slides/a.md', 1, slideId, createCollector().report)).replace(/<wbr>/g, '');

describe('#fullWidthCommas', () => {
  it.each([
    ['过去很多年,中国公司', '过去很多年，中国公司'],
    ['一,二,三', '一，二，三'],
    // Not between two Han characters: kept as written.
    ['1,500', '1,500'],
    ['DeepSeek,国产', 'DeepSeek,国产'],
    ['中文, 空格', '中文, 空格'],
  ])('%s → %s', (input, output) => {
    expect(fullWidthCommas(input)).toBe(output);
  });

  it('applies on slides and in notes, not in code', () => {
    expect(render('> 在这一波浪潮中,我们的出发点')).toContain('在这一波浪潮中，我们的出发点');
    expect(render('在这一波浪潮中,我们的出发点', 'a-1-notes')).toContain('浪潮中，我们');
    expect(render('`中,文`')).toContain('<code>中,文</code>');
  });
});

describe('emphasis next to Chinese punctuation', () => {
  it.each([
    ['**“破局者”**这个词', '<strong>“破局者”</strong>这个词'],
    ['**破局**，靠的是积累', '<strong>破局</strong>，靠的是积累'],
    ['这是*“失控”*的空间', '这是<em>“失控”</em>的空间'],
  ])('%s', (markdown, html) => {
    expect(render(markdown)).toContain(html);
  });
});
