// The characters each font weight must draw: the deck's text plus what is always there, sorted and
// hashed so a file name and a cache entry say which set they hold. Pure.

import { createHash } from 'node:crypto';

export type FontWeight = 400 | 700;

/** The text each weight must be able to draw. */
export type TextByWeight = Record<FontWeight, string>;

/**
 * Always included, so UI strings, numbers and ordinary Chinese punctuation render even when the
 * deck text happens not to contain them: ASCII printable, plus CJK punctuation and the
 * full-width punctuation/digits of Chinese text, plus a few symbols common on slides.
 */
export const BASE_CHARS: string = (() => {
  let s = '';
  const range = (from: number, to: number): void => {
    for (let cp = from; cp <= to; cp++) s += String.fromCodePoint(cp);
  };
  range(0x20, 0x7e); // ASCII printable
  range(0x3000, 0x3003); // ideographic space, 、。〃
  range(0x3008, 0x3011); // 〈〉《》「」『』【】
  range(0x3014, 0x3017); // 〔〕〖〗
  range(0xff01, 0xff0f); // ！＂＃＄％＆＇（）＊＋，－．／
  range(0xff10, 0xff19); // ０-９
  range(0xff1a, 0xff20); // ：；＜＝＞？＠
  range(0xff3b, 0xff40); // ［＼］＾＿｀
  range(0xff5b, 0xff5e); // ｛｜｝～
  s += '\u00a0·×÷°±¥￥—–…‘’“”•‰℃№→←↑↓・〜≈≤≥';
  return s;
})();

/**
 * Always in the bold face besides the bold text itself: the space (white space between bold
 * words). Latin letters of the bold text are added in both cases (see caseVariants).
 */
export const BOLD_BASE_CHARS = ' \u00a0';

/** The sorted, de-duplicated code points of `text` plus `base` (controls dropped). */
export function characterSet(text: string, base: string = BASE_CHARS): string {
  const cps = new Set<number>();
  for (const ch of base + text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) continue; // C0/C1 controls (\n, \t, …)
    if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates
    cps.add(cp);
  }
  return String.fromCodePoint(...[...cps].sort((a, b) => a - b));
}

/**
 * The other case of each ASCII letter in `text`: CSS can change case (`text-transform`, and the
 * small caps reveal.js gives h4 when a presenting page is printed), and then draws letters the
 * text does not contain.
 */
export function caseVariants(text: string): string {
  const letters = text.match(/[A-Za-z]/g) ?? [];
  return [...new Set(letters)].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** The character set of each weight: 400 adds BASE_CHARS, 700 BOLD_BASE_CHARS and case variants. */
export function characterSets(text: TextByWeight): Record<FontWeight, string> {
  return {
    400: characterSet(text[400]),
    700: characterSet(text[700] + caseVariants(text[700]), BOLD_BASE_CHARS),
  };
}

/** sha256 of the character set, first 12 hex digits. */
export function charsetHash(chars: string): string {
  return createHash('sha256').update(chars, 'utf8').digest('hex').slice(0, 12);
}
