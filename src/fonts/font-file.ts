// A font file read with HarfBuzz (harfbuzzjs, which subset-font already installs): its code points,
// glyphs, outlines, names and tables. WOFF2 is decoded to TrueType first (wawoff2, likewise).

export interface FontFile {
  /** Every code point the cmap maps, ascending. */
  codePoints: number[];
  /** The glyph a code point maps to; 0 (.notdef) when none. */
  glyphFor(codePoint: number): number;
  /** A glyph's outline as an SVG path. */
  glyphPath(glyph: number): string;
  /** A glyph's horizontal advance in font units. */
  advance(glyph: number): number;
  /** OS/2 usWeightClass (400 regular, 700 bold). */
  weightClass: number;
  /** An English name-table entry: 1 family, 2 subfamily, 5 version. */
  name(nameId: number): string;
  /** The tags of the tables the file holds (`glyf`, `CFF `, `OS/2`…). */
  tables: string[];
}

const isWoff2 = (data: Uint8Array) => data[0] === 0x77 && data[1] === 0x4f && data[2] === 0x46 && data[3] === 0x32; // wOF2

/** Opens a TrueType/OpenType or WOFF2 file (one face). */
export async function readFontFile(data: Uint8Array): Promise<FontFile> {
  const sfnt = isWoff2(data) ? await decodeWoff2(data) : data;
  const hb = await import('harfbuzzjs');
  const face = new hb.Face(new hb.Blob(sfnt));
  const font = new hb.Font(face);
  // A table is a view of HarfBuzz's memory, which the next call may move: read it at once.
  const os2 = face.referenceTable('OS/2');
  const weightClass = os2 && os2.length >= 6 ? (os2[4]! << 8) | os2[5]! : 0;
  return {
    codePoints: Array.from(face.collectUnicodes()).sort((a, b) => a - b),
    glyphFor: (codePoint) => font.nominalGlyph(codePoint) ?? 0,
    glyphPath: (glyph) => font.glyphToPath(glyph),
    advance: (glyph) => font.glyphHAdvance(glyph),
    weightClass,
    name: (nameId) => face.getName(nameId, 'en'),
    tables: tableTags(sfnt),
  };
}

let decoding: Promise<unknown> = Promise.resolve();

/**
 * wawoff2 answers with a view of its WebAssembly memory, which its next call overwrites: one
 * decode at a time, each copied out before the next starts.
 */
function decodeWoff2(data: Uint8Array): Promise<Uint8Array> {
  const decoded = decoding.then(async () => {
    const { default: decompress } = await import('wawoff2/decompress.js');
    return Uint8Array.from(await decompress(data));
  });
  decoding = decoded.catch(() => undefined);
  return decoded;
}

/** The sfnt table directory: numTables at offset 4, then 16-byte records from offset 12, tag first. */
function tableTags(sfnt: Uint8Array): string[] {
  const count = (sfnt[4]! << 8) | sfnt[5]!;
  return Array.from({ length: count }, (_, i) => String.fromCharCode(...sfnt.subarray(12 + 16 * i, 16 + 16 * i)));
}
