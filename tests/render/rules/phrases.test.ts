// Chinese phrases: where BudouX and the dictionary agree a line may break, and nowhere else.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPhrases } from '../../../src/render/rules/phrases.js';

describe('#splitPhrases', () => {
  /** Is `word` inside one phrase (not cut by a phrase boundary)? */
  const keptWhole = (phrases: string[], word: string) => phrases.some((p) => p.includes(word));

  it.each([
    // The bad breaks: "国产⏎大模型", "推⏎动", "想⏎法", "文章引⏎述", "团⏎队".
    ['DeepSeek：国产大模型的破局者', ['国产大模型', '破局者', 'DeepSeek']],
    ['团队的想法来自文章引述', ['团队', '想法', '文章引述']],
    ['推动整个生态的发展', ['推动', '生态']],
    // BudouX alone gives "人|工智|能"; the dictionary keeps the word whole.
    ['人工智能一定会改变世界', ['人工智能', '改变']],
  ])('%s: keeps %j whole and still has a break', (text, kept) => {
    const phrases = splitPhrases(text);
    for (const word of kept) expect(keptWhole(phrases, word), `${word} in ${phrases.join('|')}`).toBe(true);
    expect(phrases.length).toBeGreaterThan(1);
  });

  it('gives each caller its own phrases: a text cut before is not changed by what a caller did with them', () => {
    const first = splitPhrases('团队的想法来自文章引述');
    first.splice(0, first.length, '改掉了');
    expect(splitPhrases('团队的想法来自文章引述').join('')).toBe('团队的想法来自文章引述');
  });

  it('breaks the title after the colon', () => {
    expect(splitPhrases('DeepSeek：国产大模型的破局者')[0]).toBe('DeepSeek：');
  });

  it('keeps a number with its unit, and a Latin word or a number with a point, whole', () => {
    for (const text of ['日活到1500万，要多少天', '上线后日活2000万的应用', '占比41.6%的市场份额', '超过1万张A100显卡']) {
      const phrases = splitPhrases(text);
      for (const kept of ['1500万', '2000万', '41.6%', 'A100', '1万']) {
        if (text.includes(kept))
          expect(
            phrases.some((p) => p.includes(kept)),
            `${text}: ${phrases.join('|')}`,
          ).toBe(true);
      }
    }
  });

  it('leaves no phrase of one or two characters at the end (no orphan line)', () => {
    // BudouX's last phrase is "思考。": two characters alone on the last line.
    const phrases = splitPhrases('我认为我们在开源问题上可能站在了历史的错误一边，需要重新思考。');
    expect(phrases.at(-1)).toBe('需要重新思考。');
  });

  it('starts no phrase with closing punctuation and ends none with opening punctuation', () => {
    const phrases = splitPhrases('勇气：敢“从零开始”，给年轻人留出“失控”的空间（见前文）。');
    for (const phrase of phrases.slice(1)) expect(phrase).not.toMatch(/^[，。：”）]/u);
    for (const phrase of phrases.slice(0, -1)) expect(phrase).not.toMatch(/[“（]$/u);
  });

  it('leaves text without Chinese as one phrase', () => {
    expect(splitPhrases('Hello, world 2024')).toEqual(['Hello, world 2024']);
  });

  it('gives back the text exactly when joined, whatever the text', () => {
    const chars = fc.constantFrom(...'国产大模型的破局者1500万A.%，。“”（） \n的了是'.split(''));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((a) => a.join('')),
        (text) => {
          expect(splitPhrases(text).join('')).toBe(text);
        },
      ),
    );
  });
});
