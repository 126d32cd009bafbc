// The characters each weight draws: the base set, one set per weight, the hash naming a set.

import { describe, expect, it } from 'vitest';
import { BOLD_BASE_CHARS, caseVariants, characterSet, characterSets, charsetHash } from '../../src/fonts/character-set.js';

describe('characterSet / charsetHash', () => {
  it('is the distinct code points plus ASCII and Chinese punctuation, sorted, without controls', () => {
    const chars = characterSet('破局者\n破局\t者🙂');
    expect(chars).toContain('破');
    expect(chars).toContain('🙂');
    expect(chars).not.toContain('\n');
    expect(chars).not.toContain('\t');
    for (const ch of ' AZaz09~，。、：；！？“”‘’（）《》【】—…·％') expect(chars).toContain(ch);
    const cps = [...chars].map((c) => c.codePointAt(0)!);
    expect(cps).toEqual([...new Set(cps)].sort((a, b) => a - b));
  });

  it('hash depends on the set only: order and repetition do not matter', () => {
    const a = charsetHash(characterSet('国产大模型'));
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(charsetHash(characterSet('型模大产国国国'))).toBe(a);
    expect(charsetHash(characterSet('国产大模型破'))).not.toBe(a);
  });

  it('takes another base set, or none', () => {
    expect(characterSet('甲乙甲', '')).toBe('乙甲'); // U+4E59, U+7532
    expect(characterSet('甲', 'a ')).toBe(' a甲');
  });
});

describe('characterSets (one per weight)', () => {
  it('gives 400 the base characters and 700 only its own text, its spaces and the other case of its letters', () => {
    const sets = characterSets({ 400: '国产大模型 DeepSeek', 700: '破局 AI' });
    expect(sets[400]).toBe(characterSet('国产大模型 DeepSeek'));
    expect(sets[700]).toBe(characterSet('破局AIai', BOLD_BASE_CHARS));
    for (const ch of '0，。') expect(sets[700]).not.toContain(ch);
  });

  it('caseVariants flips ASCII letters only', () => {
    expect(caseVariants('DeepSeek 国产 1')).toBe('dEPsK');
    expect(caseVariants('国产')).toBe('');
  });
});
