import { describe, expect, it } from 'vitest';
import { arcsByFile, buildOutline, type OutlineEntry } from '../../src/pdf/pdf-outline.js';
import { buildDeck } from '../../src/pipeline.js';

const slide = (id: string, file: string, title: string) => ({ id, file, title });
const titles = (entries: OutlineEntry[]): unknown[] =>
  entries.map((e) => (e.children.length ? [e.title, e.page, titles(e.children)] : [e.title, e.page]));
const pageInOrder = (ids: string[]) => (id: string) => (ids.includes(id) ? ids.indexOf(id) : undefined);

describe('#buildOutline', () => {
  it('groups slides under their arc, each entry opening its first page', () => {
    const slides = [slide('a-1', 'a.md', '破局'), slide('a-2', 'a.md', '赛道'), slide('b-1', 'b.md', '积累')];
    const arcs = new Map([
      ['a.md', '破局'],
      ['b.md', '深耕积累'],
    ]);
    expect(titles(buildOutline(slides, arcs, pageInOrder(['a-1', 'a-2', 'b-1'])))).toEqual([
      [
        '破局',
        0,
        [
          ['破局', 0],
          ['赛道', 1],
        ],
      ],
      ['深耕积累', 2, [['积累', 2]]],
    ]);
  });

  it('keeps a slide without an arc at the top level and names an untitled slide by its number', () => {
    const slides = [slide('x-1', 'x.md', '开场'), slide('a-1', 'a.md', ''), slide('y-1', 'y.md', '结语')];
    expect(titles(buildOutline(slides, new Map([['a.md', '破局']]), pageInOrder(['x-1', 'a-1', 'y-1'])))).toEqual([
      ['开场', 0],
      ['破局', 1, [['2', 1]]],
      ['结语', 2],
    ]);
  });

  it('follows the pages it is given (fragments on their own pages) and leaves out unprinted slides', () => {
    const slides = [slide('a-1', 'a.md', '一'), slide('a-2', 'a.md', '二'), slide('a-3', 'a.md', '三')];
    const pages = new Map([
      ['a-1', 0],
      ['a-3', 4],
    ]);
    expect(titles(buildOutline(slides, new Map([['a.md', '弧']]), (id) => pages.get(id)))).toEqual([
      [
        '弧',
        0,
        [
          ['一', 0],
          ['三', 4],
        ],
      ],
    ]);
  });
});

describe('#arcsByFile', () => {
  it('reads each file’s front-matter arc', () => {
    const { model } = buildDeck({ path: 'deck.yaml', text: 'title: 题\nauthor: 人\n' }, [
      { path: 'slides/01-a.md', text: '---\narc: 破局\n---\n\n## 一' },
      { path: 'slides/02-b.md', text: '## 二' },
    ]);
    expect([...arcsByFile(model!)]).toEqual([['slides/01-a.md', '破局']]);
  });
});
