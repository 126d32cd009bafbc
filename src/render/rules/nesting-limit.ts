// Nesting limit: markdown-it stops reading lists and quotes nested deeper than its `maxNesting`
// and drops what is inside without a word. A slide that deep is reported instead.

import type { MarkdownIt, StateCore } from 'markdown-it';
import type { RenderEnv } from '../render-env.js';

/** Blocks whose inside markdown-it reads with one more level of nesting. */
const CONTAINERS = new Set(['blockquote_open', 'list_item_open']);

function nestingLimitRule(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  const limit = state.md.options.maxNesting ?? 100;
  // A container opened at the last level has its inside read at the limit: that inside is lost.
  const tooDeep = state.tokens.find((token) => CONTAINERS.has(token.type) && token.level >= limit - 1);
  if (!tooDeep) return;
  env.report({
    file: env.file,
    line: env.line + (tooDeep.map?.[0] ?? 0),
    column: 1,
    ruleId: 'nesting',
    message: `lists and quotes are nested more than ${limit} levels deep here: the Markdown parser would drop what is inside`,
    hint: 'flatten the nesting; no slide needs that many levels',
  });
}

export function nestingLimitPlugin(md: MarkdownIt): void {
  md.core.ruler.after('block', 'deck_nesting_limit', nestingLimitRule);
}
