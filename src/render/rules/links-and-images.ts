// Links and images: external links open safely in a new tab; images are recorded so the bundler
// can check and copy them.

import type { MarkdownIt } from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import type { RenderEnv } from '../render-env.js';

const RE_EXTERNAL = /^(https?:)?\/\//i;

function visit(tokens: Token[], line: number, env: RenderEnv): void {
  for (const token of tokens) {
    if (token.type === 'link_open' && RE_EXTERNAL.test(String(token.attrGet('href') ?? ''))) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    } else if (token.type === 'image') {
      const alt = token.children?.map((c) => c.content).join('') ?? '';
      const src = String(token.attrGet('src') ?? '');
      env.images.push({ src, alt, line });
      token.attrSet('src', env.resolveImage(src, env.file));
    }
    if (token.children) visit(token.children, line, env);
  }
}

function linksAndImagesRule(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  for (const token of state.tokens) {
    if (token.children) visit(token.children, env.line + (token.map?.[0] ?? 0), env);
  }
}

export function linksAndImagesPlugin(md: MarkdownIt): void {
  md.core.ruler.push('deck_links_and_images', linksAndImagesRule);
}
