// Chart: a ```chart block's data drawn at build time as an accessible SVG bar chart.

import type { ChartData, ChartItem } from '../../parse/model.js';
import { escapeHtml, textWidthEm } from '../escape.js';
import { escapeHtmlByPhrase, wrapText } from '../phrase-text.js';
import { recordSvgIds, recordText, type BlockContext } from './block-context.js';
import { drawBothWidths, largest, svgFrame, SVG_WIDTHS, type SvgVariant } from './svg-frame.js';

type ChartSpec = ChartData;

const FONT = 28;

/**
 * The height a wide drawing may take, in its own units (~1 canvas px each): below a content
 * slide's heading there is room for ~420, or ~360 with a note beneath. theme.css caps a drawing at
 * 440 px by scaling it down, which would take its 28-unit text under the 28 px minimum, and a
 * taller drawing pushes its note off the canvas: columns are drawn shorter, bars thinner instead.
 */
export const CHART_ROOM = { plain: 420, withNote: 360 } as const;
/** Shorter columns than this no longer compare well: the chart is drawn taller and the check reports it. */
const MIN_PLOT_HEIGHT = 160;
const MAX_PLOT_HEIGHT = 300;
/** A bar's row: 84 units, down to a line of text and its spacing when many bars share the room. */
const MAX_ROW_HEIGHT = 84;
const MIN_ROW_HEIGHT = FONT * 2;

/** The height a variant of the chart may take: the phone's narrow drawing scrolls with its page, only the wide one must fit. */
const roomFor = (spec: ChartSpec, variant: SvgVariant) =>
  variant === 'narrow' ? Infinity : spec.note ? CHART_ROOM.withNote : CHART_ROOM.plain;

export function drawChart(spec: ChartData, context: BlockContext): string {
  const type = spec.type;
  const draw = type === 'bar' ? barSvg : columnSvg;
  const svg = drawBothWidths((variant) => draw(spec, context.idPrefix, variant));
  recordChartFacts(spec, context);
  const note = spec.note ? `<figcaption class="deck-chart-note">${escapeHtmlByPhrase(spec.note)}</figcaption>` : '';
  return `<figure class="deck-chart deck-chart-${type}">${svg}${note}</figure>\n`;
}

/** The chart's text (its values in bold, as the theme draws them) and ids. */
function recordChartFacts(spec: ChartSpec, context: BlockContext): void {
  recordSvgIds(context);
  const values = spec.data.map((item) => formatValue(item, spec.unit));
  recordText(context, [spec.title, spec.note ?? '', ...spec.data.map((item, i) => `${item.label}：${values[i]}；`)].join('\n'));
  recordText(context, values.join(' '), true);
}

function formatValue(item: ChartItem, unit: ChartSpec['unit']): string {
  return `${item.value}${unit ?? ''}`;
}

/**
 * The chart's frame; its title is drawn as text too, wrapped to the width. `height` and `body` get
 * where the plot starts (`top`) and the height the drawing's room leaves below it (`room`).
 */
function chartFrame(
  spec: ChartSpec,
  idPrefix: string,
  variant: SvgVariant,
  height: (top: number, room: number) => number,
  body: (top: number, room: number) => string,
): string {
  const width = SVG_WIDTHS[variant];
  const titleLines = wrapText(spec.title, width / FONT);
  const title = titleLines.map((line, i) => `<tspan x="0" dy="${i === 0 ? 0 : FONT + 6}">${escapeHtml(line)}</tspan>`).join('');
  const top = titleLines.length * (FONT + 6) + 30;
  const room = roomFor(spec, variant) - top;
  const desc = spec.data.map((item) => `${item.label}：${formatValue(item, spec.unit)}`).join('；');
  const titleText = `<text class="chart-title" x="0" y="${FONT}" font-size="${FONT}">${title}</text>`;
  return svgFrame({ variant, idPrefix, height: height(top, room), title: spec.title, desc, body: titleText + body(top, room) });
}

