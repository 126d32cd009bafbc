// deck.yaml: the talk's title, author, size, duration and theme, checked against its schema.

import type { Report } from '../diagnostics.js';
import type { DeckConfig } from './model.js';
import { deckConfigSchema } from './config-schema.js';
import { parseYaml } from './yaml-data.js';
import { validateYaml } from './yaml-schema.js';

export { DEFAULT_CONFIG, MAX_SLUG_LENGTH } from './config-schema.js';

/** Parses deck.yaml; returns undefined when it is unusable (the problems are reported). */
export function parseDeckConfig(text: string, file: string, report: Report): DeckConfig | undefined {
  if (text.trim() === '') {
    report({
      file,
      line: 1,
      column: 1,
      ruleId: 'deck-config',
      message: 'deck.yaml is missing or empty',
      hint: 'create it with at least `title: …` (see AUTHORING.md)',
    });
    return undefined;
  }
  const origin = { file, line: 1, what: 'deck.yaml' };
  const parsed = parseYaml(text, origin, report);
  return parsed.ok ? validateYaml(deckConfigSchema, parsed, origin, report) : undefined;
}
