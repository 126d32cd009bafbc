// Pathological input, each case built in a worker under its own time limit: huge files, a
// thousand slides, deep nesting, and the shapes that once made a regular expression take cubic
// time. Each must give a correct deck or a clear error with its position — never a crash or hang.

import { describe, expect, it } from 'vitest';
import type { SourceText } from '../../src/parse/deck.js';
import { buildInWorker } from './_support/build-in-worker.js';

const CONFIG: SourceText = { path: 'slides/deck.yaml', text: 'title: 题目\nauthor: 讲者\nduration: 20\n' };
const slide = (text: string): SourceText[] => [{ path: 'slides/01-a.md', text }];
const NOTE = '\n\nNote:\n备注。';

/** Time limits are for catching hangs on a busy 2-core machine, not for measuring speed. */
const LIMIT_MS = 15_000;

describe('pathological input', () => {
  it('a 10 MB slide file gives a correct deck', async () => {
    const paragraph = `${'这是一段很长的中文文本，用来把文件撑到十兆字节。'.repeat(10)}\n\n`;
    const text = `## 大文件\n\n${paragraph.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(paragraph)))}${NOTE}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(10 * 1024 * 1024);
    const result = await buildInWorker(CONFIG, slide(text), 40_000);
    expect(result.slideIds).toEqual(['01-a-1']);
    expect(result.messages).toEqual([]);
    expect(result.htmlLength).toBeGreaterThan((10 * 1024 * 1024) / 3);
  }, 45_000);

  it(
    '1,000 slides give 1,000 sections with their own ids',
    async () => {
      const text = Array.from({ length: 1000 }, (_, i) => `## 第${i + 1}页${NOTE}`).join('\n\n---\n\n');
      const result = await buildInWorker(CONFIG, slide(text), LIMIT_MS);
      expect(result.slideIds).toHaveLength(1000);
      expect(new Set(result.slideIds).size).toBe(1000);
      // 1,000 slides at 5 s each are over the 20-minute slot: the one message is the pacing warning.
      expect(result.messages).toEqual([expect.stringMatching(/^slides\/deck\.yaml:1:1: warning: the notes take about 83 minutes/)]);
    },
    LIMIT_MS + 5_000,
  );

  it.each([
    ['100,000 "[" characters', '['.repeat(100_000)],
    ['100,000 emphasis markers', '*强'.repeat(100_000)],
    ['100,000 unclosed <h1> tags', '<h1>'.repeat(100_000)],
    ['100,000 "{" after a paragraph', `段落 ${'{'.repeat(100_000)}`],
    ['a table 5,000 columns wide', `${'|格'.repeat(5_000)}|\n${'|-'.repeat(5_000)}|\n${'|值'.repeat(5_000)}|`],
  ])(
    '%s gives a deck of one slide',
    async (_name, body) => {
      const result = await buildInWorker(CONFIG, slide(`## 题\n\n${body}${NOTE}`), LIMIT_MS);
      expect(result.slideIds).toEqual(['01-a-1']);
      expect(result.messages).toEqual([]);
    },
    LIMIT_MS + 5_000,
  );

  it.each([
    [
      '10,000 nested list levels',
      Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n'),
      'slides/01-a.md:52:1',
    ],
    ['10,000 nested blockquotes', `${'>'.repeat(10_000)} 引文`, 'slides/01-a.md:3:1'],
  ])(
    '%s: nesting beyond what markdown-it reads is an error at its line, not dropped content',
    async (_name, body, where) => {
      const result = await buildInWorker(CONFIG, slide(`## 题\n\n${body}${NOTE}`), LIMIT_MS);
      expect(result.slideIds).toEqual(['01-a-1']);
      expect(result.messages).toEqual([
        `${where}: lists and quotes are nested more than 100 levels deep here: the Markdown parser would drop what is inside — flatten the nesting; no slide needs that many levels`,
      ]);
    },
    LIMIT_MS + 5_000,
  );

  it(
    '100,000 spaces in an unclosed .element comment: an error at its line, not a hang',
    async () => {
      const result = await buildInWorker(CONFIG, slide(`## 题\n\n段落\n<!-- .element:${' '.repeat(100_000)}x${NOTE}`), LIMIT_MS);
      expect(result.slideIds).toEqual(['01-a-1']);
      expect(result.messages).toEqual([
        'slides/01-a.md:4:1: .element comment "<!--" is never closed by "-->": the rest of the slide is hidden — end it with "-->" on the same line, e.g. <!-- .element: class="fragment" -->',
        // The comment hides the notes too.
        expect.stringMatching(/^slides\/01-a\.md:1:1: slide has no speaker notes/),
      ]);
    },
    LIMIT_MS + 5_000,
  );

  it(
    '100,000 spaces in an unclosed .slide comment are text, not a hang',
    async () => {
      const result = await buildInWorker(CONFIG, slide(`<!-- .slide:${' '.repeat(100_000)}x\n\n## 题${NOTE}`), LIMIT_MS);
      expect(result.slideIds).toEqual(['01-a-1']);
    },
    LIMIT_MS + 5_000,
  );

  it(
    '5,000 separators with nothing between them: the file has no slides',
    async () => {
      const result = await buildInWorker(CONFIG, slide('\n---\n'.repeat(5_000)), LIMIT_MS);
      expect(result.messages).toEqual(['slides/01-a.md:1:1: this file has no slides — write a slide, or delete the file']);
    },
    LIMIT_MS + 5_000,
  );

  it(
    'an unclosed fence at the top of a 100,000-line file is reported at its line',
    async () => {
      const text = `## 题\n\n\`\`\`js\n${'const a = 1;\n\n---\n\n'.repeat(25_000)}`;
      const result = await buildInWorker(CONFIG, slide(text), LIMIT_MS);
      expect(result.messages).toContainEqual(expect.stringMatching(/^slides\/01-a\.md:3:1: code fence ``` is never closed/));
    },
    LIMIT_MS + 5_000,
  );

  it(
    'an alias bomb in deck.yaml is an error at its position, not a hang',
    async () => {
      const bomb = ['title: &a [x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 9; i++)
        bomb.push(
          `l${i}: &${String.fromCharCode(97 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(96 + i)}`)
            .join(', ')}]`,
        );
      const result = await buildInWorker(
        { path: 'slides/deck.yaml', text: `${bomb.join('\n')}\nauthor: 讲者\n` },
        slide(`## 题${NOTE}`),
        LIMIT_MS,
      );
      expect(result.messages).toEqual([
        'slides/deck.yaml:2:9: invalid YAML in deck.yaml: Excessive alias count indicates a resource exhaustion attack — write the value out instead of using a "*" alias',
      ]);
    },
    LIMIT_MS + 5_000,
  );

  it.each([
    ['100,000 "<b" in a notes paragraph', `## 题\n\nNote:\n${'<b'.repeat(100_000)}`],
    ['100,000 "<b" in an HTML block', `## 题\n\n<div ${'<b'.repeat(100_000)}${NOTE}`],
    ['100,000 "<b" in an HTML block in the notes', `## 题\n\nNote:\n<div ${'<b'.repeat(100_000)}`],
    ['100,000 "<h1 " with no ">"', `<h1 ${'<h1 '.repeat(100_000)}${NOTE}`],
    ['100,000 quoted "<a" with no ">"', `## 题\n\n<div ${'<a "'.repeat(100_000)}${NOTE}`],
    ['a paragraph of 100,000 lines of inline HTML (CJK line breaks)', `## 题\n\n文\n${'<b>\n'.repeat(100_000)}${NOTE}`],
    ['100,000 .element comments', `## 题\n\n文\n\n${'<!-- .element: class="x" -->\n'.repeat(100_000)}${NOTE}`],
  ])(
    '%s: every text step is linear',
    async (_name, text) => {
      const result = await buildInWorker(CONFIG, slide(text), LIMIT_MS);
      expect(result.slideIds).toEqual(['01-a-1']);
      expect(result.textLength).toBeGreaterThan(0);
    },
    LIMIT_MS + 5_000,
  );

  it(
    'a chart of 200,000 rows is an error at its fence, not a stack overflow or a stall',
    async () => {
      const data = Array.from({ length: 200_000 }, (_, i) => `  - { label: 项${i}, value: ${i} }`).join('\n');
      const result = await buildInWorker(
        CONFIG,
        slide(`<!-- .slide: layout="chart" -->\n\n## 图\n\n\`\`\`chart\ntitle: 很多\ndata:\n${data}\n\`\`\`${NOTE}`),
        LIMIT_MS,
      );
      expect(result.slideIds).toEqual(['01-a-1']);
      expect(result.messages).toEqual([
        expect.stringMatching(/^slides\/01-a\.md:5:1: the chart block is \d+ characters long, over the 1000000 a data block may hold — /),
      ]);
    },
    LIMIT_MS + 5_000,
  );

  it(
    'a chart or timeline of 10,001 items is an error at its list, not a drawing no slide can show',
    async () => {
      const data = Array.from({ length: 10_001 }, (_, i) => `  - { label: ${i}, value: ${i} }`).join('\n');
      const chart = await buildInWorker(
        CONFIG,
        slide(`<!-- .slide: layout="chart" -->\n\n## 图\n\n\`\`\`chart\ntitle: 很多\ndata:\n${data}\n\`\`\`${NOTE}`),
        LIMIT_MS,
      );
      expect(chart.messages).toEqual([
        'slides/01-a.md:8:3: chart block has 10001 items, more than the 10000 one block can draw — show a summary of the data on the slide (a few rows), and give the full data as a source link; or, if this is not chart data, show it as code: label the fence ```yaml instead of ```chart',
      ]);
      const items = Array.from({ length: 10_001 }, (_, i) => `- { date: ${i}, text: 事 }`).join('\n');
      const timeline = await buildInWorker(CONFIG, slide(`## 时\n\n\`\`\`timeline\n${items}\n\`\`\`${NOTE}`), LIMIT_MS);
      expect(timeline.messages).toEqual([
        'slides/01-a.md:4:1: timeline block has 10001 items, more than the 10000 one block can draw — show a summary of the data on the slide (a few rows), and give the full data as a source link; or, if this is not timeline data, show it as code: label the fence ```yaml instead of ```timeline',
      ]);
    },
    2 * LIMIT_MS + 5_000,
  );

  it(
    'a chart of 10,000 bars is drawn',
    async () => {
      const data = Array.from({ length: 10_000 }, (_, i) => `  - { label: 项${i}, value: ${i} }`).join('\n');
      const result = await buildInWorker(
        CONFIG,
        slide(`<!-- .slide: layout="chart" -->\n\n## 图\n\n\`\`\`chart\ntitle: 很多\ndata:\n${data}\n\`\`\`${NOTE}`),
        LIMIT_MS,
      );
      expect(result.messages).toEqual([]);
      expect(result.htmlLength).toBeGreaterThan(10_000 * 100);
    },
    LIMIT_MS + 5_000,
  );
});
