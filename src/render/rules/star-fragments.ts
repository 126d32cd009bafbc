// Star fragments: a list written with `*` bullets reveals one item at a time (as in Marp).

import type { MarkdownIt } from 'markdown-it';
import type { StateCore } from 'markdown-it';

function starFragmentsRule(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type === 'list_item_open' && token.markup === '*') token.attrJoin('class', 'fragment');
  }
}

export function starFragmentsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('deck_star_fragments', starFragmentsRule);
}
