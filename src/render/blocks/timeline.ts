// Timeline: a fenced ```timeline block (a YAML list of { date, text }) rendered to an accessible SVG.

import type { Node } from 'yaml';
import { parseYaml, type Schema } from '../../parse/yaml-data.js';
import { escapeHtml, wrapText } from '../escape.js';
import { checkItemList, type BlockContext } from './block-origin.js';

interface TimelineItem {
  date: string | number;
  text: string;
  highlight?: boolean;
}

const ITEM_SCHEMA: Schema = {
  date: { type: 'text', required: true },
  text: { type: 'string', required: true },
  highlight: { type: 'boolean' },
};

const FONT = 28;
const WIDTH = 1100;
const DATE_WIDTH = 230;
const LINE_HEIGHT = FONT + 8;

export function renderTimeline(yamlText: string, context: BlockContext): string {
  const parsed = parseYaml(yamlText, context.origin, context.report);
  if (!parsed.ok || !checkItemList(parsed.root as Node, ITEM_SCHEMA, parsed, context, 'the timeline')) return '';
  const items = parsed.value as TimelineItem[];
  const textX = DATE_WIDTH + 64;
  const wrapped = items.map((item) => wrapText(item.text, (WIDTH - textX) / FONT));
  const rowHeights = wrapped.map((lines) => lines.length * LINE_HEIGHT + 28);
  const height = rowHeights.reduce((a, b) => a + b, 0);
  const desc = items.map((item) => `${item.date}：${item.text}`).join('；');
  const id = context.idPrefix;
  let y = 0;
  const rows = items.map((item, i) => {
    const top = y;
    y += rowHeights[i]!;
    const baseline = top + 14 + FONT;
    const text = wrapped[i]!
      .map((line, j) => `<tspan x="${textX}" dy="${j === 0 ? 0 : LINE_HEIGHT}">${escapeHtml(line)}</tspan>`)
      .join('');
    return (
      `<g class="timeline-item${item.highlight ? ' timeline-highlight' : ''}">` +
      `<text class="timeline-date" x="${DATE_WIDTH}" y="${baseline}" text-anchor="end" font-size="${FONT}">${escapeHtml(item.date)}</text>` +
      `<circle class="timeline-dot" cx="${DATE_WIDTH + 32}" cy="${baseline - FONT / 2 + 4}" r="10"/>` +
      `<text class="timeline-text" x="${textX}" y="${baseline}" font-size="${FONT}">${text}</text>` +
      `</g>`
    );
  });
  return (
    `<figure class="deck-timeline"><svg class="deck-svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" ` +
    `aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">时间线</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>` +
    `<line class="timeline-line" x1="${DATE_WIDTH + 32}" x2="${DATE_WIDTH + 32}" y1="8" y2="${height - 8}"/>` +
    `${rows.join('')}</svg></figure>\n`
  );
}
