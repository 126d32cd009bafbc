// Cards: a fenced ```cards block — two to four panels, each an icon, a head and a line, drawn to
// SVG at build time. `style: versus` sets two of them against each other in two colours.

import { isMap, isSeq, type Node } from 'yaml';
import { checkMapping, parseYaml, type ParsedYaml, type Schema } from '../../parse/yaml-data.js';
import { escapeHtml, wrapText } from '../escape.js';
import type { BlockContext } from './block-origin.js';
import { ICON_HINT, lucideIcon, placeIcon } from './icon.js';
import { drawBothWidths, svgFrame, SVG_WIDTHS, type SvgVariant } from './svg-frame.js';

interface Card {
  icon: string;
  head: string;
  text: string;
}

interface CardsSpec {
  title: string;
  style?: 'versus' | 'row';
  cards: Card[];
}

const CARDS_SCHEMA: Schema = {
  title: { type: 'string', required: true },
  style: { type: 'string' },
  cards: { type: 'list', required: true },
};

const CARD_SCHEMA: Schema = {
  icon: { type: 'string', required: true },
  head: { type: 'string', required: true },
  text: { type: 'string', required: true },
};

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
const sizesFor = (n: number): CardSizes => (n <= 2 ? { head: 48, text: 36, line: 48, dot: 120, pad: 32 } : { head: 40, text: 30, line: 42, dot: 96, pad: 20 });
const MIN_CARDS = 2;
const MAX_CARDS = 4;

function checkCards(root: Node, spec: CardsSpec, yamlOk: boolean, parsed: ParsedYaml, context: BlockContext): boolean {
  const { origin, report } = context;
  const list = isMap(root) ? (root.get('cards', true) as Node | undefined) : undefined;
  if (!isSeq(list) || list.items.length < MIN_CARDS || list.items.length > MAX_CARDS) {
    report({ file: origin.file, ...parsed.positionOf(list ?? root), ruleId: 'block-data', message: `${origin.what} needs a list "cards" of ${MIN_CARDS} to ${MAX_CARDS} cards`, hint: 'write one "- { icon: …, head: …, text: … }" line per card' });
    return false;
  }
  let ok = yamlOk;
  list.items.forEach((item, i) => {
    const what = `${origin.what} card ${i + 1}`;
    if (!isMap(item)) {
      report({ file: origin.file, ...parsed.positionOf(item as Node), ruleId: 'block-data', message: `${what} must be a mapping`, hint: 'write it as "- { icon: …, head: …, text: … }"' });
      ok = false;
      return;
    }
    if (!checkMapping(item, CARD_SCHEMA, parsed, { ...origin, what }, report)) {
      ok = false;
      return;
    }
    if (!lucideIcon(spec.cards[i]!.icon)) {
      report({ file: origin.file, ...parsed.positionOf(item.get('icon', true) as Node), ruleId: 'block-data', message: `${what}: unknown icon "${spec.cards[i]!.icon}"`, hint: ICON_HINT });
      ok = false;
    }
  });
  if (spec.style !== undefined && spec.style !== 'versus' && spec.style !== 'row') {
    report({ file: origin.file, ...parsed.positionOf(isMap(root) ? (root.get('style', true) as Node) : root), ruleId: 'block-data', message: `unknown cards style "${spec.style}"`, hint: 'use "versus" (two sides in two colours) or "row"' });
    ok = false;
  }
  if (spec.style === 'versus' && list.items.length !== 2) {
    report({ file: origin.file, ...parsed.positionOf(list), ruleId: 'block-data', message: 'a "versus" cards block sets exactly two cards against each other', hint: 'give two cards, or use style "row"' });
    ok = false;
  }
  return ok;
}

