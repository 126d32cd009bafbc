// A ```chart block's YAML — title, unit, note, type and a list of { label, value } — checked and typed.

import { isMap, type Node } from 'yaml';
import type { Report } from '../diagnostics.js';
import type { ChartData } from './model.js';
import { checkItemList } from './block-items.js';
import { checkMapping, parseYaml, type Schema, type YamlOrigin } from './yaml-data.js';

const CHART_SCHEMA: Schema = {
  type: { type: 'string' },
  title: { type: 'string', required: true },
  unit: { type: 'text' },
  note: { type: 'string' },
  data: { type: 'list', required: true },
};

const ITEM_SCHEMA: Schema = {
  label: { type: 'text', required: true },
  value: { type: 'number', required: true, min: 0 },
  highlight: { type: 'boolean' },
};

/** The chart, or undefined when its YAML has a problem (every one reported at its position). */
export function parseChart(yamlText: string, origin: YamlOrigin, report: Report): ChartData | undefined {
  const parsed = parseYaml(yamlText, origin, report);
  if (!parsed.ok) return undefined;
  const root = parsed.root;
  // Every problem is reported, not only the first: the fields, the list, then the type.
  let ok = checkMapping(root, CHART_SCHEMA, parsed, origin, report);
  if (!isMap(root)) return undefined;
  ok = (root.has('data') ? checkItemList(root.get('data', true) as Node, ITEM_SCHEMA, parsed, { origin, report }, 'data') : false) && ok;
  const spec = parsed.value as Omit<ChartData, 'type'> & { type?: string };
  const type = spec.type ?? 'bar';
  if (type !== 'bar' && type !== 'column') {
    const typeNode = root.get('type', true) as Node;
    report({
      file: origin.file,
      ...parsed.positionOf(typeNode),
      ruleId: 'block-data',
      message: `unknown chart type "${type}"`,
      hint: 'use "bar" (horizontal bars) or "column" (vertical bars)',
    });
    ok = false;
  }
  return ok ? { ...spec, type: type as ChartData['type'] } : undefined;
}
