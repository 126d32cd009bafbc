// A ```cards block's YAML — two to four panels, each an icon, a head and a line; `style: versus`
// sets two of them against each other — checked and typed, icons found.

import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Report } from '../diagnostics.js';
import type { CardData, CardsData } from './model.js';
import { ICON_HINT, lucideIcon } from './icons.js';
import { checkMapping, parseYaml, type ParsedYaml, type Schema, type YamlOrigin } from './yaml-data.js';

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

export const MIN_CARDS = 2;
export const MAX_CARDS = 4;
const CARD_HINT = 'write one "- { icon: …, head: …, text: … }" line per card';

interface Checked {
  parsed: ParsedYaml;
  origin: YamlOrigin;
  report: Report;
}

/** One card: its keys, then its icon. */
function readCard(item: Node, i: number, { parsed, origin, report }: Checked): CardData | undefined {
  const what = `${origin.what} card ${i + 1}`;
  if (!isMap(item)) {
    report({ file: origin.file, ...parsed.positionOf(item), ruleId: 'block-data', message: `${what} must be a mapping`, hint: CARD_HINT });
    return undefined;
  }
  if (!checkMapping(item, CARD_SCHEMA, parsed, { ...origin, what }, report)) return undefined;
  const iconNode = item.get('icon', true) as Node;
  const name = isScalar(iconNode) ? String(iconNode.value) : '';
  const icon = lucideIcon(name);
  if (!icon) {
    report({
      file: origin.file,
      ...parsed.positionOf(iconNode),
      ruleId: 'block-data',
      message: `${what}: unknown icon "${name}"`,
      hint: ICON_HINT,
    });
    return undefined;
  }
  return { icon, head: String(item.get('head')), text: String(item.get('text')) };
}

/** The style (row by default); reports one it does not know, and a versus of other than two cards. */
function readStyle(root: YAMLMap, list: Node, count: number, { parsed, origin, report }: Checked): CardsData['style'] | undefined {
  const node = root.get('style', true) as Node | undefined;
  if (node === undefined) return 'row';
  // A style that is not text was reported with the block's keys.
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const style = node.value;
  if (style !== 'versus' && style !== 'row') {
    report({
      file: origin.file,
      ...parsed.positionOf(node),
      ruleId: 'block-data',
      message: `unknown cards style "${style}"`,
      hint: 'use "versus" (two sides in two colours) or "row"',
    });
    return undefined;
  }
  if (style === 'versus' && count !== 2) {
    report({
      file: origin.file,
      ...parsed.positionOf(list),
      ruleId: 'block-data',
      message: `a "versus" cards block sets exactly two cards against each other, got ${count}`,
      hint: 'give two cards, or use style "row"',
    });
    return undefined;
  }
  return style;
}

/** The cards, or undefined when their YAML has a problem (every one reported at its position). */
export function parseCards(yamlText: string, origin: YamlOrigin, report: Report): CardsData | undefined {
  const parsed = parseYaml(yamlText, origin, report);
  if (!parsed.ok) return undefined;
  const fieldsOk = checkMapping(parsed.root, CARDS_SCHEMA, parsed, origin, report);
  const root = parsed.root;
  const list = isMap(root) ? (root.get('cards', true) as Node | undefined) : undefined;
  if (!isMap(root) || !isSeq(list)) return undefined;
  const checked = { parsed, origin, report };
  if (list.items.length < MIN_CARDS || list.items.length > MAX_CARDS) {
    report({
      file: origin.file,
      ...parsed.positionOf(list),
      ruleId: 'block-data',
      message: `${origin.what} needs a list "cards" of ${MIN_CARDS} to ${MAX_CARDS} cards, got ${list.items.length}`,
      hint: CARD_HINT,
    });
    return undefined;
  }
  const cards = list.items.map((item, i) => readCard(item as Node, i, checked));
  const style = readStyle(root, list, list.items.length, checked);
  if (!fieldsOk || !style || cards.some((card) => card === undefined)) return undefined;
  return { title: String(root.get('title')), style, cards: cards as CardData[] };
}
