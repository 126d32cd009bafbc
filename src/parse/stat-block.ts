// A ```stat block's YAML — one big number, its label and its source — checked and typed.

import type { Report } from '../diagnostics.js';
import type { StatData } from './model.js';
import { checkMapping, parseYaml, type Schema, type YamlOrigin } from './yaml-data.js';

const STAT_SCHEMA: Schema = {
  value: { type: 'text', required: true },
  label: { type: 'string', required: true },
  source: { type: 'string' },
};

/** The stat, or undefined when its YAML has a problem (reported at its position). */
export function parseStat(yamlText: string, origin: YamlOrigin, report: Report): StatData | undefined {
  const parsed = parseYaml(yamlText, origin, report);
  if (!parsed.ok || !checkMapping(parsed.root, STAT_SCHEMA, parsed, origin, report)) return undefined;
  return parsed.value as StatData;
}
