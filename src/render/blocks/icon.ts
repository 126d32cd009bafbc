// Icons for diagrams: lucide-static's SVGs, looked up by their kebab-case name and inlined at
// build time (nothing is fetched when the deck runs).

import * as lucide from 'lucide-static';

const ICONS = lucide as unknown as Record<string, string | undefined>;

/** `building-2` → `Building2`, the name lucide-static exports the icon under. */
function exportName(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase());
}

/** The icon's SVG source, or undefined when lucide has no icon of that name. */
export function lucideIcon(name: string): string | undefined {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) return undefined;
  const source = ICONS[exportName(name)];
  return typeof source === 'string' && source.includes('<svg') ? source : undefined;
}

/** The icon drawn at (x, y) in a `size` square, stroked in the current CSS colour. */
export function placeIcon(source: string, x: number, y: number, size: number, className = 'diagram-icon'): string {
  const inner = source.slice(source.indexOf('>', source.indexOf('<svg')) + 1, source.lastIndexOf('</svg>')).replace(/\s*\n\s*/g, '');
  return (
    `<svg class="${className}" x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" ` +
    `stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${inner}</svg>`
  );
}

export const ICON_HINT = 'use a lucide icon name in kebab case, e.g. "cog", "sparkles", "building-2" (https://lucide.dev/icons)';
