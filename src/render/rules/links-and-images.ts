// Links and images: external links open safely in a new tab; images and links are recorded, with
// their line and column, so the bundler can check (and copy) what they name.

import type { MarkdownIt } from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import type { RenderEnv } from '../render-env.js';

const RE_EXTERNAL = /^(https?:)?\/\//i;

/** Where in the rendered Markdown a reference is: 1-based line (in the file) and column. */
interface Position {
  line: number;
  column?: number;
}

/**
 * Finds the URL of the next link or image of a block in its source lines, in order: markdown-it
 * keeps no column, and normalises the URL (percent-encoding), so the text as written is searched
 * for, from where the previous reference of the block was found. `cursor` advances past a match.
 */
function locate(
  lines: readonly string[],
  firstLine: number,
  url: string,
  cursor: { line: number; index: number },
  env: RenderEnv,
): Position {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // A malformed escape: only the URL as stored is searched for.
  }
  const forms = [...new Set([url, decoded])].filter((form) => form !== '');
  for (let i = cursor.line; i < lines.length; i++) {
    const text = lines[i]!;
    const from = i === cursor.line ? cursor.index : 0;
    const hits = forms.map((form) => text.indexOf(form, from)).filter((at) => at >= 0);
    if (hits.length === 0) continue;
    const at = Math.min(...hits);
    cursor.line = i;
    cursor.index = at + 1;
    // The rendered text's first line may start mid-line in the file (notes after "Note: ").
    const shift = firstLine + i === env.line ? (env.firstLineColumn ?? 1) - 1 : 0;
    return { line: firstLine + i, column: at + 1 + shift };
  }
  // Not in the block (a reference-style definition elsewhere, an entity in the URL): the block's line.
  return { line: firstLine };
}

function visit(
  tokens: Token[],
  lines: readonly string[],
  firstLine: number,
  cursor: { line: number; index: number },
  env: RenderEnv,
): void {
  for (const token of tokens) {
    if (token.type === 'link_open') {
      const href = String(token.attrGet('href') ?? '');
      if (RE_EXTERNAL.test(href)) {
        token.attrSet('target', '_blank');
        token.attrSet('rel', 'noopener noreferrer');
      }
      env.links.push({ href, ...locate(lines, firstLine, href, cursor, env) });
    } else if (token.type === 'image') {
      const alt = token.children?.map((c) => c.content).join('') ?? '';
      const src = String(token.attrGet('src') ?? '');
      env.images.push({ src, alt, ...locate(lines, firstLine, src, cursor, env) });
      token.attrSet('src', env.resolveImage(src, env.file));
    }
    if (token.children) visit(token.children, lines, firstLine, cursor, env);
  }
}

function linksAndImagesRule(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  const sourceLines = state.src.split('\n');
  for (const token of state.tokens) {
    if (!token.children) continue;
    const [start, end] = token.map ?? [0, 0];
    const cursor = { line: 0, index: 0 };
    visit(token.children, sourceLines.slice(start, Math.max(end, start + 1)), env.line + start, cursor, env);
  }
}

export function linksAndImagesPlugin(md: MarkdownIt): void {
  // markdown-it shows a file: URL as literal text; it becomes a link or image here so the
  // bundler reports it (a file:// URL only works on the author's computer).
  const validateLink = md.validateLink.bind(md);
  md.validateLink = (url) => /^\s*file:/i.test(url) || validateLink(url);
  md.core.ruler.push('deck_links_and_images', linksAndImagesRule);
}
