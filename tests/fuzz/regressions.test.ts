// Bugs that fuzzing and the bad-input corpus found, one test each where neither the corpus
// (tests/fixtures/bad: yaml-alias, deck-yaml-syntax, not-utf8, empty-data-block, script-in-yaml)
// nor the pathological suite (cubic `.slide`/`.element` comments, unclosed headings, alias bomb)
// already pins them down.

import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { cjkBreaksPlugin } from '../../src/render/rules/cjk-breaks.js';
import { buildDeck } from '../../src/pipeline.js';

const md = new MarkdownIt({ html: true }).use(cjkBreaksPlugin);

describe('deck_cjk_breaks (found by fuzzing: markdown-it-cjk-breaks threw "Expected a code point")', () => {
  it('survives two line breaks with only HTML between them', () => {
    expect(md.render('文\n<b></b>\n一')).toBe('<p>文<b></b>一</p>\n');
    expect(md.render('> 引文\n<img src="x.png">\n一')).toBe('<blockquote>\n<p>引文<img src="x.png">一</p>\n</blockquote>\n');
  });

  it('still drops a break between wide characters and keeps it elsewhere', () => {
    expect(md.render('第一行\n第二行')).toBe('<p>第一行第二行</p>\n');
    expect(md.render('DeepSeek\n很快')).toBe('<p>DeepSeek\n很快</p>\n');
    expect(md.render('한국\n한국')).toBe('<p>한국\n한국</p>\n');
    expect(md.render('a\u200b\nb')).toBe('<p>a\u200bb</p>\n');
    expect(md.render('𠀀\n𠀁')).toBe('<p>𠀀𠀁</p>\n');
  });

  it('is what the deck renders with: a Chinese paragraph with a <br> line builds', () => {
    const build = buildDeck({ path: 'slides/deck.yaml', text: 'title: 题\nauthor: 讲者\n' }, [
      { path: 'slides/01-a.md', text: '## 题\n\n第一行\n<br>\n第二行' },
    ]);
    expect(build.diagnostics).toEqual([]);
    expect(build.rendered!.slides[0]!.html).toContain('<p>第一行<br>第二行</p>');
  });
});
