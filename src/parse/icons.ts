// Icons for diagram blocks: lucide-static's SVGs, found by their kebab-case name at build time and
// carried in the block's data (nothing is fetched when the deck runs).

import * as lucide from 'lucide-static';
import type { IconData } from './model.js';

const ICONS = lucide as unknown as Record<string, string | undefined>;

export const ICON_HINT = 'use a lucide icon name in kebab case, e.g. "cog", "sparkles", "building-2" (https://lucide.dev/icons)';

/** `building-2` → `Building2`, the name lucide-static exports the icon under. */
function exportName(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase());
}

/** The icon of that name, or undefined when lucide has none (a name not in kebab case included). */
export function lucideIcon(name: string): IconData | undefined {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) return undefined;
  const source = ICONS[exportName(name)];
  if (typeof source !== 'string' || !source.includes('<svg')) return undefined;
  // The inside of the <svg> element: the drawing places it in its own frame.
  const body = source.slice(source.indexOf('>', source.indexOf('<svg')) + 1, source.lastIndexOf('</svg>')).replace(/\s*\n\s*/g, '');
  return { name, body };
}
