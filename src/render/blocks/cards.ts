// Cards: a ```cards block's data drawn at build time as an SVG — two to four panels, each an icon,
// a head and a line (wrapped by phrase); `versus` sets two against each other in two colours.

import type { CardData, CardsData } from '../../parse/model.js';
import { escapeHtml } from '../escape.js';
import { wrapText } from '../phrase-text.js';
import { recordSvgIds, recordText, type BlockContext } from './block-context.js';
import { placeIcon } from './icon.js';
import { drawBothWidths, largest, svgFrame, SVG_WIDTHS, type SvgVariant } from './svg-frame.js';

/** Type and icon sizes by how many cards share the width: two get room to be read from the back. */
interface CardSizes {
  head: number;
  text: number;
  line: number;
  dot: number;
  pad: number;
}

/** Stacked on the phone's canvas: smaller, so three cards fit one page. */
const NARROW_SIZES: CardSizes = { head: 40, text: 32, line: 42, dot: 80, pad: 20 };
const sizesFor = (n: number): CardSizes =>
  n <= 2 ? { head: 48, text: 36, line: 48, dot: 120, pad: 32 } : { head: 40, text: 30, line: 42, dot: 96, pad: 20 };

export function drawCards(spec: CardsData, context: BlockContext): string {
  const desc = spec.cards.map((c) => `${c.head}：${c.text}`).join('；');
  const svg = drawBothWidths((variant) => cardsSvg(spec, variant, context.idPrefix, desc));
  recordSvgIds(context);
  // Heads are bold (theme.css .diagram-head); the lines under them regular.
  recordText(context, [spec.title, desc, spec.style === 'versus' ? '≠' : ''].join('\n'));
  recordText(context, spec.cards.map((c) => c.head).join('\n'), true);
  return `<figure class="deck-diagram deck-cards deck-cards-${spec.style}">${svg}</figure>\n`;
}

/** One card in `box`; `side` picks its colour (a: the comparison colour, b: the arc's). */
function card(
  item: CardData,
  box: { x: number; y: number; width: number; height: number },
  side: 'a' | 'b',
  lines: string[],
  size: CardSizes,
): string {
  const { x, y, width, height } = box;
  const cx = x + width / 2;
  const iconSize = Math.round(size.dot * 0.56);
  const icon = placeIcon(
    item.icon,
    cx - iconSize / 2,
    y + size.pad + size.dot / 2 - iconSize / 2,
    iconSize,
    'diagram-icon diagram-icon-on-dot',
  );
  const headY = y + size.pad + size.dot + 24 + size.head;
  const text = lines.map((line, i) => `<tspan x="${cx}" dy="${i === 0 ? 0 : size.line}">${escapeHtml(line)}</tspan>`).join('');
  return (
    `<g class="diagram-card diagram-side-${side}">` +
    `<rect class="diagram-panel" x="${x}" y="${y}" width="${width}" height="${height}" rx="16"/>` +
    `<circle class="diagram-dot" cx="${cx}" cy="${y + size.pad + size.dot / 2}" r="${size.dot / 2}"/>${icon}` +
    `<text class="diagram-head" x="${cx}" y="${headY}" text-anchor="middle" font-size="${size.head}">${escapeHtml(item.head)}</text>` +
    `<text class="diagram-text" x="${cx}" y="${headY + 16 + size.text}" text-anchor="middle" font-size="${size.text}">${text}</text>` +
    `</g>`
  );
}

function cardsSvg(spec: CardsData, variant: SvgVariant, idPrefix: string, desc: string): string {
  const width = SVG_WIDTHS[variant];
  const versus = spec.style === 'versus';
  const n = spec.cards.length;
  // Wide: side by side (a "≠" in the gap when versus); narrow (phone): stacked.
  const across = variant === 'wide';
  const size = across ? sizesFor(n) : NARROW_SIZES;
  const gap = across ? (versus ? 120 : 32) : 24;
  const cardWidth = across ? (width - gap * (n - 1)) / n : width;
  // SVG text does not wrap: each line is broken between phrases here.
  const lines = spec.cards.map((c) => wrapText(c.text, (cardWidth - 2 * size.pad) / size.text));
  const tallest = size.pad + size.dot + 24 + size.head + 16 + largest(lines.map((l) => l.length)) * size.line + size.pad - 4;
  const sideOf = (i: number) => (versus && i === 0 ? 'a' : 'b');
  const cards = spec.cards.map((c, i) => {
    const x = across ? i * (cardWidth + gap) : 0;
    const y = across ? 0 : i * (tallest + gap);
    return card(c, { x, y, width: cardWidth, height: tallest }, sideOf(i), lines[i]!, size);
  });
  const vs =
    versus && across
      ? `<text class="diagram-vs" x="${width / 2}" y="${tallest / 2 + 16}" text-anchor="middle" font-size="${size.head}">≠</text>`
      : '';
  const height = across ? tallest : n * tallest + (n - 1) * gap;
  return svgFrame({ variant, idPrefix, height, title: spec.title, desc, body: cards.join('') + vs });
}
