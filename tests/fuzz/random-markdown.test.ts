// Property test: random decks assembled from the pieces slides are made of — separators, notes,
// `.slide` and `.element` comments with random layouts and attributes, fences of random YAML, CJK
// text, lists, raw HTML, CRLF and BOMs — go through the parser, the renderer and the check's pure
// rules without an exception, and every problem points into a real file, at line ≥ 1 and
// column ≥ 1 within that file.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInternalLinks, linkTargets } from '../../src/check/internal-links.js';
import { checkNotes } from '../../src/check/notes.js';
import { referencedFiles } from '../../src/check/unused-assets.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { LAYOUTS } from '../../src/parse/model.js';
import { normaliseText, type SourceText } from '../../src/parse/deck.js';
import { buildDeck } from '../../src/pipeline.js';

const word = fc.oneof(
  fc.constantFrom('破局', '深耕积累', '日活', 'DeepSeek', '“引号”', '——', '😀', '2,000万', 'a:b', '#x', '"', "'", '&amp;', '<b>'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)), maxLength: 16 });

const attribute = fc.oneof(
  fc
    .tuple(fc.constantFrom('id', 'class', 'data-background-color', 'data-timing', 'style', 'onclick', 'ONLOAD', '1bad', 'data-x'), word)
    .map(([n, v]) => `${n}="${v.replace(/"/g, '')}"`),
  fc.tuple(fc.constantFrom('id', 'class', 'flag'), fc.constantFrom('', '=x', "='y'", '=')).map(([n, v]) => `${n}${v}`),
);
const slideComment = fc
  .tuple(fc.constantFrom(...LAYOUTS, 'colums', '', 'x y'), fc.array(attribute, { maxLength: 3 }), fc.boolean())
  .map(([layout, attrs, closed]) => `<!-- .slide: layout="${layout}" ${attrs.join(' ')}${closed ? ' -->' : ''}`);
const elementComment = fc.array(attribute, { maxLength: 2 }).map((attrs) => `<!-- .element: class="fragment" ${attrs.join(' ')} -->`);

const yamlLine = fc.oneof(
  fc.constantFrom(
    'type: bar',
    'type: column',
    'type: pie',
    'title: 图',
    'unit: 万',
    'note: 来源',
    'data:',
    'data: []',
    '  - { label: 甲, value: 1 }',
    '  - { label: 乙, value: -1 }',
    '  - { label: 丙 }',
    '  - 丁',
    '  - { label: &a 戊, value: *a }',
    '- { date: "2015", text: 创立 }',
    '- { date: 2019 }',
    '- { date: "2020", text: x, highlight: maybe }',
    'value: 2000万',
    'label: 日活',
    'source: 文章',
    'note: "未闭合',
    ': :',
    '\t- tab',
    '[',
    '{',
    '- *nowhere',
    '---',
    '...',
  ),
  fc.tuple(word, word).map(([k, v]) => `${k}: ${v}`),
);
const fence = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````'),
    fc.constantFrom('chart', 'timeline', 'stat', 'js', '', 'chart extra'),
    fc.array(yamlLine, { maxLength: 6 }),
    fc.boolean(),
  )
  .map(([marker, info, lines, closed]) => [`${marker}${info}`, ...lines, ...(closed ? [marker] : [])].join('\n'));
const listLine = fc
  .tuple(fc.constantFrom('* ', '- ', '1. ', '  * ', '    - ', '>'), fc.oneof(word, cjk))
  .map(([mark, text]) => `${mark}${text}`);
