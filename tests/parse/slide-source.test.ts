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
    expect(slide.notesLine).toBe(14);
    expect(slide.markdown).not.toContain('备注');
  });

  it('accepts "Notes:" in any case and text on the same line', () => {
    expect(read('正文\nnotes: 同一行的备注').slide.notes).toBe('同一行的备注');
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
