// The bench's dev edit: which heading it rewrites, and the headings it writes — the deck's own
// characters (no font reload), each different from the one before (every write is a change to see).

import { describe, expect, it } from 'vitest';
import { findHeadingEdit, hanOf, headingSequence, rotated } from '../../src/bench/time-dev-edit.js';

describe('the dev edit the bench times', () => {
  it('rewrites the first heading with two different Han characters, keeping its {…} attributes', () => {
    const files = new Map([
      ['00-a.md', '---\narc: 开场\n---\n\n# 一一\n'],
      ['01-b.md', '正文\n\n## DeepSeek：国产大模型 {.big}\n\n- 一点\n'],
    ]);
    const edit = findHeadingEdit(files)!;
    expect(edit.file).toBe('01-b.md');
    expect(edit.han).toBe('国产大模型');
    expect(edit.rewrite('大模型国产')).toBe('正文\n\n## 大模型国产 {.big}\n\n- 一点\n');
    expect(findHeadingEdit(new Map([['a.md', '# Title\n\nno Han heading\n']]))).toBeUndefined();
  });

  it('writes headings of the same characters, each unlike the one before', () => {
    expect(hanOf('DeepSeek：国产')).toBe('国产');
    expect(rotated('国产大', 1)).toBe('产大国');
    for (const han of ['国产大模型', '甲乙', '甲乙甲乙']) {
      const headings = headingSequence(han, 8);
      expect(headings).toHaveLength(8);
      for (const [i, heading] of headings.entries()) {
        expect([...heading].sort()).toEqual([...han].sort());
        expect(heading).not.toBe(i === 0 ? han : headings[i - 1]);
      }
    }
  });
});
