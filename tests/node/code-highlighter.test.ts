// Build-time code colouring: only the languages used, AA contrast on the deck's paper, text kept.

import { describe, expect, it } from 'vitest';
import { CODE_LANGUAGES, createCodeHighlighter, fenceLanguages, readableColour } from '../../src/node/code-highlighter.js';
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

  it('colours every language it names, by each of its names, and html with its embedded script and style', async () => {
    const names = Object.keys(CODE_LANGUAGES);
    const highlight = (await createCodeHighlighter(names))!;
    // One line each would colour keywords, strings or numbers in every one of these languages but html.
    const sample = 'if (x == "a") { return 1; } // c\nSELECT name FROM t WHERE id = 2;\n- old\n+ new\nkey: "v"\n';
    const colours = (html: string) => new Set(html.match(/color:#[0-9a-fA-F]{6}/g)).size;
    const plain = names.filter((name) => name !== 'html' && colours(highlight(sample, name) ?? '') < 2);
    expect(plain).toEqual([]);
    // A deck whose only code is html: the script and style inside are coloured all the same.
    const htmlOnly = (await createCodeHighlighter(['html']))!;
    const html = htmlOnly('<p class="a">文</p><script>const a = 1;</script><style>p { color: red; }</style>', 'html')!;
    // Text in the default colour (the theme's foreground or the deck's ink) is not coloured.
    const colourOf = (text: string) => new RegExp(`<span style="color:(#[0-9A-Fa-f]{6})">${text}</span>`).exec(html)?.[1]?.toLowerCase();
    for (const embedded of ['const', 'color']) expect(['#1f2328', '#1c2333', undefined]).not.toContain(colourOf(embedded));
  }, 30_000);
});
