// Slide separators: `---` between blank lines starts a horizontal slide, `--` (or reveal-md's `----`)
// a vertical one; a reveal-md deck's front matter may set its own.
// Lines inside fenced code blocks never separate.

import type { Report } from '../diagnostics.js';

export interface SlideChunk {
  lines: string[];
  /** File line of lines[0]. */
  line: number;
  /** File line of the separator (`---` or `--`) that ends the chunk, when one does. */
  separatorLine?: number;
}

export const RE_HORIZONTAL_SEPARATOR = /^---\s*$/;
export const RE_VERTICAL_SEPARATOR = /^(--|----)\s*$/;

/** Separator lines other than the default (a reveal-md deck's `separator`, `verticalSeparator`). */
export interface SeparatorPatterns {
  separator?: RegExp;
  verticalSeparator?: RegExp;
}
const RE_FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/** Tracks fenced code blocks line by line; `inFence` is true for lines inside a fence. */
export function createFenceTracker() {
  let open: { marker: string; line: number } | undefined;
  return {
    /** Feeds a line; returns true when the line is part of a fence (its delimiters included). */
    step(line: string, lineNumber: number): boolean {
      const match = RE_FENCE_OPEN.exec(line);
      if (!open) {
        if (match) open = { marker: match[1]!, line: lineNumber };
        return Boolean(match);
      }
      const closing = match && match[1]![0] === open.marker[0] && match[1]!.length >= open.marker.length;
      if (closing && line.trim() === match![1]) open = undefined;
      return true;
    },
    get unclosed() {
      return open;
    },
  };
}

/** Splits a file's lines into horizontal stacks of vertical chunks. */
export function splitSlides(
  lines: string[],
  firstLine: number,
  file: string,
  report: Report,
  patterns: SeparatorPatterns = {},
): SlideChunk[][] {
  const horizontal = patterns.separator ?? RE_HORIZONTAL_SEPARATOR;
  const vertical = patterns.verticalSeparator ?? RE_VERTICAL_SEPARATOR;
  const stacks: SlideChunk[][] = [[{ lines: [], line: firstLine }]];
  const fences = createFenceTracker();
  const isBlank = (i: number) => i < 0 || i >= lines.length || lines[i]!.trim() === '';
  lines.forEach((text, i) => {
    const lineNumber = firstLine + i;
    const inFence = fences.step(text, lineNumber);
    const separated = !inFence && isBlank(i - 1) && isBlank(i + 1);
    if (separated && horizontal.test(text)) {
      stacks.at(-1)!.at(-1)!.separatorLine = lineNumber;
      stacks.push([{ lines: [], line: lineNumber + 1 }]);
    } else if (separated && vertical.test(text)) {
      stacks.at(-1)!.at(-1)!.separatorLine = lineNumber;
      stacks.at(-1)!.push({ lines: [], line: lineNumber + 1 });
    } else {
      stacks.at(-1)!.at(-1)!.lines.push(text);
    }
  });
  const unclosed = fences.unclosed;
  if (unclosed) {
    report({
      file,
      line: unclosed.line,
      column: 1,
      ruleId: 'unclosed-fence',
      message: `code fence ${unclosed.marker} is never closed`,
      hint: `close it with a line ${unclosed.marker}; until then the rest of the file is one code block`,
    });
  }
  return stacks;
}
