// Group: a fenced ```group block — members drawn as one group and one that stands out beside them
// (e.g. the companies holding more than 10,000 A100s, with 幻方 the one outsider), SVG at build time.

import { isMap, isSeq, type Node } from 'yaml';
import { checkMapping, parseYaml, type Schema } from '../../parse/yaml-data.js';
import { escapeHtml } from '../escape.js';
import type { BlockContext } from './block-origin.js';
import { ICON_HINT, lucideIcon, placeIcon } from './icon.js';
import { drawBothWidths, svgFrame, SVG_WIDTHS, type SvgVariant } from './svg-frame.js';

interface GroupSpec {
  title: string;
  group: string;
  members: (string | number)[];
  standout: string;
  note?: string;
  icon?: string;
  standoutIcon?: string;
}

const GROUP_SCHEMA: Schema = {
  title: { type: 'string', required: true },
  group: { type: 'string', required: true },
  members: { type: 'list', required: true },
  standout: { type: 'string', required: true },
  note: { type: 'string' },
  icon: { type: 'string' },
  standoutIcon: { type: 'string' },
};

const MAX_MEMBERS = 12;
const LABEL = 28;
const CAPTION = 32;

interface Tile {
  x: number;
  y: number;
  width: number;
  height: number;
}

function checkGroup(spec: GroupSpec, root: Node, parsed: ReturnType<typeof parseYaml>, context: BlockContext): boolean {
  const { origin, report } = context;
  const map = isMap(root) ? root : undefined;
  const members = map?.get('members', true) as Node | undefined;
  let ok = true;
  if (!isSeq(members) || members.items.length === 0 || members.items.length > MAX_MEMBERS) {
    report({ file: origin.file, ...parsed.positionOf(members ?? root), ruleId: 'block-data', message: `${origin.what} needs a list "members" of 1 to ${MAX_MEMBERS} names`, hint: 'write them as "members: [商汤, 百度, 腾讯]"' });
    ok = false;
  } else if (spec.members.some((m) => typeof m !== 'string' && typeof m !== 'number')) {
    report({ file: origin.file, ...parsed.positionOf(members), ruleId: 'block-data', message: `${origin.what}: every member must be a name`, hint: 'write them as "members: [商汤, 百度, 腾讯]"' });
    ok = false;
  }
  for (const key of ['icon', 'standoutIcon'] as const) {
    const name = spec[key];
    if (name !== undefined && !lucideIcon(name)) {
      report({ file: origin.file, ...parsed.positionOf(map?.get(key, true) as Node), ruleId: 'block-data', message: `${origin.what}: unknown icon "${name}"`, hint: ICON_HINT });
      ok = false;
    }
  }
  return ok;
}

export function renderGroup(yamlText: string, context: BlockContext): string {
  const parsed = parseYaml(yamlText, context.origin, context.report);
  if (!parsed.ok || !checkMapping(parsed.root, GROUP_SCHEMA, parsed, context.origin, context.report)) return '';
  const spec = parsed.value as GroupSpec;
  if (!checkGroup(spec, parsed.root as Node, parsed, context)) return '';
  const desc = `${spec.title}：${spec.group}（${spec.members.join('、')}），以及${spec.standout}${spec.note ? `（${spec.note}）` : ''}`;
  const svg = drawBothWidths((variant) => groupSvg(spec, variant, context.idPrefix, desc));
  return `<figure class="deck-diagram deck-group">${svg}</figure>\n`;
}

/** A tile: its icon above its name (and a note under the name, for the standout). */
function tile(box: Tile, name: string, icon: string, nameSize: number, note?: string, nameClass = 'diagram-label'): string {
  const iconSize = Math.round(nameSize * 1.4);
  const cx = box.x + box.width / 2;
  const textBlock = iconSize + 16 + nameSize + (note ? 12 + LABEL : 0);
  const top = box.y + (box.height - textBlock) / 2;
  const nameY = top + iconSize + 16 + nameSize * 0.88;
  const noteText = note ? `<text class="diagram-note" x="${cx}" y="${nameY + 12 + LABEL}" text-anchor="middle" font-size="${LABEL}">${escapeHtml(note)}</text>` : '';
  return (
    `${placeIcon(icon, cx - iconSize / 2, top, iconSize)}` +
    `<text class="${nameClass}" x="${cx}" y="${nameY}" text-anchor="middle" font-size="${nameSize}">${escapeHtml(name)}</text>${noteText}`
  );
}

function groupSvg(spec: GroupSpec, variant: SvgVariant, idPrefix: string, desc: string): string {
  const width = SVG_WIDTHS[variant];
  const wide = variant === 'wide';
  const memberIcon = lucideIcon(spec.icon ?? 'building-2')!;
  const standoutIcon = lucideIcon(spec.standoutIcon ?? 'sparkles')!;
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
    const box = { x: pad + (i % columns) * (tileWidth + gap), y: boxTop + pad + Math.floor(i / columns) * (tileHeight + gap), width: tileWidth, height: tileHeight };
    return `<g class="diagram-member"><rect class="diagram-panel" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="12"/>${tile(box, String(member), memberIcon, 34, undefined, 'diagram-member-name')}</g>`;
  });
  const standoutBox = wide
    ? { x: boxWidth + 56, y: boxTop, width: width - boxWidth - 56, height: boxHeight }
    : { x: 0, y: boxTop + boxHeight + 32, width, height: 210 };
  const standout =
    `<g class="diagram-highlight"><rect class="diagram-panel-highlight" x="${standoutBox.x}" y="${standoutBox.y}" width="${standoutBox.width}" height="${standoutBox.height}" rx="16"/>` +
    `${tile(standoutBox, spec.standout, standoutIcon, 52, spec.note)}</g>`;
  const groupLabel = `<text class="diagram-caption" x="${pad}" y="${LABEL}" font-size="${LABEL}">${escapeHtml(spec.group)}</text>`;
  const groupBox = `<rect class="diagram-group" x="1.5" y="${boxTop}" width="${boxWidth - 3}" height="${boxHeight}" rx="16"/>`;
  const captionY = standoutBox.y + standoutBox.height + 32 + CAPTION;
  const caption = `<text class="diagram-title" x="0" y="${captionY}" font-size="${CAPTION}">${escapeHtml(spec.title)}</text>`;
  return svgFrame({ variant, idPrefix, height: captionY + 12, title: spec.title, desc, body: groupLabel + groupBox + tiles.join('') + standout + caption });
}
