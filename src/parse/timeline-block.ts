// A ```timeline block's YAML — a list of { date, text, highlight } — checked and typed.

import type { Node } from 'yaml';
import type { Report } from '../diagnostics.js';
import type { TimelineItem } from './model.js';
import { checkItemList } from './block-items.js';
import { parseYaml, type Schema, type YamlOrigin } from './yaml-data.js';

const ITEM_SCHEMA: Schema = {
  date: { type: 'text', required: true },
  text: { type: 'string', required: true },
  highlight: { type: 'boolean' },
};

/** The timeline's items, or undefined when its YAML has a problem (reported at its position). */
export function parseTimeline(yamlText: string, origin: YamlOrigin, report: Report): TimelineItem[] | undefined {
  const parsed = parseYaml(yamlText, origin, report);
  if (!parsed.ok || !checkItemList(parsed.root as Node, ITEM_SCHEMA, parsed, { origin, report }, 'the timeline')) return undefined;
  return parsed.value as TimelineItem[];
}