export function renderCards(yamlText: string, context: BlockContext): string {
  const parsed = parseYaml(yamlText, context.origin, context.report);
  if (!parsed.ok) return '';
  const fieldsOk = checkMapping(parsed.root, CARDS_SCHEMA, parsed, context.origin, context.report);
  const spec = parsed.value as CardsSpec;
  if (!isMap(parsed.root) || !checkCards(parsed.root, spec, fieldsOk, parsed, context)) return '';
  const desc = spec.cards.map((c) => `${c.head}：${c.text}`).join('；');
  const svg = drawBothWidths((variant) => cardsSvg(spec, variant, context.idPrefix, desc));
  return `<figure class="deck-diagram deck-cards deck-cards-${spec.style ?? 'row'}">${svg}</figure>\n`;
}

/** One card at (x, y), `width` wide; `side` picks its colour (a: the comparison colour, b: the arc's). */
function card(item: Card, box: { x: number; y: number; width: number; height: number }, side: 'a' | 'b', lines: string[], size: CardSizes): string {
  const { x, y, width, height } = box;
  const { head: HEAD, text: TEXT, line: TEXT_LINE, dot: DOT, pad: PAD } = size;
  const cx = x + width / 2;
  const iconSize = Math.round(DOT * 0.56);
  const icon = placeIcon(lucideIcon(item.icon)!, cx - iconSize / 2, y + PAD + DOT / 2 - iconSize / 2, iconSize, 'diagram-icon diagram-icon-on-dot');
  const headY = y + PAD + DOT + 24 + HEAD;
  const text = lines.map((line, i) => `<tspan x="${cx}" dy="${i === 0 ? 0 : TEXT_LINE}">${escapeHtml(line)}</tspan>`).join('');
  return (
    `<g class="diagram-card diagram-side-${side}">` +
    `<rect class="diagram-panel" x="${x}" y="${y}" width="${width}" height="${height}" rx="16"/>` +
    `<circle class="diagram-dot" cx="${cx}" cy="${y + PAD + DOT / 2}" r="${DOT / 2}"/>${icon}` +
    `<text class="diagram-head" x="${cx}" y="${headY}" text-anchor="middle" font-size="${HEAD}">${escapeHtml(item.head)}</text>` +
    `<text class="diagram-text" x="${cx}" y="${headY + 16 + TEXT}" text-anchor="middle" font-size="${TEXT}">${text}</text>` +
    `</g>`
  );
}

function cardsSvg(spec: CardsSpec, variant: SvgVariant, idPrefix: string, desc: string): string {
  const width = SVG_WIDTHS[variant];
  const versus = spec.style === 'versus';
  const n = spec.cards.length;
  // Wide: side by side (a "vs" mark in the gap when versus); narrow (phone): stacked.
  const across = variant === 'wide';
  const size = across ? sizesFor(n) : NARROW_SIZES;
  const gap = across ? (versus ? 120 : 32) : 24;
  const cardWidth = across ? (width - gap * (n - 1)) / n : width;
  const lines = spec.cards.map((c) => wrapText(c.text, (cardWidth - 2 * size.pad) / size.text));
  const cardHeight = (maxLines: number) => size.pad + size.dot + 24 + size.head + 16 + maxLines * size.line + size.pad - 4;
  const tallest = cardHeight(Math.max(...lines.map((l) => l.length)));
  const sideOf = (i: number) => (versus && i === 0 ? 'a' : 'b');
  const cards = spec.cards.map((c, i) => {
    const x = across ? i * (cardWidth + gap) : 0;
    const y = across ? 0 : i * (tallest + gap);
    return card(c, { x, y, width: cardWidth, height: tallest }, sideOf(i), lines[i]!, size);
  });
  const vs = versus && across
    ? `<text class="diagram-vs" x="${width / 2}" y="${tallest / 2 + 16}" text-anchor="middle" font-size="${size.head}">≠</text>`
    : '';
  const height = across ? tallest : n * tallest + (n - 1) * gap;
  return svgFrame({ variant, idPrefix, height, title: spec.title, desc, body: cards.join('') + vs });
}
