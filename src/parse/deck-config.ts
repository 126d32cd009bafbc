// deck.yaml: the talk's title, author, size, duration and theme, validated key by key.

import type { Report } from '../diagnostics.js';
import type { DeckConfig } from '../model.js';
import { isMap, type Node } from 'yaml';
import { checkMapping, parseYaml, type Schema } from './yaml-data.js';

export const DEFAULT_CONFIG: Omit<DeckConfig, 'title'> = {
  language: 'zh-CN',
  slug: 'deck',
  size: { width: 1280, height: 720 },
  duration: 20,
  speechRate: 4,
  theme: { accent: '#2563eb' },
};

const DECK_SCHEMA: Schema = {
  title: { type: 'string', required: true },
  subtitle: { type: 'string' },
  author: { type: 'string' },
  speaker: { type: 'string' },
  event: { type: 'string' },
  date: { type: 'text' },
  language: { type: 'string' },
  source: { type: 'string' },
  slug: { type: 'string' },
  size: { type: { width: { type: 'number', min: 320 }, height: { type: 'number', min: 200 } } },
  duration: { type: 'number', min: 1 },
  speechRate: { type: 'number', min: 0.5 },
  theme: { type: { accent: { type: 'color' } } },
  allowScripts: { type: 'boolean' },
};

const RE_SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** Longest slug: `<slug>-notes.pdf` must stay well under the 255-byte file-name limit. */
export const MAX_SLUG_LENGTH = 200;
/** Slugs whose `<slug>.html` would overwrite a file the build writes itself. */
const RESERVED_SLUGS = new Set(['index']);

/** What is wrong with a slug as the base of `dist/<slug>.html` and `<slug>-notes.pdf`, if anything. */
function checkSlug(slug: string): { message: string; hint: string } | undefined {
  if (!RE_SLUG.test(slug)) {
    return { message: `slug "${slug}" is not usable as a file name`, hint: 'use lower-case letters, digits and "-", e.g. "deepseek-talk"' };
  }
  if (RESERVED_SLUGS.has(slug)) {
    return { message: `slug "${slug}" would overwrite dist/${slug}.html, the deck's own page`, hint: 'choose another name, e.g. "deepseek-talk"' };
  }
  if (slug.length > MAX_SLUG_LENGTH) {
    return { message: `slug is ${slug.length} characters long, over the limit of ${MAX_SLUG_LENGTH}`, hint: 'file names have a limit; choose a shorter name, e.g. "deepseek-talk"' };
  }
  return undefined;
}

/** Parses deck.yaml; returns undefined when it is unusable (the problems are reported). */
export function parseDeckConfig(text: string, file: string, report: Report): DeckConfig | undefined {
  if (text.trim() === '') {
    report({ file, line: 1, column: 1, ruleId: 'deck-config', message: 'deck.yaml is missing or empty', hint: 'create it with at least `title: …` (see AUTHORING.md)' });
    return undefined;
  }
  const origin = { file, line: 1, what: 'deck.yaml' };
  const parsed = parseYaml(text, origin, report);
  if (!parsed.ok) return undefined;
  if (!checkMapping(parsed.root, DECK_SCHEMA, parsed, origin, report)) return undefined;
  const raw = parsed.value as Partial<DeckConfig>;
  const config: DeckConfig = {
    ...DEFAULT_CONFIG,
    ...raw,
    size: { ...DEFAULT_CONFIG.size, ...raw.size },
    theme: { ...DEFAULT_CONFIG.theme, ...raw.theme },
  } as DeckConfig;
  const slugProblem = checkSlug(config.slug);
  if (slugProblem) {
    const node = isMap(parsed.root) ? (parsed.root.get('slug', true) as Node | undefined) : undefined;
    report({ file, ...parsed.positionOf(node), ruleId: 'schema', ...slugProblem });
    return undefined;
  }
  return config;
}
