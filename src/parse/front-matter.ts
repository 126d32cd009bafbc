// Front matter: an optional YAML block between `---` lines at the very top of a slide file.

import type { Report } from '../diagnostics.js';
import { checkMapping, parseYaml, type Schema } from './yaml-data.js';
import { readForeignFrontMatter, type ForeignSettings } from './foreign-front-matter.js';

export interface FrontMatter {
  arc?: string;
  accent?: string;
}

export interface SplitFrontMatter {
  data: FrontMatter;
  /** The file's lines after the front matter. */
  body: string[];
  /** File line of body[0]. */
  bodyLine: number;
  /** Settings of a reveal-md deck's front matter (title, separators). */
  foreign?: ForeignSettings;
}

const FRONT_MATTER_SCHEMA: Schema = {
  arc: { type: 'string' },
  accent: { type: 'color' },
};

const RE_FENCE = /^---\s*$/;

export function splitFrontMatter(lines: string[], file: string, report: Report): SplitFrontMatter {
  if (!RE_FENCE.test(lines[0] ?? '')) return { data: {}, body: lines, bodyLine: 1 };
  const end = lines.findIndex((line, i) => i > 0 && RE_FENCE.test(line));
  if (end < 0) {
    report({
      file,
      line: 1,
      column: 1,
      ruleId: 'front-matter',
      message: 'front matter opened with "---" is never closed',
      hint: 'end it with a line "---", or start the file with the first slide',
    });
    return { data: {}, body: lines.slice(1), bodyLine: 2 };
  }
  const text = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1);
  if (text.trim() === '') return { data: {}, body, bodyLine: end + 2 };
  const foreign = readForeignFrontMatter(text, file, end + 1, report);
  if (foreign.handled) return { data: {}, body, bodyLine: end + 2, foreign: foreign.settings };
  const origin = { file, line: 2, what: 'front matter' };
  const parsed = parseYaml(text, origin, report);
  const valid = parsed.ok && checkMapping(parsed.root, FRONT_MATTER_SCHEMA, parsed, origin, report);
  return { data: valid ? (parsed.value as FrontMatter) : {}, body, bodyLine: end + 2 };
}
