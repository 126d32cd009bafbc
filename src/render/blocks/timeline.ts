// Timeline: a ```timeline block's items drawn as an accessible SVG.

import type { TimelineItem } from '../../parse/model.js';
import { escapeHtml, textWidthEm } from '../escape.js';
import { wrapText } from '../phrase-text.js';
import { recordSvgIds, recordText, type BlockContext } from './block-context.js';
import { drawBothWidths, largest, svgFrame, SVG_WIDTHS, type SvgVariant } from './svg-frame.js';

const FONT = 28;
const LINE_HEIGHT = FONT + 8;

export function drawTimeline(items: readonly TimelineItem[], context: BlockContext): string {
  const desc = items.map((item) => `${item.date}：${item.text}`).join('；');
  const svg = drawBothWidths((variant) => timelineSvg(items, variant, context.idPrefix, desc));
  recordSvgIds(context);
  recordText(context, `时间线\n${desc}`);
  for (const item of items) {
    recordText(context, String(item.date), true);
    recordText(context, item.text, item.highlight === true);
  }
  return `<figure class="deck-timeline">${svg}</figure>\n`;
}

function timelineSvg(items: readonly TimelineItem[], variant: SvgVariant, idPrefix: string, desc: string): string {
  const width = SVG_WIDTHS[variant];
  // The date column is as wide as the longest date.
  const dateWidth = Math.ceil(largest(items.map((item) => textWidthEm(String(item.date)))) * FONT) + 8;
  const lineX = dateWidth + 32;
  const textX = dateWidth + 64;
  const wrapped = items.map((item) => wrapText(item.text, (width - textX) / FONT));
  const rowHeights = wrapped.map((lines) => lines.length * LINE_HEIGHT + 20);
  const height = rowHeights.reduce((a, b) => a + b, 0);
  let y = 0;
  const rows = items.map((item, i) => {
    const top = y;
    y += rowHeights[i]!;
    const baseline = top + 10 + FONT;
    const text = wrapped[i]!.map((line, j) => `<tspan x="${textX}" dy="${j === 0 ? 0 : LINE_HEIGHT}">${escapeHtml(line)}</tspan>`).join('');
    return (
      `<g class="timeline-item${item.highlight ? ' timeline-highlight' : ''}">` +
      `<text class="timeline-date" x="${dateWidth}" y="${baseline}" text-anchor="end" font-size="${FONT}">${escapeHtml(item.date)}</text>` +
      `<circle class="timeline-dot" cx="${lineX}" cy="${baseline - FONT / 2 + 4}" r="10"/>` +
      `<text class="timeline-text" x="${textX}" y="${baseline}" font-size="${FONT}">${text}</text>` +
      `</g>`
    );
  });
  const line = `<line class="timeline-line" x1="${lineX}" x2="${lineX}" y1="8" y2="${height - 8}"/>`;
  return svgFrame({ variant, idPrefix, height, title: '时间线', desc, body: line + rows.join('') });
}
