// Shared by the data blocks (chart, timeline, stat): where a block's YAML sits, and list checks.

import { isMap, isSeq, type Node } from 'yaml';
import type { Report } from '../../diagnostics.js';
import { checkMapping, type ParsedYaml, type Schema, type YamlOrigin } from '../../parse/yaml-data.js';

export interface BlockContext {
  origin: YamlOrigin;
  report: Report;
  /** Unique prefix for element ids inside the block. */
  idPrefix: string;
}

/** Checks that `node` is a non-empty list of mappings that each fit `schema`. */
export function checkItemList(
  node: Node | null | undefined,
  schema: Schema,
  parsed: ParsedYaml,
  context: BlockContext,
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
  let ok = true;
  node.items.forEach((item, i) => {
    const itemOrigin = { ...origin, what: `${origin.what} item ${i + 1}` };
    if (!isMap(item)) {
      report({ file: origin.file, ...parsed.positionOf(item as Node), ruleId: 'block-data', message: `${itemOrigin.what} must be a mapping`, hint: 'write it as "- { key: value, … }"' });
      ok = false;
      return;
    }
    ok = checkMapping(item, schema, parsed, itemOrigin, report) && ok;
  });
  return ok;
}
