import { describe, expect, it } from 'vitest';
import { createCollector } from '../../src/diagnostics.js';
import { splitSlides } from '../../src/parse/split-slides.js';

const split = (text: string, firstLine = 1) => {
  const { diagnostics, report } = createCollector();
  const stacks = splitSlides(text.split('\n'), firstLine, 'slides/a.md', report);
  return { stacks, diagnostics };
};

describe('#splitSlides', () => {
  it('splits horizontal slides at --- between blank lines, keeping each slide’s first line', () => {
    const { stacks } = split('# 一\n\n---\n\n## 二\n\n---\n\n## 三', 5);
    expect(stacks.map((s) => s.map((c) => c.line))).toEqual([[5], [8], [12]]);
    expect(stacks[1]![0]!.lines.join('\n').trim()).toBe('## 二');
  });

  it('nests vertical slides at --', () => {
    const { stacks } = split('## 一\n\n--\n\n## 一之二\n\n---\n\n## 二');
    expect(stacks.map((s) => s.length)).toEqual([2, 1]);
    expect(stacks[0]![1]!.lines.join('').trim()).toBe('## 一之二');
  });

  it('does not split at --- right under text (a setext heading)', () => {
    const { stacks } = split('标题\n---\n\n正文');
    expect(stacks).toHaveLength(1);
  });

  it('never splits inside a fenced code block', () => {
    const { stacks } = split('```\na\n\n---\n\nb\n```');
    expect(stacks).toHaveLength(1);
  });

  it('reports an unclosed fence at its opening line', () => {
    const { diagnostics } = split('## 一\n\n```chart\ntype: bar\n', 3);
    expect(diagnostics).toMatchObject([{ file: 'slides/a.md', line: 5, ruleId: 'unclosed-fence' }]);
  });
});
