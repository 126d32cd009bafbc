// Quote attribution: a paragraph starting with "—" right after a blockquote names who said it.

import type { MarkdownIt } from 'markdown-it';
import type { StateCore } from 'markdown-it';

const RE_ATTRIBUTION = /^(—|――|--)/;

function quoteAttributionRule(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token.type === 'paragraph_open' && tokens[i - 1]!.type === 'blockquote_close' && RE_ATTRIBUTION.test(tokens[i + 1]!.content)) {
      token.attrJoin('class', 'quote-attribution');
    }
  }
}

export function quoteAttributionPlugin(md: MarkdownIt): void {
  md.core.ruler.push('deck_quote_attribution', quoteAttributionRule);
}
