// CJK line breaks: a line break between two wide characters (Chinese, Japanese, full-width
// punctuation) is dropped instead of becoming a space. The rule of markdown-it-cjk-breaks 2.0.0
// (MIT), which throws "Expected a code point" when two breaks have only HTML between them
// (`文字\n<br>\n文字`): it then reads the break it has just emptied as the previous text. Here
// emptied breaks and empty text are skipped.

import { eastAsianWidthType } from 'get-east-asian-width';
import type { MarkdownIt, StateCore, Token } from 'markdown-it';

const RE_HANGUL =
  /[\u1100-\u11FF\u302E\u302F\u3131-\u318E\u3200-\u321E\u3260-\u327E\uA960-\uA97C\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uFFA0-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]/;

/** The nearest non-empty text's last (or first) character, or a space when there is none. */
function neighbour(tokens: Token[], from: number, step: -1 | 1): string {
  for (let j = from + step; j >= 0 && j < tokens.length; j += step) {
    const token = tokens[j]!;
    if (token.type !== 'text' || token.content === '') continue;
    return step < 0 ? [...token.content.slice(-2)].at(-1)! : String.fromCodePoint(token.content.codePointAt(0)!);
  }
  return ' ';
}

function isWide(char: string): boolean {
  return /^[fwh]/.test(eastAsianWidthType(char.codePointAt(0)!)) && !RE_HANGUL.test(char);
}

function dropWideBreaks(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (token.type !== 'softbreak') return;
    const last = neighbour(tokens, i, -1);
    const next = neighbour(tokens, i, 1);
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
