// What the deck's two font weights cost beyond one: their woff2 bytes against a single regular
// subset of every character they cover, made with the same recipe.

import * as fontkit from 'fontkit';
import { characterSet } from '../fonts/character-set.js';
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
export function fontCharacters(data: Uint8Array): string {
  const font = fontkit.create(Buffer.from(data));
  if ('fonts' in font) throw new Error('expected a single font, got a collection');
  const cps = font.characterSet.filter((cp) => font.hasGlyphForCodePoint(cp) && font.glyphForCodePoint(cp).id !== 0);
  return String.fromCodePoint(...cps);
}

export async function fontOverhead(fonts: readonly Uint8Array[], options: { cacheDir?: string } = {}): Promise<FontOverhead> {
  if (fonts.length === 0) throw new Error('the deck has no inlined fonts to measure');
  const chars = characterSet(fonts.map(fontCharacters).join(''), '');
  const single = await subsetFontFile(400, chars, options);
  const deckFonts = fonts.reduce((sum, f) => sum + f.length, 0);
  return { deckFonts, singleSubset: single.data.length, ratio: deckFonts / single.data.length, chars: [...chars].length };
}
