// Group: a ```group block's data drawn at build time as an SVG — members as one group and the one
// that stands out beside them (wide), or below them (the phone's narrow canvas).

import type { GroupData, IconData } from '../../parse/model.js';
import { escapeHtml } from '../escape.js';
import { wrapText } from '../phrase-text.js';
import { recordSvgIds, recordText, type BlockContext } from './block-context.js';
import { placeIcon } from './icon.js';
import { drawBothWidths, svgFrame, SVG_WIDTHS, type SvgVariant } from './svg-frame.js';

const LABEL = 28;
const CAPTION = 32;
const CAPTION_LINE = CAPTION + 8;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function drawGroup(spec: GroupData, context: BlockContext): string {
  const desc = `${spec.title}：${spec.group}（${spec.members.join('、')}），以及${spec.standout}${spec.note ? `（${spec.note}）` : ''}`;
  const svg = drawBothWidths((variant) => groupSvg(spec, variant, context.idPrefix, desc));
  recordSvgIds(context);
  // The standout's name is bold (theme.css .diagram-label); the rest is in the regular face.
  recordText(context, [desc, spec.title, spec.group, ...spec.members, spec.note ?? ''].join('\n'));
  recordText(context, spec.standout, true);
  return `<figure class="deck-diagram deck-group">${svg}</figure>\n`;
}

/** Lines of SVG text at `x`, one `tspan` per line, `lineHeight` apart. */
function lines(texts: readonly string[], x: number, lineHeight: number): string {
  return texts.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeHtml(line)}</tspan>`).join('');
}

/** A tile: its icon above its name, and a note (wrapped by phrase) under the name. */
function tile(box: Box, name: string, icon: IconData, nameSize: number, options: { note?: string; nameClass?: string } = {}): string {
  const iconSize = Math.round(nameSize * 1.4);
  const cx = box.x + box.width / 2;
  const noteLines = options.note ? wrapText(options.note, (box.width - 24) / LABEL) : [];
  const noteHeight = noteLines.length > 0 ? 12 + noteLines.length * (LABEL + 6) : 0;
  const textBlock = iconSize + 16 + nameSize + noteHeight;
  const top = box.y + (box.height - textBlock) / 2;
  const nameY = top + iconSize + 16 + nameSize * 0.88;
  const note =
    noteLines.length > 0
      ? `<text class="diagram-note" x="${cx}" y="${nameY + 12 + LABEL}" text-anchor="middle" font-size="${LABEL}">${lines(noteLines, cx, LABEL + 6)}</text>`
      : '';
  return (
    placeIcon(icon, cx - iconSize / 2, top, iconSize) +
    `<text class="${options.nameClass ?? 'diagram-label'}" x="${cx}" y="${nameY}" text-anchor="middle" font-size="${nameSize}">${escapeHtml(name)}</text>${note}`
  );
}

function groupSvg(spec: GroupData, variant: SvgVariant, idPrefix: string, desc: string): string {
  const width = SVG_WIDTHS[variant];
  const wide = variant === 'wide';
  const n = spec.members.length;
  const columns = wide ? n : Math.min(n, 3);
  const rows = Math.ceil(n / columns);
  const pad = 20;
  const gap = 16;
  const boxTop = LABEL + 20;
  const boxWidth = wide ? Math.round(width * 0.72) : width;
  const tileWidth = (boxWidth - 2 * pad - (columns - 1) * gap) / columns;
  const tileHeight = wide ? 170 : 120;
  const boxHeight = 2 * pad + rows * tileHeight + (rows - 1) * gap;
  const tiles = spec.members.map((member, i) => {
    const box = {
      x: pad + (i % columns) * (tileWidth + gap),
      y: boxTop + pad + Math.floor(i / columns) * (tileHeight + gap),
      width: tileWidth,
      height: tileHeight,
    };
    return (
      `<g class="diagram-member"><rect class="diagram-panel" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="12"/>` +
      `${tile(box, member, spec.icon, 34, { nameClass: 'diagram-member-name' })}</g>`
    );
  });
  const standoutBox = wide
    ? { x: boxWidth + 56, y: boxTop, width: width - boxWidth - 56, height: boxHeight }
    : { x: 0, y: boxTop + boxHeight + 32, width, height: 210 };
  const standout =
    `<g class="diagram-highlight"><rect class="diagram-panel-highlight" x="${standoutBox.x}" y="${standoutBox.y}" width="${standoutBox.width}" height="${standoutBox.height}" rx="16"/>` +
    `${tile(standoutBox, spec.standout, spec.standoutIcon, 52, { note: spec.note })}</g>`;
  const groupLabel = `<text class="diagram-caption" x="${pad}" y="${LABEL}" font-size="${LABEL}">${escapeHtml(spec.group)}</text>`;
  const groupBox = `<rect class="diagram-group" x="1.5" y="${boxTop}" width="${boxWidth - 3}" height="${boxHeight}" rx="16"/>`;
  // The caption under the drawing breaks between phrases, as the slides' text does.
  const captionLines = wrapText(spec.title, width / CAPTION);
  const captionY = standoutBox.y + standoutBox.height + 32 + CAPTION;
  const caption = `<text class="diagram-title" x="0" y="${captionY}" font-size="${CAPTION}">${lines(captionLines, 0, CAPTION_LINE)}</text>`;
  const height = captionY + (captionLines.length - 1) * CAPTION_LINE + 12;
  return svgFrame({
    variant,
    idPrefix,
    height,
    title: spec.title,
    desc,
    body: groupLabel + groupBox + tiles.join('') + standout + caption,
  });
}
