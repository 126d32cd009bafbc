// The built style sheet with the deck's fonts in it. Vite bundles the client's styles the same for
// every deck (the font module is empty in a build); the deck's @font-face rules go in front of them
// here, in a file named by its own content. So Vite's files do not depend on the deck's characters,
// and a new character costs the build a font cut, not a Vite run. Pure.

import { createHash } from 'node:crypto';
import type { ReadAsset } from './single-file.js';

/** The style sheet Vite's page links to (one: the build does not split CSS). */
const RE_STYLE_LINK = /<link rel="stylesheet"[^>]* href="\.\/(assets\/[^"]+\.css)"/;

export interface StyledPage {
  page: string;
  /** The style sheet the page now links to, by its path in the output folder. */
  fileName: string;
  css: Uint8Array;
  /** Vite's style sheet, which the new one replaces. */
  replaced: string;
}

/** The page linking to Vite's style sheet with `fontsCss` in front of it; or why it cannot be. */
export function addFontsToStyleSheet(page: string, read: ReadAsset, fontsCss: string): StyledPage | { error: string } {
  const link = RE_STYLE_LINK.exec(page);
  if (!link) return { error: "[deck] Vite's page links to no style sheet: the client's styles are missing from the build" };
  const replaced = link[1]!;
  const viteCss = read(replaced);
  if (!viteCss) return { error: `[deck] Vite's page links to ${replaced}, which Vite did not write` };
  const css = Buffer.concat([Buffer.from(fontsCss), Buffer.from(viteCss)]);
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
  const fileName = replaced.replace(/[^/]+$/, `style-${hash}.css`);
  return { page: page.replace(link[0], (tag) => tag.replace(replaced, fileName)), fileName, css, replaced };
}
