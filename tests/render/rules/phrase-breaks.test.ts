// The phrase-break rule: <wbr> between phrases in a slide's headings, paragraphs, list items and
// quotes; nothing in notes or table cells; the text itself unchanged.

import { describe, expect, it } from 'vitest';
import { createCollector } from '../../../src/diagnostics.js';
import { createMarkdown } from '../../../src/render/markdown.js';
import { createRenderEnv } from '../../../src/render/render-env.js';

const md = createMarkdown();
const render = (markdown: string, slideId = 'a-1'): string =>
  md.render(markdown, createRenderEnv('slides/a.md', 1, slideId, createCollector().report));
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('phrase breaks', () => {
  it('puts <wbr> between the phrases of a heading, and none inside "国产大模型"', () => {
    expect(render('# DeepSeek：国产大模型的破局者')).toBe('<h1>DeepSeek：<wbr>国产大模型的<wbr>破局者</h1>\n');
  });

  it('sets list items, quotes and paragraphs by phrase', () => {
    const html = render('- 团队的想法来自文章引述\n\n> 人工智能一定会改变世界\n\n推动整个生态的发展');
    expect(html.match(/<li>[^\n]*<\/li>/)![0]).toContain('<wbr>');
    expect(html.match(/<blockquote>\n<p>[^\n]*<\/p>/)![0]).toContain('人工智能<wbr>');
    expect(html.match(/<p>推动[^\n]*<\/p>/)![0]).toContain('<wbr>');
  });

  it('adds no character to the text, and keeps numbers with their units', () => {
    const source = '# 日活到1500万，要多少天\n\n- 占比41.6%的市场份额，上线后日活2000万';
    const html = render(source);
    expect(html).toContain('<wbr>');
    // The notes' rendering has no phrase breaks: the same text, character for character.
    expect(text(html)).toBe(text(render(source, 'a-1-notes')));
    for (const figure of ['1500万', '41.6%', '2000万']) expect(html).toContain(figure);
  });

  it('runs across a dropped line break and around emphasis', () => {
    const html = render('国产大模型的\n破局者来了，**破局**这件事情很难');
    expect(text(html)).toBe('国产大模型的破局者来了，破局这件事情很难\n');
    expect(html).toContain('<strong>破局</strong>');
  });

  it('leaves notes and table cells to the browser', () => {
    expect(render('团队的想法来自文章引述，推动整个生态的发展', 'a-1-notes')).not.toContain('<wbr>');
    expect(render('| 团队的想法来自文章引述 |\n| --- |\n| 推动整个生态的发展 |')).not.toContain('<wbr>');
  });
});
