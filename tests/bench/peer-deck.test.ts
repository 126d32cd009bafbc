// The scale deck turned into the peers' single Markdown file: every slide kept, in order, notes where each peer reads them.

import { describe, expect, it } from 'vitest';
import { deckSlides, peerMarkdown } from '../../src/bench/peer-deck.js';
import { scaleDeck } from '../../src/bench/scale-deck.js';

const corpus = { lines: ['深度求索的突破', '开源模型的力量'], sentences: ['这是一个关于国产大模型的长句子。'] };

describe('#peerMarkdown', () => {
  const deck = scaleDeck(23, corpus);

  it('keeps every slide of every file, in order, without the files’ front matter', () => {
    const slides = deckSlides(deck.files);
    expect(slides).toHaveLength(23);
    expect(slides[0]).toContain('# 规模测试：23页的演示');
    expect(slides[22]).toContain('## 小结');
    expect(slides.join('\n')).not.toContain('arc: 第');
  });

  it('gives reveal-md the slides split by --- with their Note: sections', () => {
    const text = peerMarkdown(deck.files, 'reveal-md');
    expect(text.startsWith('---\ntitle: 规模测试：23页\n---\n')).toBe(true);
    expect(text.split('\n---\n')).toHaveLength(23 + 1);
    expect(text.match(/^Note:$/gm)).toHaveLength(23);
  });

  it('gives Marp its front matter and each slide’s notes as an HTML comment', () => {
    const text = peerMarkdown(
      new Map([
        ['deck.yaml', 'title: 题'],
        ['01-a.md', '# 一\n\nNote:\n讲稿--一\n\n---\n\n## 二'],
      ]),
      'marp',
    );
    expect(text).toBe('---\nmarp: true\ntitle: 题\nsize: 16:9\n---\n\n# 一\n\n<!--\n讲稿—一\n-->\n\n---\n\n## 二\n');
  });
});
