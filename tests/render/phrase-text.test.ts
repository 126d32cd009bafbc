// Text set by phrase (src/render/phrase-text.ts). SVG labels wrap like the slides' text: between
// phrases and at spaces, by character only when a phrase is wider than the line.

import { describe, expect, it } from 'vitest';
import { textWidthEm } from '../../src/render/escape.js';
import { escapeHtmlByPhrase, wrapText } from '../../src/render/phrase-text.js';
import { splitPhrases } from '../../src/render/rules/phrases.js';

describe('#wrapText', () => {
  it('breaks between phrases, never inside one', () => {
    const text = '上线后日活2000万的应用，团队的想法来自文章引述';
    // Every phrase here fits in 8 em: no fallback inside one.
    for (const maxEm of [8, 10, 12, 14]) {
      const lines = wrapText(text, maxEm);
      expect(lines.join('')).toBe(text);
      const boundaries = new Set<number>();
      let offset = 0;
      for (const phrase of splitPhrases(text)) {
        offset += phrase.length;
        boundaries.add(offset);
      }
      let end = 0;
      for (const line of lines.slice(0, -1)) {
        end += line.length;
        expect(boundaries.has(end), `${maxEm} em: ${lines.join('⏎')}`).toBe(true);
      }
      for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(maxEm);
    }
  });

  it('keeps "2000万" on one line, which breaking by character did not', () => {
    // At 7 em a character wrap would end the first line at "…日活20".
    const lines = wrapText('上线后日活2000万的应用', 7);
    expect(lines.some((line) => line.includes('2000万'))).toBe(true);
  });

  it('breaks Latin text at spaces and a phrase wider than the line by character', () => {
    expect(wrapText('Efficiency machine versus chaos', 7)).toEqual(['Efficiency', 'machine', 'versus chaos']);
    expect(wrapText('人工智能', 2)).toEqual(['人工', '智能']);
  });
});

describe('#escapeHtmlByPhrase', () => {
  it('escapes and puts <wbr> between phrases only', () => {
    const html = escapeHtmlByPhrase('数据来自文章引述的研报 <A&B>');
    expect(html.replace(/<wbr>/g, '')).toBe('数据来自文章引述的研报 &lt;A&amp;B&gt;');
    expect(html).toContain('<wbr>');
    expect(html).not.toMatch(/文<wbr>章|引<wbr>述/);
  });
});
