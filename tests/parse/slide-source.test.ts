import { describe, expect, it } from 'vitest';
import { createCollector } from '../../src/diagnostics.js';
import { readSlideSource } from '../../src/parse/slide-source.js';

const read = (text: string, line = 10) => {
  const { diagnostics, report } = createCollector();
  const slide = readSlideSource({ lines: text.split('\n'), line }, 'a-1', 'slides/a.md', report);
  return { slide, diagnostics };
};

describe('#readSlideSource', () => {
  it('takes everything after "Note:" as the notes, with their line', () => {
    const { slide } = read('## 标题\n\n正文\n\nNote:\n备注第一行\n备注第二行');
    expect(slide.notes).toBe('备注第一行\n备注第二行');
    // The notes' first written line: their render reports positions from it.
    expect(slide.notesLine).toBe(15);
    expect(slide.markdown).not.toContain('备注');
  });

  it('accepts "Notes:" and text on the same line', () => {
    expect(read('正文\nNotes: 同一行的备注').slide.notes).toBe('同一行的备注');
  });

  it('reads a lower-case "notes:" or an indented "Note:" as slide text', () => {
    const { slide } = read('正文\n\nnotes: 这是正文\n\n NOTE: 也是正文\n   Note: 还是正文');
    expect(slide.notes).toBe('');
    expect(slide.markdown).toContain('notes: 这是正文');
    expect(slide.markdown).toContain('   Note: 还是正文');
  });

  it.each([
    ['a fenced block', '```md\nNote: 代码\n```'],
    ['a tilde fence with a longer closing', '~~~~\nNote: 代码\n~~~~~'],
    ['an indented code block', '正文\n\n    Note: 代码'],
    ['a list item’s code', '- 项\n\n  ```\n  Note: 代码\n  ```'],
    ['a blockquote', '> 引文\n> Note: 引文'],
    ['an HTML block', '<div>\nNote: 在 div 里\n</div>'],
    ['an HTML element open across blank lines', '<div class="box">\n\nNote: 在 div 里\n\n</div>'],
    ['an element nested in an open one', '<div>\n<section>\n\nNote: 在里面\n\n</section>\n\n</div>'],
    ['a <pre> block with blank lines', '<pre>\n代码\n\nNote: 代码\n</pre>'],
    ['a table', '| a | b |\n|---|---|\nNote: | x'],
  ])('does not start notes inside %s', (_name, text) => {
    const { slide, diagnostics } = read(text);
    expect(slide.notes).toBe('');
    expect(slide.markdown).toContain('Note:');
    expect(diagnostics).toEqual([]);
  });

  it('starts notes at a top-level "Note:" after a list, a quote or closed HTML', () => {
    expect(read('- 一\n- 二\nNote: 备注').slide.notes).toBe('备注');
    expect(read('> 引文\n\nNote: 备注').slide.notes).toBe('备注');
    expect(read('<div>\n文字\n</div>\n\nNote: 备注').slide.notes).toBe('备注');
    // An element never closed does not swallow the notes.
    expect(read('<div>\n\nNote: 备注').slide.notes).toBe('备注');
  });

  it('gives the notes the line of their first written line', () => {
    expect(read('## 标题\n\nNote:\n\n备注').slide.notesLine).toBe(14);
    expect(read('## 标题\n\nNote: 备注').slide.notesLine).toBe(12);
  });

  it('reports a .slide comment not closed by "-->" at its line, not a slide that vanishes', () => {
    const { diagnostics } = read('## 标题\n\n<!-- .slide: layout="quote" ->\n\n> 引文');
    expect(diagnostics.map((d) => [d.line, d.column, d.message, d.hint])).toEqual([
      [
        12,
        1,
        '.slide comment "<!--" is never closed by "-->": the rest of the slide is hidden',
        'end it with "-->" on the same line, e.g. <!-- .slide: layout="quote" -->',
      ],
    ]);
  });

  it('reports a .slide or .element comment that does not close on its own line', () => {
    const { diagnostics, slide } = read(
      '## 标题\n\n<!-- .slide: layout="quote"\n-->\n\n正文 <!-- .element: class="fragment" ->\n\n`<!-- .element: 代码`',
    );
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [12, 1, '.slide comment is not closed by "-->" on its line: its attributes are not applied'],
      [15, 4, '.element comment is not closed by "-->" on its line: its attributes are not applied'],
    ]);
    expect(slide.layout).toBe('bullets');
  });

  it('reports any HTML comment never closed', () => {
    const { diagnostics } = read('## 标题\n\n  <!-- 草稿\n\n正文');
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [12, 3, 'comment "<!--" is never closed by "-->": the rest of the slide is hidden'],
    ]);
  });

  it('reports a separator that cuts an open HTML element in two, at the separator', () => {
    const { diagnostics } = read('## 标题\n\n<div class="box">\n\n正文', 10);
    expect(diagnostics).toEqual([]);
    const chunk = { lines: ['## 标题', '', '<div class="box">', '<pre>', '', '代码', ''], line: 10, separatorLine: 17 };
    const { report, diagnostics: found } = createCollector();
    readSlideSource(chunk, 'a-1', 'slides/a.md', report);
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual([
      [17, 1, 'this slide separator falls inside the <pre> opened at line 13: the element is cut in two'],
    ]);
  });

  it('does not report a separator after closed HTML or an unclosed <p>', () => {
    const { report, diagnostics } = createCollector();
    readSlideSource({ lines: ['<div>', '<p>文字', '</div>', '', '<p>段落', ''], line: 1, separatorLine: 7 }, 'a-1', 'slides/a.md', report);
    expect(diagnostics).toEqual([]);
  });

  it('does not take "Note:" inside a code fence', () => {
    expect(read('```\nNote: 代码\n```').slide.notes).toBe('');
  });

  it('reads layout, id and other attributes from the .slide comment', () => {
    const { slide } = read('<!-- .slide: layout="quote" id="my-quote" class="dark" data-background-color="#000" -->\n> 引文');
    expect(slide.layout).toBe('quote');
    expect(slide.id).toBe('my-quote');
    expect(slide.attributes).toEqual([
      { name: 'class', value: 'dark' },
      { name: 'data-background-color', value: '#000' },
    ]);
  });

  it('keeps the line structure so positions stay right', () => {
    const { slide } = read('<!-- .slide: layout="bullets" -->\n## 标题');
    expect(slide.markdown.split('\n')[1]).toBe('## 标题');
  });

  it('defaults to the bullets layout and the given id', () => {
    expect(read('## 标题').slide).toMatchObject({ layout: 'bullets', id: 'a-1' });
  });

  it('reports an unknown layout at its line with a did-you-mean', () => {
    const { diagnostics } = read('## 标题\n<!-- .slide: layout="colums" -->', 41);
    expect(diagnostics).toMatchObject([{ line: 42, message: 'unknown layout "colums"', hint: 'did you mean "columns"?' }]);
  });

  it('refuses event handler attributes', () => {
    const { diagnostics, slide } = read('<!-- .slide: onclick="alert(1)" -->\n## 标题');
    expect(diagnostics[0]).toMatchObject({ line: 10, message: expect.stringContaining('onclick') });
    expect(slide.attributes).toEqual([]);
  });
});
