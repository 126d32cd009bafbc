// deck.yaml: the talk's title, author, size, duration and theme, validated key by key.

import type { Report } from '../diagnostics.js';
import type { DeckConfig } from '../model.js';
import { checkMapping, parseYaml, type Schema } from './yaml-data.js';

export const DEFAULT_CONFIG: Omit<DeckConfig, 'title' | 'author'> = {
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
  author: { type: 'string', required: true },
  language: { type: 'string' },
  source: { type: 'string' },
  slug: { type: 'string' },
  size: { type: { width: { type: 'number', min: 320 }, height: { type: 'number', min: 200 } } },
  duration: { type: 'number', min: 1 },
  speechRate: { type: 'number', min: 0.5 },
  theme: { type: { accent: { type: 'color' } } },
};

const RE_SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Parses deck.yaml; returns undefined when it is unusable (the problems are reported). */
export function parseDeckConfig(text: string, file: string, report: Report): DeckConfig | undefined {
  if (text.trim() === '') {
    report({ file, line: 1, column: 1, ruleId: 'deck-config', message: 'deck.yaml is missing or empty', hint: 'create it with at least `title: …` and `author: …` (see AUTHORING.md)' });
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
  if (!RE_SLUG.test(config.slug)) {
    report({
      file,
      line: 1,
      column: 1,
      ruleId: 'schema',
      message: `slug "${config.slug}" is not usable as a file name`,
      hint: 'use lower-case letters, digits and "-", e.g. "deepseek-talk"',
    });
    return undefined;
  }
  return config;
}
