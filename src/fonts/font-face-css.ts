// The deck's font family name, its font files' names and the @font-face rules that declare them. Pure.

import type { FontWeight } from './character-set.js';

/** CSS family name. Distinct from "Noto Sans SC" so it never mixes with an installed copy. */
export const FONT_FAMILY = 'Noto Sans SC Subset';
const FILE_STEM = 'noto-sans-sc';

/** e.g. `noto-sans-sc-400-0123456789ab.woff2` for the character set hashed to `hash`. */
export function fontFileName(weight: FontWeight, hash: string): string {
  return `${FILE_STEM}-${weight}-${hash}.woff2`;
}

/**
 * The @font-face rules for `files`, with `urlFor(file)` as each source URL (e.g. a path, or a
 * `data:font/woff2;base64,…` URL for a self-contained HTML file).
 *
 * font-display: block — the deck's text is all in this font and a machine without Chinese
 * system fonts has no useful fallback (it would flash tofu boxes, or reflow when the font
 * arrives); the files are small and local, so the block period is short in practice. For PDF
 * export, wait for `document.fonts.ready` before printing.
 */
export function fontFaceCss<F extends { weight: FontWeight }>(family: string, files: readonly F[], urlFor: (file: F) => string): string {
  return files
    .map((file) => {
      const url = urlFor(file);
      if (/[\s"'()\\]/.test(url)) {
        throw new Error(`Font URL must not contain whitespace, quotes, parentheses or backslashes: ${url}`);
      }
      // Written as a minifier writes it: the build puts the rules into its style sheet as they are.
      return `@font-face{font-family:"${family}";font-style:normal;font-weight:${file.weight};font-display:block;src:url(${url}) format("woff2")}`;
    })
    .join('');
}
