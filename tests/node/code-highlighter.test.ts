// Build-time code colouring: only the languages used, AA contrast on the deck's paper, text kept.

import { describe, expect, it } from 'vitest';
import { createCodeHighlighter, fenceLanguages, readableColour } from '../../src/node/code-highlighter.js';
import { buildDeck } from '../../src/pipeline.js';

describe('#fenceLanguages', () => {
  it('names the languages after the fences, never the data blocks', () => {
    expect(fenceLanguages([{ path: 'a.md', text: '```js [1|2]\nx\n```\n\n```chart\nt: 1\n```\n~~~Python\ny\n~~~' }])).toEqual([
      'js',
      'python',
    ]);
    expect(fenceLanguages([{ path: 'a.md', text: '## 无代码' }])).toEqual([]);
  });
});

describe('#readableColour', () => {
  it('keeps a colour with AA contrast on the paper and replaces a pale one by the ink', () => {
    expect(readableColour('#cf222e')).toBe('#cf222e');
    expect(readableColour('#ffcc00')).toBe('#1c2333');
    expect(readableColour(undefined)).toBe('#1c2333');
  });
});

describe('#createCodeHighlighter', () => {
  it('is nothing for a deck without code (shiki is not loaded)', async () => {
    expect(await createCodeHighlighter([])).toBeUndefined();
    expect(await createCodeHighlighter(['no-such-language'])).toBeUndefined();
  });

  it('colours code of a used language, keeps its text (Chinese comments too), and leaves others plain', async () => {
    const highlight = (await createCodeHighlighter(['js']))!;
    const html = highlight('// 注释\nlet a = 1 < 2;\n', 'js')!;
    expect(html).toMatch(/^<span style="color:#[0-9a-f]{6}">/);
    expect(html.replace(/<[^>]+>/g, '')).toBe('// 注释\nlet a = 1 &lt; 2;\n');
    expect(highlight('x', 'python')).toBeUndefined();
    const build = buildDeck(
      { path: 'deck.yaml', text: 'title: T\nauthor: A\n' },
      [{ path: 'slides/01-a.md', text: '```js [1|2]\nlet a;\nlet b;\n```' }],
      { highlightCode: highlight },
    );
    expect(build.rendered?.html).toContain('<pre><code data-line-numbers="1|2" class="language-js"><span style="color:');
  }, 30_000);
});
