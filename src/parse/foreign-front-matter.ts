// Front matter written for another tool: a reveal-md deck's keys (title, separator, theme …), or a
// first-line `---` that opens no YAML at all (a reveal.js file starting with a rule or a separator).
// Each is mapped to our settings or refused with a message that says where the setting goes.

import { isMap, isScalar, parseDocument } from 'yaml';
import type { Report } from '../diagnostics.js';

/** Separators a reveal-md deck set in its front matter, as regular expressions over lines. */
export interface ForeignSettings {
  /** reveal-md's `title`: the deck's title when deck.yaml gives none. */
  title?: string;
  separator?: RegExp;
  verticalSeparator?: RegExp;
}

/** reveal-md keys we cannot honour, with where that setting goes instead. */
const REFUSED_KEYS: Record<string, string> = {
  theme: 'the deck has one theme; set its colour in deck.yaml as "theme: { accent: \'#2563eb\' }"',
  highlightTheme: "code colours follow the deck's theme; remove the key",
  revealOptions: "reveal.js options are the deck's own (src/client/main.ts); remove the key",
  css: 'styles live in src/client/theme.css; remove the key',
  scripts: 'scripts go in the slides as <script> with "allowScripts: true" in deck.yaml; remove the key',
  preprocessor: 'there is no preprocessor; remove the key',
  notesSeparator: 'notes start at a line "Note:"; remove the key',
  template: "the page is the deck's own; remove the key",
  listingTemplate: "the page is the deck's own; remove the key",
  static: 'the build always writes a static dist/; remove the key',
};
const MAPPED_KEYS = new Set(['title', 'separator', 'verticalSeparator']);
const OUR_KEYS = new Set(['arc', 'accent']);

/** reveal-md writes separators as regular expressions over the text (`^\n---\n$`, `^\n----\n$`). */
function separatorPattern(source: string): RegExp | undefined {
  // Over one line: the newlines around the separator stand for the blank lines we require anyway.
  // Newlines as written in YAML ("\n", a real newline) or escaped for the RegExp ('\\n', '\\r?').
  const line = source.replace(/^\^?(?:\\r\??|\\n|\r|\n)*/, '').replace(/(?:\\r\??|\\n|\r|\n)*\$?$/, '');
  try {
    return new RegExp(`^${line}\\s*$`);
  } catch {
    return undefined;
  }
}

interface ForeignResult {
  /** True when the front matter was foreign: the caller must not read it as ours. */
  handled: boolean;
  settings: ForeignSettings;
}

/**
 * Reads front matter `text` (file lines 2…) when it is not ours: not a YAML mapping, or a mapping
 * with reveal-md's keys. Unhandled (ours, or plain bad YAML of ours) is left to the caller.
 */
export function readForeignFrontMatter(text: string, file: string, endLine: number, report: Report): ForeignResult {
  const document = parseDocument(text, { uniqueKeys: false });
  const root = document.contents;
  if (document.errors.length > 0 || !isMap(root)) {
    // Our front matter is always `key: value` lines: anything else was never meant as settings.
    if (/^\s*[\w-]+\s*:/m.test(text) && document.errors.length > 0) return { handled: false, settings: {} };
    report({
      file,
      line: 1,
      column: 1,
      ruleId: 'front-matter',
      message: `the "---" on the first line opens front matter (settings up to the "---" at line ${endLine}), but what lies between is not "key: value" settings`,
      hint: 'if the "---" is a rule or a slide separator, not front matter, remove it (a file starts with its first slide); front matter holds "arc:" and "accent:" (see AUTHORING.md)',
    });
    return { handled: true, settings: {} };
  }
  const keys = root.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  if (!keys.some((key) => MAPPED_KEYS.has(key) || key in REFUSED_KEYS)) return { handled: false, settings: {} };
  const settings: ForeignSettings = {};
  root.items.forEach((pair, i) => {
    const key = keys[i]!;
    const value = isScalar(pair.value) ? String(pair.value.value ?? '') : '';
    const line = lineOf(text, pair.key) + 1;
    if (key === 'title') settings.title = value;
    else if (key === 'separator' || key === 'verticalSeparator') {
      const pattern = separatorPattern(value);
      if (pattern) settings[key] = pattern;
      else
        report({
          file,
          line,
          column: 1,
          ruleId: 'front-matter',
          message: `${key} "${value}" is not a regular expression`,
          hint: 'write it as reveal-md does, e.g. "^\\n----\\n$"',
        });
    } else if (key in REFUSED_KEYS) {
      report({
        file,
        line,
        column: 1,
        severity: 'warning',
        ruleId: 'front-matter',
        message: `reveal-md's "${key}" is not used by this build`,
        hint: REFUSED_KEYS[key]!,
      });
    } else if (!OUR_KEYS.has(key)) {
      report({
        file,
        line,
        column: 1,
        ruleId: 'front-matter',
        message: `unknown key "${key}" in front matter`,
        hint: "front matter holds arc and accent, and reveal-md's title, separator and verticalSeparator",
      });
    }
  });
  return { handled: true, settings };
}

function lineOf(text: string, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? text.slice(0, range[0]).split('\n').length : 1;
}
