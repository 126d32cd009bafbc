// A ```group block's YAML — members drawn as one group and one that stands out beside them (the
// companies holding more than 10,000 A100s, with 幻方 the outsider) — checked and typed, icons found.

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Report } from '../diagnostics.js';
import type { GroupData, IconData } from './model.js';
import { ICON_HINT, lucideIcon } from './icons.js';
import { checkMapping, parseYaml, type ParsedYaml, type Schema, type YamlOrigin } from './yaml-data.js';

const GROUP_SCHEMA: Schema = {
  title: { type: 'string', required: true },
  group: { type: 'string', required: true },
  members: { type: 'list', required: true },
  standout: { type: 'string', required: true },
  note: { type: 'string' },
  icon: { type: 'string' },
  standoutIcon: { type: 'string' },
};

/** Most members one row of the drawing holds legibly. */
export const MAX_GROUP_MEMBERS = 12;

const MEMBERS_HINT = 'write them as "members: [商汤, 百度, 腾讯]"';

/** Each member a name (text or a number), 1 to MAX_GROUP_MEMBERS of them. */
function checkMembers(root: Node, parsed: ParsedYaml, origin: YamlOrigin, report: Report): boolean {
  const members = isMap(root) ? (root.get('members', true) as Node | undefined) : undefined;
  if (!isSeq(members)) return false;
  if (members.items.length === 0 || members.items.length > MAX_GROUP_MEMBERS) {
    report({
      file: origin.file,
      ...parsed.positionOf(members),
      ruleId: 'block-data',
      message: `${origin.what} needs a list "members" of 1 to ${MAX_GROUP_MEMBERS} names, got ${members.items.length}`,
      hint: MEMBERS_HINT,
    });
    return false;
  }
  let ok = true;
  members.items.forEach((item, i) => {
    const value = isScalar(item) ? item.value : undefined;
    if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) return;
    report({
      file: origin.file,
      ...parsed.positionOf(item as Node),
      ruleId: 'block-data',
      message: `${origin.what} member ${i + 1} must be a name, got ${JSON.stringify(isScalar(item) ? item.value : 'a list or mapping')}`,
      hint: MEMBERS_HINT,
    });
    ok = false;
  });
  return ok;
}

/** The icon a key names (or the default when the key is absent); reports a name lucide does not know. */
function iconAt(root: Node, key: string, fallback: string, parsed: ParsedYaml, origin: YamlOrigin, report: Report): IconData | undefined {
  const node = isMap(root) ? (root.get(key, true) as Node | undefined) : undefined;
  const name = isScalar(node) ? String(node.value) : fallback;
  const icon = lucideIcon(name);
  if (!icon) {
    report({
      file: origin.file,
      ...parsed.positionOf(node),
      ruleId: 'block-data',
      message: `${origin.what}: unknown icon "${name}"`,
      hint: ICON_HINT,
    });
  }
  return icon;
}

/** The group, or undefined when its YAML has a problem (every one reported at its position). */
export function parseGroup(yamlText: string, origin: YamlOrigin, report: Report): GroupData | undefined {
  const parsed = parseYaml(yamlText, origin, report);
  if (!parsed.ok || !checkMapping(parsed.root, GROUP_SCHEMA, parsed, origin, report)) return undefined;
  const root = parsed.root as Node;
  const membersOk = checkMembers(root, parsed, origin, report);
  const icon = iconAt(root, 'icon', 'building-2', parsed, origin, report);
  const standoutIcon = iconAt(root, 'standoutIcon', 'sparkles', parsed, origin, report);
  if (!membersOk || !icon || !standoutIcon) return undefined;
  const spec = parsed.value as Omit<GroupData, 'members' | 'icon' | 'standoutIcon'> & { members: (string | number)[] };
  return { ...spec, members: spec.members.map(String), icon, standoutIcon };
}
