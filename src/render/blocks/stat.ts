// Stat: a fenced ```stat block — one big number, its label and its source.

import { parseYaml, checkMapping, type Schema } from '../../parse/yaml-data.js';
import { escapeHtml } from '../escape.js';
import { recordText, type BlockContext } from './block-origin.js';

interface StatSpec {
  value: string | number;
  label: string;
  source?: string;
}

const STAT_SCHEMA: Schema = {
  value: { type: 'text', required: true },
  label: { type: 'string', required: true },
  source: { type: 'string' },
};

export function renderStat(yamlText: string, context: BlockContext): string {
  const parsed = parseYaml(yamlText, context.origin, context.report);
  if (!parsed.ok || !checkMapping(parsed.root, STAT_SCHEMA, parsed, context.origin, context.report)) return '';
  const stat = parsed.value as StatSpec;
  recordText(context, String(stat.value), true);
  recordText(context, [stat.label, stat.source ?? ''].join('\n'));
  const source = stat.source ? `<p class="stat-source">${escapeHtml(stat.source)}</p>` : '';
  return (
    `<figure class="deck-stat"><p class="stat-value">${escapeHtml(stat.value)}</p>` +
    `<figcaption class="stat-label">${escapeHtml(stat.label)}</figcaption>${source}</figure>\n`
  );
}
