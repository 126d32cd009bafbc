// Shared by the data blocks (chart, timeline, stat): the list of items a chart or timeline holds.

import { isMap, isSeq, type Node } from 'yaml';
import { checkMapping, type ParsedYaml, type Schema, type YamlOrigin } from './yaml-data.js';
import type { Report } from '../diagnostics.js';

/** Most items a chart or timeline draws: more cannot be read on a slide and take seconds to draw. */
export const MAX_BLOCK_ITEMS = 10_000;

/** Checks that `node` is a non-empty list, of at most MAX_BLOCK_ITEMS mappings that each fit `schema`. */
export function checkItemList(
  node: Node | null | undefined,
  schema: Schema,
  parsed: ParsedYaml,
  context: { origin: YamlOrigin; report: Report },
  listName: string,
): boolean {
  const { origin, report } = context;
  if (!isSeq(node) || node.items.length === 0) {
    report({
      file: origin.file,
      ...parsed.positionOf(node),
      ruleId: 'block-data',
      message: `${origin.what} needs a non-empty list "${listName}"`,
      hint: 'write one "- { … }" line per item',
    });
    return false;
  }
  if (node.items.length > MAX_BLOCK_ITEMS) {
    report({
      file: origin.file,
      ...parsed.positionOf(node),
      ruleId: 'block-data',
      message: `${origin.what} has ${node.items.length} items, more than the ${MAX_BLOCK_ITEMS} one block can draw`,
      hint: 'show a summary of the data on the slide (a few rows), and give the full data as a source link',
    });
    return false;
  }
  let ok = true;
  node.items.forEach((item, i) => {
    const itemOrigin = { ...origin, what: `${origin.what} item ${i + 1}` };
    if (!isMap(item)) {
      report({
        file: origin.file,
        ...parsed.positionOf(item as Node),
        ruleId: 'block-data',
        message: `${itemOrigin.what} must be a mapping`,
        hint: 'write it as "- { key: value, … }"',
      });
      ok = false;
      return;
    }
    ok = checkMapping(item, schema, parsed, itemOrigin, report) && ok;
  });
  return ok;
}
