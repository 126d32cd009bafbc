// Stat: a ```stat block — one big number, its label and its source — drawn as HTML.

import type { StatData } from '../../parse/model.js';
import { escapeHtml } from '../escape.js';
import { recordText, type BlockContext } from './block-context.js';

export function drawStat(stat: StatData, context: BlockContext): string {
  recordText(context, String(stat.value), true);
  recordText(context, [stat.label, stat.source ?? ''].join('\n'));
  const source = stat.source ? `<p class="stat-source">${escapeHtml(stat.source)}</p>` : '';
  return (
    `<figure class="deck-stat"><p class="stat-value">${escapeHtml(stat.value)}</p>` +
    `<figcaption class="stat-label">${escapeHtml(stat.label)}</figcaption>${source}</figure>\n`
  );
}
