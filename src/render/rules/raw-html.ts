// Raw HTML in slides: read by a real HTML tokenizer (htmlparser2), each tag checked where it was
// written. `<script>` runs code the deck did not ship (an error unless deck.yaml sets
// `allowScripts: true`); `<meta http-equiv="refresh">` and `<base>` redirect the whole deck (always
// errors). Files and links named by tags are recorded, so the bundler can check them.

import { Parser } from 'htmlparser2';
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { RenderEnv } from '../render-env.js';

/** A tag as written: its name, attributes and file position. */
interface RawTag {
  name: string;
  attributes: Record<string, string>;
  line: number;
  column: number;
  /** The tag as written. */
  text: string;
}

/**
 * Attributes that name a media file, by tag (the bundler checks and carries these like images);
 * `data-src` is reveal.js's lazy loading, which sets `src` from it when the slide comes near.
 */
const MEDIA_ATTRIBUTES: Record<string, string[]> = {
  img: ['src', 'data-src', 'srcset'],
  source: ['src', 'data-src', 'srcset'],
  video: ['src', 'data-src', 'poster'],
  audio: ['src', 'data-src'],
  track: ['src'],
  input: ['src'],
};

/** A URL with a scheme (`https:`, `data:` …) or protocol-relative: not a file of the project. */
const RE_REMOTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** Attributes that are links, by tag. */
const LINK_ATTRIBUTES: Record<string, string[]> = { a: ['href'], area: ['href'] };

/** Each open tag in an HTML fragment, with its offset in the fragment (comments and text skipped). */
function openTags(html: string): { name: string; attributes: Record<string, string>; offset: number; text: string }[] {
  const tags: { name: string; attributes: Record<string, string>; offset: number; text: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        tags.push({ name, attributes, offset: parser.startIndex, text: html.slice(parser.startIndex, parser.endIndex + 1) });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return tags;
}

/**
 * Maps increasing offsets of a text to their line and column in linear time (tags come in order;
 * re-counting from the start for each one took quadratic time on a block of many tags).
 */
function createLocator(text: string) {
  let offset = 0;
  let line = 0;
  let lineStart = 0;
  return (to: number) => {
    for (; offset < to; offset++) {
      if (text.charCodeAt(offset) === 10) {
        line++;
        lineStart = offset + 1;
      }
    }
    return { line, column: to - lineStart + 1 };
  };
}

/** Every raw-HTML tag of the rendered source, block and inline, with its file position. */
function rawTags(tokens: Token[], src: string, env: RenderEnv): RawTag[] {
  const sourceLines = src.split('\n');
  const searchFrom = new Map<number, number>();
  const tags: RawTag[] = [];
  // markdown-it strips a container's markers (`> `, a list's indent) from block content: the column
  // is where the tag's first line is found in the source line itself, left to right.
  const add = (name: string, attributes: Record<string, string>, text: string, line: number, fallbackColumn: number) => {
    const found = sourceLines[line]?.indexOf(text.split('\n')[0]!, searchFrom.get(line) ?? 0) ?? -1;
    if (found >= 0) searchFrom.set(line, found + 1);
    const column = found >= 0 ? found + 1 : fallbackColumn;
    // The text's first line may start mid-line in the file (notes written after "Note: ").
    const shift = line === 0 ? (env.firstLineColumn ?? 1) - 1 : 0;
    tags.push({ name, attributes, line: env.line + line, column: column + shift, text });
  };
  for (const token of tokens) {
    const blockLine = token.map?.[0] ?? 0;
    if (token.type === 'html_block') {
      const locate = createLocator(token.content);
      for (const tag of openTags(token.content)) {
        const at = locate(tag.offset);
        add(tag.name, tag.attributes, tag.text, blockLine + at.line, at.column);
      }
    }
    if (token.type !== 'inline' || !token.children) continue;
    // Inline HTML tokens hold one tag each, in the order of the inline text.
    const locate = createLocator(token.content);
    let cursor = 0;
    for (const child of token.children) {
      if (child.type !== 'html_inline') continue;
      const offset = token.content.indexOf(child.content, cursor);
      if (offset < 0) continue;
      cursor = offset + child.content.length;
      const at = locate(offset);
      for (const tag of openTags(child.content)) add(tag.name, tag.attributes, tag.text, blockLine + at.line, at.column);
    }
  }
  return tags;
}

function checkTag(tag: RawTag, env: RenderEnv): void {
  const at = { file: env.file, line: tag.line, column: tag.column, ruleId: 'raw-html' };
  const src = tag.attributes.src?.trim();
  if (tag.name === 'script' && env.allowScripts && src !== undefined && RE_REMOTE.test(src)) {
    // allowScripts lets in the author's own scripts, not code from another host.
    env.report({
      ...at,
      message: `a <script> from another host is not allowed (src="${src}"), even with allowScripts`,
      hint: 'the deck must work offline and run only its own code: copy the script into the project and load it from there',
    });
  } else if (tag.name === 'script' && !env.allowScripts) {
    const kind =
      tag.attributes.src !== undefined ? ` (src="${tag.attributes.src}")` : tag.attributes.type === 'module' ? ' (type="module")' : '';
    env.report({
      ...at,
      message: `a <script> in slide HTML is not allowed${kind}: the deck runs only its own code`,
      hint: 'remove it, or, if you wrote it and trust it, set "allowScripts: true" in deck.yaml (see AUTHORING.md)',
    });
  } else if (tag.name === 'meta' && tag.attributes['http-equiv']?.trim().toLowerCase() === 'refresh') {
    env.report({
      ...at,
      message: '<meta http-equiv="refresh"> in slide HTML is not allowed: it would take the audience away from the deck',
      hint: 'remove it; write a link instead',
    });
  } else if (tag.name === 'base') {
    env.report({
      ...at,
      message: '<base> in slide HTML is not allowed: it changes where every link and file of the deck points',
      hint: 'remove it; write each link in full instead',
    });
  }
}

/**
 * The column of an attribute's value when it is on the tag's first line (where a Markdown link's
 * position points too: at the URL), else the tag's.
 */
function valueColumn(tag: RawTag, name: string, value: string): number {
  const firstLine = tag.text.split('\n')[0]!;
  const match = new RegExp(`\\s${name}\\s*=\\s*["']?\\s*`, 'i').exec(firstLine);
  if (!match || !firstLine.startsWith(value.slice(0, 1), match.index + match[0].length)) return tag.column;
  return tag.column + match.index + match[0].length;
}

function recordReferences(tag: RawTag, env: RenderEnv): void {
  const position = { line: tag.line, column: tag.column };
  for (const name of MEDIA_ATTRIBUTES[tag.name] ?? []) {
    const value = tag.attributes[name];
    if (value === undefined || value.trim() === '') continue;
    // `srcset` lists "file 2x, file 640w": each candidate's file is a reference.
    const sources = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value.trim()];
    for (const src of sources.filter(Boolean)) env.images.push({ src, alt: tag.attributes.alt ?? '', ...position, tag: tag.name });
  }
  for (const name of LINK_ATTRIBUTES[tag.name] ?? []) {
    const href = tag.attributes[name];
    if (href !== undefined) env.links.push({ href: href.trim(), line: tag.line, column: valueColumn(tag, name, href.trim()) });
  }
}

function rawHtmlRule(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  for (const tag of rawTags(state.tokens, state.src, env)) {
    checkTag(tag, env);
    recordReferences(tag, env);
  }
}

export function rawHtmlPlugin(md: MarkdownIt): void {
  md.core.ruler.push('deck_raw_html', rawHtmlRule);
}