const html = fc.constantFrom(
  '<div>',
  '</div>',
  '<p style="color:#ccc">浅</p>',
  '<script>x</script>',
  '<!-- x',
  '-->',
  '<img src="../assets/none.png">',
  '<a href="#/nowhere">x</a>',
  '<a href="#/0/9">y</a>',
  '<section>',
  '</section>',
  '<h1>',
  '<aside class="notes">',
  '<pre>',
  '</pre>',
  '<script type="module">',
  '</script>',
  '<meta http-equiv="refresh" content="0">',
  '<base href="/">',
  '<video src="v.mp4" poster="p.jpg">',
  '<source srcset="a.png 1x, b.png 2x">',
  '<b',
  '<h1 <h1',
  '<!-- .element: class="x" ->',
);
const other = fc.constantFrom(
  '---',
  '--',
  '',
  '',
  '',
  '|||',
  'Note:',
  'Notes: 说点什么',
  'note:',
  '# 标题',
  '## 标题 {.fragment}',
  '### 小标题',
  '> 引文',
  '— 某人',
  '![图](x.png)',
  '![](../assets/a.png)',
  '[链接](#/01-a-1)',
  '[坏链接](#/nope)',
  '[编码](#/%E4)',
  '***',
  '{.fragment}',
  '\\',
  '`[x](#/y)`',
  '| a | b |',
  '|---|---|',
  '集合 {1, 2, 3}',
  '{style=color:red}',
  '    Note: 代码',
  ' Note: 缩进',
  'Note: 同行',
);
const line = fc.oneof(other, word, cjk, listLine, html, slideComment, elementComment);
const block = fc.oneof({ weight: 6, arbitrary: line }, { weight: 1, arbitrary: fence });
const frontMatter = fc
  .tuple(fc.oneof(word, cjk), fc.constantFrom('"#fff"', 'red', 'nope', '[1]', ''))
  .map(([arc, accent]) => `---\narc: ${arc}\naccent: ${accent}\n---`);

const slideFile = fc
  .record({
    frontMatter: fc.option(frontMatter, { nil: undefined }),
    blocks: fc.array(block, { maxLength: 30 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ frontMatter: fm, blocks, crlf, bom }) => {
    const text = [...(fm ? [fm] : []), ...blocks].join('\n');
    return `${bom ? '\uFEFF' : ''}${crlf ? text.replace(/\n/g, '\r\n') : text}`;
  });

const deckYaml = fc.oneof(
  fc.constant('title: 题目\nauthor: 讲者\n'),
  fc
    .tuple(
      word,
      fc.constantFrom('20', '二十', '0', '-1', '[1]'),
      fc.constantFrom('"#2563eb"', 'red', '12', '"rgb(0 0 0;} .reveal{display:none} x{a:b)"', '"oklch(0.5 0.1 200)"'),
      fc.constantFrom('', 'slug: index\n', 'allowScripts: true\n', 'allowScripts: 1\n'),
    )
    .map(
      ([title, duration, accent, extra]) => `title: ${title}\nauthor: 讲者\nduration: ${duration}\ntheme:\n  accent: ${accent}\n${extra}`,
    ),
  fc.array(yamlLine, { maxLength: 6 }).map((lines) => lines.join('\n')),
);

const deck = fc.record({ config: deckYaml, files: fc.array(slideFile, { maxLength: 3 }) }).map(({ config, files }) => ({
  config: { path: 'slides/deck.yaml', text: config } as SourceText,
  slides: files.map((text, i) => ({ path: `slides/0${i}-f.md`, text })) as SourceText[],
}));

/** Asserts that a diagnostic points at a line and column inside a real file (or the slides folder). */
function expectPositionInside(d: Diagnostic, lineCounts: ReadonlyMap<string, number>): void {
  const where = `${d.file}:${d.line}:${d.column} ${d.message}`;
  expect(lineCounts.has(d.file), where).toBe(true);
  expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lineCounts.get(d.file)!, where).toBe(true);
  expect(Number.isInteger(d.column) && d.column >= 1, where).toBe(true);
  expect(d.message.trim(), where).not.toBe('');
}

describe('random Markdown', () => {
  it('never throws, and every problem has a position inside its file', () => {
    fc.assert(
      fc.property(deck, ({ config, slides }) => {
        const build = buildDeck(config, slides);
        const lineCounts = new Map<string, number>([['slides/', 1]]);
        for (const source of [config, ...slides]) lineCounts.set(source.path, normaliseText(source.text).split('\n').length);
        const found = [...build.diagnostics];
        if (build.model && build.rendered) {
          const stackSizes = build.model.files.flatMap((f) => f.stacks.map((s) => s.length));
          found.push(
            ...checkNotes(build.rendered.slides),
            ...checkInternalLinks(build.rendered.slides, linkTargets(build.rendered.slides, stackSizes)),
          );
          referencedFiles(build.rendered.slides, '/deck');
          for (const slide of build.rendered.slides) {
            expect(slide.line).toBeGreaterThanOrEqual(1);
            expect(slide.line).toBeLessThanOrEqual(lineCounts.get(slide.file)!);
          }
        }
        for (const d of found) expectPositionInside(d, lineCounts);
      }),
      { numRuns: 1000 },
    );
  });
});
