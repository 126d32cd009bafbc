// Full-width commas: the article (and so a verbatim quotation) sometimes puts an ASCII "," between
// two Chinese characters; the slide shows the full-width "，" Chinese text uses. The source keeps
// the quotation as written; only the rendering changes, and only between two Han characters.

import type { MarkdownIt, StateCore } from 'markdown-it';

const ASCII_COMMA_BETWEEN_HAN = /(?<=\p{Script=Han}),(?=\p{Script=Han})/gu;

/** `text` with every ASCII comma between two Han characters made full-width. */
export function fullWidthCommas(text: string): string {
  return text.replace(ASCII_COMMA_BETWEEN_HAN, '，');
}

function cjkCommasRule(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    for (const child of token.children)
      if (child.type === 'text' && child.content.includes(',')) child.content = fullWidthCommas(child.content);
  }
}

export function cjkCommasPlugin(md: MarkdownIt): void {
  md.core.ruler.push('deck_cjk_commas', cjkCommasRule);
}
