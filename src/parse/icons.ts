// Icons for diagram blocks: the Lucide set as Iconify JSON (one 0.7 MB file, all ~1,900 icons),
// found by their kebab-case name at build time and carried in the block's data (nothing is
// fetched when the deck runs).

import { icons as lucide } from '@iconify-json/lucide';
import type { IconData } from './model.js';

export const ICON_HINT = 'use a lucide icon name in kebab case, e.g. "cog", "sparkles", "building-2" (https://lucide.dev/icons)';

/** The icon of that name (an alias followed to the icon it names), or undefined when lucide has none. */
export function lucideIcon(name: string): IconData | undefined {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) return undefined;
  let key = name;
  // Renamed icons stay as aliases (`building-2` → `building-complex`); none of lucide's transforms one.
  for (let hops = 0; !Object.hasOwn(lucide.icons, key) && hops < 4; hops++) {
    const alias = lucide.aliases?.[key];
    if (!alias) return undefined;
    key = alias.parent;
  }
  const icon = Object.hasOwn(lucide.icons, key) ? lucide.icons[key] : undefined;
  // The inside of the icon's 24×24 drawing: the diagram places it in its own frame.
  return icon ? { name, body: icon.body } : undefined;
}
