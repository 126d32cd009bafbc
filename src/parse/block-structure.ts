// The block structure of one slide's text, as markdown-it (block rules only) reads it: which lines
// are code or raw HTML, which HTML elements stay open, which comments are never closed. The slide
// reader uses it to tell a top-level `Note:` from one inside code, a table or HTML.

import { Parser } from 'htmlparser2';
import MarkdownIt from 'markdown-it';

/** What a line belongs to, for the slide reader: only `text` lines may start notes. */
export type LineKind = 'text' | 'code' | 'html' | 'table';

export interface OpenElement {
  name: string;
  /** 0-based line of the text where the element was opened. */
  line: number;
}

export interface BlockStructure {
  kinds: LineKind[];
  /** Lines between a top-level HTML element's opening and closing tags (on other lines). */
  enclosed: boolean[];
  /** The innermost top-level HTML element still open at the end of the text. */
  openAtEnd: OpenElement | undefined;
  /** 0-based lines of HTML comments (`<!--`) never closed by `-->`. */
  unclosedComments: number[];
}

const blockParser = new MarkdownIt({ html: true });
// Block structure only: the inline rules add nothing here and would double the cost on a big file.
blockParser.core.ruler.enableOnly(['normalize', 'block']);

const KIND_OF_TOKEN: Record<string, LineKind> = {
  fence: 'code',
  code_block: 'code',
  html_block: 'html',
  table_open: 'table',
};

/** Elements HTML closes by itself (`<p>`, `<li>` …): one left open harms nothing. */
const OPTIONAL_END_TAGS = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'rtc',
]);

/** Tracks the HTML elements left open by a sequence of top-level HTML blocks. */
function createElementStack() {
  const stack: OpenElement[] = [];
  /** [open line, close line] of each element closed so far. */
  const spans: [number, number][] = [];
  // The block being written: its first line, its offset in all that was written, and a cursor
  // that counts its newlines once (counting from the start for each tag took quadratic time).
  let block = { html: '', line: 0, start: 0, cursor: 0, lines: 0 };
  let written = 0;
  const lineOf = (index: number) => {
    const to = Math.max(0, index - block.start);
    for (; block.cursor < to && block.cursor < block.html.length; block.cursor++) {
      if (block.html.charCodeAt(block.cursor) === 10) block.lines++;
    }
    return block.line + block.lines;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (OPTIONAL_END_TAGS.has(name)) return;
        stack.push({ name, line: lineOf(parser.startIndex) });
      },
      onclosetag(name) {
        let at = stack.length - 1;
        while (at >= 0 && stack[at]!.name !== name) at--;
        if (at < 0) return;
        spans.push([stack[at]!.line, lineOf(parser.startIndex)]);
        stack.length = at;
      },
    },
    { lowerCaseTags: true },
  );
  return {
    /** Feeds one HTML block that starts at 0-based `line`. */
    write(html: string, line: number) {
      block = { html: `${html}\n`, line, start: written, cursor: 0, lines: 0 };
      written += block.html.length;
      parser.write(block.html);
    },
    get top(): OpenElement | undefined {
      return stack.at(-1);
    },
    spans,
  };
}

const RE_COMMENT_START = /^\s*<!--/;

export function readBlockStructure(text: string): BlockStructure {
  const lineCount = text.split('\n').length;
  const kinds: LineKind[] = Array.from({ length: lineCount }, (): LineKind => 'text');
  const unclosedComments: number[] = [];
  const elements = createElementStack();
  for (const token of blockParser.parse(text, {})) {
    const kind = KIND_OF_TOKEN[token.type];
    if (!kind || !token.map) continue;
    const [start, end] = token.map;
    for (let line = start; line < end; line++) if (kinds[line] === 'text') kinds[line] = kind;
    if (token.type !== 'html_block') continue;
    if (RE_COMMENT_START.test(token.content) && !token.content.includes('-->')) unclosedComments.push(start);
    if (token.level === 0) elements.write(token.content, start);
  }
  return { kinds, enclosed: enclosedLines(elements.spans, lineCount), openAtEnd: elements.top, unclosedComments };
}

/** Marks the lines strictly inside each span, in linear time (a running count of open spans). */
function enclosedLines(spans: [number, number][], lineCount: number): boolean[] {
  const change = Array.from({ length: lineCount + 1 }, () => 0);
  for (const [open, close] of spans) {
    if (close - open < 2) continue;
    change[open + 1]!++;
    change[close]!--;
  }
  const enclosed = Array.from({ length: lineCount }, () => false);
  let depth = 0;
  for (let line = 0; line < lineCount; line++) {
    depth += change[line]!;
    enclosed[line] = depth > 0;
  }
  return enclosed;
}