/** Horizontal bars: label, bar, value at the bar's end. */
function barSvg(spec: ChartSpec, idPrefix: string, variant: SvgVariant): string {
  const width = SVG_WIDTHS[variant];
  const rowHeightIn = (room: number) => Math.max(MIN_ROW_HEIGHT, Math.min(MAX_ROW_HEIGHT, Math.floor(room / spec.data.length)));
  const labelWidth = Math.ceil(largest(spec.data.map((d) => textWidthEm(String(d.label)))) * FONT) + 24;
  const valueWidth = Math.ceil(largest(spec.data.map((d) => textWidthEm(formatValue(d, spec.unit)))) * FONT) + 24;
  const barSpace = width - labelWidth - valueWidth;
  const max = largest(spec.data.map((d) => d.value)) || 1;
  const rows = (top: number, rowHeight: number) =>
    spec.data.map((item, i) => {
      const y = top + i * rowHeight;
      const barWidth = Math.max(2, (item.value / max) * barSpace);
      const cls = item.highlight ? 'bar bar-highlight' : 'bar';
      return (
        `<g class="chart-row">` +
        `<text class="chart-label" x="${labelWidth - 16}" y="${y + rowHeight / 2}" text-anchor="end" dominant-baseline="central" font-size="${FONT}">${escapeHtml(item.label)}</text>` +
        `<rect class="${cls}" x="${labelWidth}" y="${y + 12}" width="${barWidth.toFixed(1)}" height="${rowHeight - 24}" rx="6"/>` +
        `<text class="chart-value" x="${(labelWidth + barWidth + 12).toFixed(1)}" y="${y + rowHeight / 2}" dominant-baseline="central" font-size="${FONT}">${escapeHtml(formatValue(item, spec.unit))}</text>` +
        `</g>`
      );
    });
  return chartFrame(
    spec,
    idPrefix,
    variant,
    (top, room) => top + rowHeightIn(room) * spec.data.length,
    (top, room) => rows(top, rowHeightIn(room)).join(''),
  );
}

/** Vertical bars: value above, label (wrapped) below. */
function columnSvg(spec: ChartSpec, idPrefix: string, variant: SvgVariant): string {
  const width = SVG_WIDTHS[variant];
  const slot = width / spec.data.length;
  const barWidth = Math.min(160, slot * 0.6);
  const max = largest(spec.data.map((d) => d.value)) || 1;
  const labelLines = spec.data.map((d) => wrapText(String(d.label), (slot - 16) / FONT));
  const labelHeight = 16 + largest(labelLines.map((l) => l.length)) * (FONT + 6);
  // Values sit above their bars: the plot starts a line below the title.
  const valueLine = FONT + 20;
  const plotHeightIn = (room: number) => Math.max(MIN_PLOT_HEIGHT, Math.min(MAX_PLOT_HEIGHT, room - valueLine - labelHeight));
  const columns = (base: number, plotHeight: number) =>
    spec.data.map((item, i) => {
      const x = i * slot + (slot - barWidth) / 2;
      const barHeight = Math.max(2, (item.value / max) * plotHeight);
      const cx = i * slot + slot / 2;
      const cls = item.highlight ? 'bar bar-highlight' : 'bar';
      const label = labelLines[i]!.map(
        (line, j) => `<tspan x="${cx.toFixed(1)}" dy="${j === 0 ? 0 : FONT + 6}">${escapeHtml(line)}</tspan>`,
      ).join('');
      return (
        `<g class="chart-column">` +
        `<rect class="${cls}" x="${x.toFixed(1)}" y="${(base - barHeight).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${barHeight.toFixed(1)}" rx="6"/>` +
        `<text class="chart-value" x="${cx.toFixed(1)}" y="${(base - barHeight - 12).toFixed(1)}" text-anchor="middle" font-size="${FONT}">${escapeHtml(formatValue(item, spec.unit))}</text>` +
        `<text class="chart-label" x="${cx.toFixed(1)}" y="${base + FONT + 8}" text-anchor="middle" font-size="${FONT}">${label}</text>` +
        `</g>`
      );
    });
  return chartFrame(
    spec,
    idPrefix,
    variant,
    (top, room) => top + valueLine + plotHeightIn(room) + labelHeight,
    (top, room) => {
      const plotHeight = plotHeightIn(room);
      const base = top + valueLine + plotHeight;
      return `<line class="chart-axis" x1="0" x2="${width}" y1="${base}" y2="${base}"/>${columns(base, plotHeight).join('')}`;
    },
  );
}
