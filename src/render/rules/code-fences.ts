// Code fences as reveal.js writes them: ```js [1-2|3] → `data-line-numbers="1-2|3"`, ```js [712: 1|2]
// → `data-ln-start-from="712"` too; attributes from a `.element` comment land on the `<pre>`; the
// code is coloured at build time when the env carries a highlighter.

import type { MarkdownIt, Token } from 'markdown-it';
import { escapeHtml } from '../escape.js';
import type { RenderEnv } from '../render-env.js';

/** reveal.js's Markdown plugin's pattern for the line-highlight part of a fence's info string. */
const RE_LINE_NUMBERS = /\[\s*((\d*):)?\s*([\s\d,|-]*)\]/;

export interface CodeInfo {
  /** The language as written (`js`), or '' */
  language: string;
  /** reveal's `data-line-numbers` value (`1-2|3`, '' for numbers without highlights), if asked for. */
  lineNumbers?: string;
  /** First line number shown (`[712: …]`). */
  startFrom?: string;
}

/** Reads a fence's info string the way reveal.js's Markdown plugin does. */
export function readCodeInfo(info: string): CodeInfo {
  const match = RE_LINE_NUMBERS.exec(info);
  const language = (match ? info.replace(RE_LINE_NUMBERS, '') : info).trim().split(/\s+/)[0] ?? '';
  if (!match) return { language };
  const startFrom = match[2]?.trim();
  return { language, lineNumbers: match[3]!.trim(), ...(startFrom ? { startFrom } : {}) };
}

function attributes(token: Token, self: { renderAttrs(token: Token): string }): string {
  return token.attrs ? self.renderAttrs(token) : '';
}

export function codeFencesPlugin(md: MarkdownIt): void {
  md.renderer.rules.fence = (tokens, idx, _options, rawEnv, self) => {
    const env = rawEnv as unknown as RenderEnv;
    const token = tokens[idx]!;
    const info = readCodeInfo(md.utils.unescapeAll(token.info));
    const codeAttributes: [string, string][] = [];
    if (info.lineNumbers !== undefined) codeAttributes.push(['data-line-numbers', info.lineNumbers]);
    if (info.startFrom) codeAttributes.push(['data-ln-start-from', info.startFrom]);
    if (info.language) codeAttributes.push(['class', `language-${info.language}`]);
    const code = env.highlightCode?.(token.content, info.language) ?? escapeHtml(token.content);
    const codeAttrs = codeAttributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
    return `<pre${attributes(token, self)}><code${codeAttrs}>${code}</code></pre>\n`;
  };
}
