// CJK line breaks: a line break between two wide characters (Chinese, Japanese, full-width
// punctuation) is dropped instead of becoming a space. The rule of markdown-it-cjk-breaks 2.0.0
// (MIT), which throws "Expected a code point" when two breaks have only HTML between them
// (`文字\n<br>\n文字`): it then reads the break it has just emptied as the previous text. Here
// emptied breaks and empty text are skipped.

import { eastAsianWidthType } from 'get-east-asian-width';
import type { MarkdownIt, StateCore, Token } from 'markdown-it';

// \u302E\u302F are Hangul tone marks (combining), wanted here as single code points.
const RE_HANGUL =
  // oxlint-disable-next-line no-misleading-character-class
  /[\u1100-\u11FF\u302E\u302F\u3131-\u318E\u3200-\u321E\u3260-\u327E\uA960-\uA97C\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uFFA0-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]/;

const isText = (token: Token) => token.type === 'text' && token.content !== '';
const lastChar = (text: string) => Array.from(text.slice(-2)).at(-1)!;
const firstChar = (text: string) => String.fromCodePoint(text.codePointAt(0)!);

function isWide(char: string): boolean {
  return /^[fwh]/.test(eastAsianWidthType(char.codePointAt(0)!)) && !RE_HANGUL.test(char);
}

/**
 * The nearest non-empty text's last character before each token and first character after it (a
 * space when there is none), in two passes: looking outward from each break took quadratic time
 * on a paragraph of thousands of breaks with only HTML between them. A break emptied below is
 * empty text, skipped either way, so computing these first gives the same answer.
 */
function neighbours(tokens: Token[]): { before: string[]; after: string[] } {
  const before: string[] = Array.from({ length: tokens.length }, () => ' ');
  const after: string[] = Array.from({ length: tokens.length }, () => ' ');
  let last = ' ';
  for (let i = 0; i < tokens.length; i++) {
    before[i] = last;
    if (isText(tokens[i]!)) last = lastChar(tokens[i]!.content);
  }
  let next = ' ';
  for (let i = tokens.length - 1; i >= 0; i--) {
    after[i] = next;
    if (isText(tokens[i]!)) next = firstChar(tokens[i]!.content);
  }
  return { before, after };
}

function dropWideBreaks(tokens: Token[]): void {
  if (!tokens.some((token) => token.type === 'softbreak')) return;
  const { before, after } = neighbours(tokens);
  tokens.forEach((token, i) => {
    if (token.type !== 'softbreak') return;
    const last = before[i]!;
    const next = after[i]!;
    if (last === '\u200b' || next === '\u200b' || (isWide(last) && isWide(next))) {
      token.type = 'text';
      token.content = '';
    }
  });
}

function cjkBreaksRule(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type === 'inline' && token.children) dropWideBreaks(token.children);
  }
}

export function cjkBreaksPlugin(md: MarkdownIt): void {
  md.core.ruler.push('deck_cjk_breaks', cjkBreaksRule);
}
