// Element attributes: `<!-- .element: class="fragment" -->` sets attributes on the element it
// follows (reveal.js convention): the paragraph, heading or list item it sits in, or, as a block
// of its own, the block just before it.

import type { MarkdownIt } from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import { parseAttributes } from '../../parse/model.js';
import type { RenderEnv } from '../render-env.js';

// One greedy group, trimmed afterwards: `\s*(.*?)\s*` took cubic time on a long run of spaces.
const RE_ELEMENT_COMMENT = /^\s*<!--\s*\.element:(.*)-->\s*$/;

function applyAttributes(token: Token, text: string, line: number, env: RenderEnv, column = 1): void {
  for (const { name, value } of parseAttributes(text, { file: env.file, line, column }, env.report)) {
    if (name === 'class') token.attrJoin('class', value);
    else token.attrSet(name, value);
  }
}

/** The opening token of the block that ends just before index `end`. */
function blockOpenBefore(tokens: Token[], end: number): Token | undefined {
  const close = tokens[end - 1];
  if (!close) return undefined;
  if (close.nesting === 0) return close;
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    depth += tokens[i]!.nesting;
    if (depth === 0) return tokens[i];
  }
  return undefined;
}

/**
 * reveal.js's rule for a comment inside a line: the element just before it among its siblings
 * (`![pic](p.png) <!-- … -->` styles the image, `**a** b <!-- … -->` the `<strong>`; texts and
 * line breaks skipped), else the element that holds it, else `owner`. The comments are taken out.
 * One pass with a stack of open elements: looking back from each comment took quadratic time.
 */
function applyInlineComments(children: Token[], owner: Token | undefined, line: number, env: RenderEnv): Token[] {
  const levels: { open?: Token; last?: Token }[] = [{}];
  return children.filter((child) => {
    const level = levels.at(-1)!;
    if (child.nesting === 1) {
      level.last = child;
      levels.push({ open: child });
    } else if (child.nesting === -1) {
      if (levels.length > 1) levels.pop();
    } else if (child.type === 'image' || child.type === 'code_inline') {
      level.last = child;
    } else if (child.type === 'html_inline') {
      const match = RE_ELEMENT_COMMENT.exec(child.content);
      const target = match ? (level.last ?? level.open ?? owner) : undefined;
      if (match && target) {
        applyAttributes(target, match[1]!.trim(), line, env);
        return false;
      }
    }
    return true;
  });
}

/**
 * The target of a comment block: the block before it, or, for a list with no blank line between
 * it and the comment, its last item (reveal.js's documented rule).
 */
function blockTarget(kept: Token[], commentLine: number, lines: readonly string[]): Token | undefined {
  const target = blockOpenBefore(kept, kept.length);
  const isList = target?.type === 'bullet_list_open' || target?.type === 'ordered_list_open';
  const blankBefore = commentLine > 0 && (lines[commentLine - 1] ?? '').trim() === '';
  return isList && !blankBefore ? blockOpenBefore(kept, kept.length - 1) : target;
}

/** The block that holds an inline token: its paragraph, or the list item when the paragraph is hidden. */
function inlineOwner(tokens: Token[], inlineIndex: number): Token | undefined {
  const open = tokens[inlineIndex - 1];
  if (!open) return undefined;
  if (open.type === 'paragraph_open' && open.hidden) return tokens[inlineIndex - 2];
  return open;
}

function elementAttributesRule(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  // The tokens kept, built as we go: splicing each comment out of the array took quadratic time
  // on thousands of comments. A comment's target is looked up among the tokens kept so far.
  const kept: Token[] = [];
  const lines = state.src.split('\n');
  for (const token of state.tokens) {
    const line = env.line + (token.map?.[0] ?? 0);
    if (token.type === 'html_block') {
      const match = RE_ELEMENT_COMMENT.exec(token.content);
      const target = match && blockTarget(kept, token.map?.[0] ?? 0, lines);
      if (match && target) {
        // A comment block starts its line, so the attributes' column is their offset in it.
        const value = match[1]!.trim();
        applyAttributes(target, value, line, env, token.content.indexOf(value, token.content.indexOf('.element:')) + 1);
        continue;
      }
    } else if (token.type === 'inline' && token.children) {
      const owner = inlineOwner(kept, kept.length);
      token.children = applyInlineComments(token.children, owner, line, env);
    }
    kept.push(token);
  }
  state.tokens.length = 0;
  for (const token of kept) state.tokens.push(token);
}

export function elementAttributesPlugin(md: MarkdownIt): void {
  md.core.ruler.push('deck_element_attributes', elementAttributesRule);
}
