// The source fonts the deck's subsets are cut from: Noto Sans SC 400 and 700, vendored in
// src/fonts/source/ (see src/fonts/README.md for why), described by source/fonts.json.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontWeight } from './character-set.js';

/** The folder holding the TrueType files, their licence (OFL.txt) and fonts.json. */
export const SOURCE_FONT_DIR = fileURLToPath(new URL('./source/', import.meta.url));

interface SourceFace {
  /** TrueType file name in SOURCE_FONT_DIR. */
  file: string;
  /** The face's name in messages (e.g. "Noto Sans SC Bold"). */
  name: string;
  sha256: string;
}

export interface SourceFonts {
  family: string;
  /** The fonts' own version (their `head`/`name` tables say "Version 2.004"). */
  version: string;
  faces: Record<FontWeight, SourceFace>;
}

/** fonts.json, read and checked; throws naming the file when it is missing or incomplete. */
export function readSourceFonts(dir: string = SOURCE_FONT_DIR): SourceFonts {
  const manifest = join(dir, 'fonts.json');
  let parsed: Partial<SourceFonts>;
  try {
    parsed = JSON.parse(readFileSync(manifest, 'utf8')) as Partial<SourceFonts>;
  } catch (error) {
    throw new Error(`${manifest}: cannot read the source fonts' description (${(error as Error).message}); restore it from git`);
  }
  const faces = parsed.faces;
  if (typeof parsed.family !== 'string' || typeof parsed.version !== 'string' || !faces?.[400]?.file || !faces[700]?.file) {
    throw new Error(`${manifest}: needs "family", "version" and "faces" with "400" and "700", each naming its "file"`);
  }
  return { family: parsed.family, version: parsed.version, faces };
}

/**
 * What identifies the source fonts in a cache key, e.g. `Noto Sans SC@2.004#d45f67f0a7c0,9a38ae0ab28c`:
 * their version and the start of each file's sha256.
 */
export function sourceFontsKey(fonts: SourceFonts = readSourceFonts()): string {
  return `${fonts.family}@${fonts.version}#${fonts.faces[400].sha256.slice(0, 12)},${fonts.faces[700].sha256.slice(0, 12)}`;
}

/** Path of the source TrueType file for `weight`. */
export function resolveSourceFont(weight: FontWeight, dir: string = SOURCE_FONT_DIR): string {
  const face = readSourceFonts(dir).faces[weight];
  if (!face) throw new Error(`Unsupported font weight ${String(weight)}: use 400 or 700`);
  return join(dir, face.file);
}

/** The face's name in messages: "Noto Sans SC" for 400, "Noto Sans SC Bold" for 700. */
export function sourceFaceName(weight: FontWeight): string {
  return readSourceFonts().faces[weight].name;
}
