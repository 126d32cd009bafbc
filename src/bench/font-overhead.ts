// What the deck's two font weights cost beyond one: their woff2 bytes against a single regular
// subset of every character they cover, made with the same recipe.

import { characterSet } from '../fonts/character-set.js';
import { readFontFile } from '../fonts/font-file.js';
import { subsetFontFile } from '../fonts/subset-fonts.js';

export interface FontOverhead {
  /** woff2 bytes of the deck's font files. */
  deckFonts: number;
  /** woff2 bytes of one regular subset of the union of their characters. */
  singleSubset: number;
  /** deckFonts / singleSubset */
  ratio: number;
  /** How many characters the union holds. */
  chars: number;
}

/** The characters a font maps to a real glyph. */
export async function fontCharacters(data: Uint8Array): Promise<string> {
  const font = await readFontFile(data);
  return String.fromCodePoint(...font.codePoints.filter((cp) => font.glyphFor(cp) !== 0));
}

export async function fontOverhead(fonts: readonly Uint8Array[], options: { cacheDir?: string } = {}): Promise<FontOverhead> {
  if (fonts.length === 0) throw new Error('the deck has no inlined fonts to measure');
  const chars = characterSet((await Promise.all(fonts.map(fontCharacters))).join(''), '');
  const single = await subsetFontFile(400, chars, options);
  const deckFonts = fonts.reduce((sum, f) => sum + f.length, 0);
  return { deckFonts, singleSubset: single.data.length, ratio: deckFonts / single.data.length, chars: [...chars].length };
}
