// Front matter: an optional YAML block between `---` lines at the very top of a slide file.

import type { Report } from '../diagnostics.js';
import { frontMatterSchema, type FrontMatter } from './config-schema.js';
import { parseYaml } from './yaml-data.js';
import { validateYaml } from './yaml-schema.js';
import { readForeignFrontMatter, type ForeignSettings } from './foreign-front-matter.js';

export type { FrontMatter } from './config-schema.js';

export interface SplitFrontMatter {
  data: FrontMatter;
  /** The file's lines after the front matter. */
  body: string[];
  /** File line of body[0]. */
  bodyLine: number;
  /** Settings of a reveal-md deck's front matter (title, separators). */
  foreign?: ForeignSettings;
}

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
  const data = parsed.ok ? validateYaml(frontMatterSchema, parsed, origin, report) : undefined;
  return { data: data ?? {}, body, bodyLine: end + 2 };
}
