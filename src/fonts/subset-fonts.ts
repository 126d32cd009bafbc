/**
 * Web fonts for the deck, subset to exactly the characters it shows.
 *
 * Source font: Noto Sans SC (Simplified Chinese; Adobe/Google, "Source Han Sans" design),
 * SIL Open Font License 1.1, from the npm package `@expo-google-fonts/noto-sans-sc@0.4.3`
 * (package licence "MIT AND OFL-1.1": MIT for its JS glue, OFL-1.1 for the fonts; the OFL text
 * is the package's LICENSE_FONT). That package ships ONE full static TrueType file per weight
 * (`400Regular/NotoSansSC_400Regular.ttf`, `700Bold/NotoSansSC_700Bold.ttf`, ~10.5 MB each,
 * 30,890 code points, all of GB2312 covered) with `glyf` outlines, so:
 *   - each weight becomes one subset woff2 file (no merging of unicode-range chunks as with
 *     `@fontsource/noto-sans-sc`, whose ~100 chunks per weight would need a glyph merger);
 *   - Chromium embeds the outlines as CID TrueType in printed PDFs, with a ToUnicode map
 *     built from the cmap, so text extraction works;
 *   - 700 is the real Bold master, not a synthesised one.
 * Latin letters and digits come from the same font.
 * Candidates not taken: `node-source-han-sans-sc` (CFF .otf, 184 MB tarball), `noto-sans-sc` and
 * the fontsource packages (unicode-range woff2 chunks only), `@fontsource-variable/noto-sans-sc`
 * (chunks too).
 *
 * Each weight gets its own character set: the deck passes all of its text for 400 and only the
 * text it sets in bold for 700 (headings, strong, big numbers), which is a fifth of it — the bold
 * file shrinks from ~115 KB to ~26 KB for this talk. Each file is cached on its own, keyed by its
 * weight and character set, so an edit to regular text never re-subsets the bold face.
 * Measured and not taken: dropping the vertical tables and features saves ~2 % (2.3 KB of 113 KB),
 * skipping layout closure ~1 %; the glyph outlines are 95 % of each file.
 *
 * Subsetter: `subset-font` (HarfBuzz hb-subset compiled to wasm, output compressed to woff2).
 * OpenType layout closure is limited to the features horizontal and vertical Chinese text uses
 * (see LAYOUT_FEATURES): `aalt`, `dlig`, `fwid`/`hwid`/`pwid`, `hist` and `ruby` would pull in
 * ~9 KB of alternate glyphs per weight that no default rendering reaches.
 *
 * I/O: reads the font files (and subset-font's wasm) from node_modules, and reads/writes the
 * optional cache directory. Nothing else; no console output.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export type FontWeight = 400 | 700;

/** The text each weight must be able to draw. */
export type TextByWeight = Record<FontWeight, string>;

export interface FontFile {
  weight: FontWeight;
  /** e.g. `noto-sans-sc-400-0123456789ab.woff2`, named by the hash of `chars` */
  fileName: string;
  /** The characters this file covers (sorted by code point). */
  chars: string;
  /** woff2 bytes */
  data: Uint8Array;
}

export interface FontSubset {
  /** CSS font-family name declared by `css`. */
  family: string;
  /** sha256 of the files' character sets, first 12 hex digits. */
  hash: string;
  /** One woff2 file per weight: 400 then 700. */
  files: FontFile[];
  /** @font-face rules, one per weight. */
  css: string;
  /** Every character some file covers (sorted by code point). */
  chars: string;
}

export interface SubsetFontsOptions {
  /** Prefix put before each file name in the CSS `url(...)`; default '' (relative to the CSS). */
  urlPrefix?: string;
  /** Directory for cached results, keyed by hash; created when missing. */
  cacheDir?: string;
}

/** The npm package the source fonts come from. */
export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
export const FONT_PACKAGE_VERSION = '0.4.3';
const SUBSETTER_PACKAGE = 'subset-font';
const SUBSETTER_VERSION = '2.9.0';

/** CSS family name. Distinct from "Noto Sans SC" so it never mixes with an installed copy. */
export const FONT_FAMILY = 'Noto Sans SC Subset';
const FILE_STEM = 'noto-sans-sc';

const WEIGHTS: readonly { weight: FontWeight; file: string }[] = [
  { weight: 400, file: '400Regular/NotoSansSC_400Regular.ttf' },
  { weight: 700, file: '700Bold/NotoSansSC_700Bold.ttf' },
];

/** OpenType features kept (and whose substitutions are followed when choosing glyphs). */
const LAYOUT_FEATURES = [
  // horizontal shaping that Chromium applies by default
  'ccmp', 'locl', 'liga', 'clig', 'calt', 'rlig', 'kern', 'mark', 'mkmk',
  // CJK punctuation spacing: text-spacing-trim (halt/chws), font-feature-settings "palt"
  'halt', 'palt', 'chws',
  // vertical writing-mode (≈0.6 KB per weight)
  'vert', 'vrt2', 'vhal', 'vpal', 'vkrn', 'vchw',
];

/** Bumped whenever the subsetting recipe changes, so old cache entries are rebuilt. */
const RECIPE_VERSION = 2;
const CACHE_KEY = [
  `${FONT_PACKAGE}@${FONT_PACKAGE_VERSION}`,
  `${SUBSETTER_PACKAGE}@${SUBSETTER_VERSION}`,
  `recipe${RECIPE_VERSION}`,
  LAYOUT_FEATURES.join(','),
].join('|');

/**
 * Always included, so UI strings, numbers and ordinary Chinese punctuation render even when the
 * deck text happens not to contain them: ASCII printable, plus CJK punctuation and the
 * full-width punctuation/digits of Chinese text, plus a few symbols common on slides.
 */
export const BASE_CHARS: string = (() => {
  let s = '';
  const range = (from: number, to: number): void => {
    for (let cp = from; cp <= to; cp++) s += String.fromCodePoint(cp);
  };
  range(0x20, 0x7e); // ASCII printable
  range(0x3000, 0x3003); // 　、。〃
  range(0x3008, 0x3011); // 〈〉《》「」『』【】
  range(0x3014, 0x3017); // 〔〕〖〗
  range(0xff01, 0xff0f); // ！＂＃＄％＆＇（）＊＋，－．／
  range(0xff10, 0xff19); // ０-９
  range(0xff1a, 0xff20); // ：；＜＝＞？＠
  range(0xff3b, 0xff40); // ［＼］＾＿｀
  range(0xff5b, 0xff5e); // ｛｜｝～
  s += '\u00a0·×÷°±¥￥—–…‘’“”•‰℃№→←↑↓・〜≈≤≥';
  return s;
})();

/**
 * Always in the bold face besides the bold text itself: the space (white space between bold
 * words). Latin letters of the bold text are added in both cases (see caseVariants).
 */
export const BOLD_BASE_CHARS = ' \u00a0';

/** The sorted, de-duplicated code points of `text` plus `base` (controls dropped). */
export function characterSet(text: string, base: string = BASE_CHARS): string {
  const cps = new Set<number>();
  for (const ch of base + text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) continue; // C0/C1 controls (\n, \t, …)
    if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates
    cps.add(cp);
  }
  return String.fromCodePoint(...[...cps].sort((a, b) => a - b));
}

/**
 * The other case of each ASCII letter in `text`: CSS can change case (`text-transform`, and the
 * small caps reveal.js gives h4 when a presenting page is printed), and then draws letters the
 * text does not contain.
 */
export function caseVariants(text: string): string {
  const letters = text.match(/[A-Za-z]/g) ?? [];
  return [...new Set(letters)].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** The character set of each weight: 400 adds BASE_CHARS, 700 BOLD_BASE_CHARS and case variants. */
export function characterSets(text: TextByWeight): Record<FontWeight, string> {
  return {
    400: characterSet(text[400]),
    700: characterSet(text[700] + caseVariants(text[700]), BOLD_BASE_CHARS),
  };
}

/** sha256 of the character set, first 12 hex digits. */
export function charsetHash(chars: string): string {
  return createHash('sha256').update(chars, 'utf8').digest('hex').slice(0, 12);
}

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
export function fontFaceCss<F extends Pick<FontFile, 'weight'>>(
  family: string,
  files: readonly F[],
  urlFor: (file: F) => string,
): string {
  return files
    .map((file) => {
      const url = urlFor(file);
      if (/[\s"'()\\]/.test(url)) {
        throw new Error(`Font URL must not contain whitespace, quotes, parentheses or backslashes: ${url}`);
      }
      return [
        '@font-face {',
        `  font-family: "${family}";`,
        '  font-style: normal;',
        `  font-weight: ${file.weight};`,
        '  font-display: block;',
        `  src: url(${url}) format('woff2');`,
        '}',
      ].join('\n');
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------

type SubsetFontFn = (
  font: Buffer,
  text: string,
  options: { targetFormat: 'woff2'; keepFeatures?: string[] },
) => Promise<Buffer>;

const require = createRequire(import.meta.url);

function installHint(pkg: string, version: string): string {
  return `install it with \`npm i -E ${pkg}@${version}\``;
}

/** Path of the source TrueType file for `weight`; throws naming the package when missing. */
export function resolveSourceFont(weight: FontWeight, fontPackage: string = FONT_PACKAGE): string {
  const entry = WEIGHTS.find((w) => w.weight === weight);
  if (!entry) throw new Error(`Unsupported font weight ${String(weight)}: use 400 or 700`);
  try {
    return require.resolve(`${fontPackage}/${entry.file}`);
  } catch {
    throw new Error(
      `The font package "${fontPackage}" is not installed (needed for ${entry.file}): ` +
        installHint(fontPackage, fontPackage === FONT_PACKAGE ? FONT_PACKAGE_VERSION : 'latest'),
    );
  }
}

let subsetter: SubsetFontFn | undefined;
function loadSubsetter(): SubsetFontFn {
  if (!subsetter) {
    try {
      subsetter = require(SUBSETTER_PACKAGE) as SubsetFontFn;
    } catch {
      throw new Error(
        `The font subsetter "${SUBSETTER_PACKAGE}" is not installed: ` +
          installHint(SUBSETTER_PACKAGE, SUBSETTER_VERSION),
      );
    }
  }
  return subsetter;
}

let subsetRuns = 0;
/** How many font files this process has subset (cache hits do not count). For tests. */
export function subsetRunCount(): number {
  return subsetRuns;
}

interface CacheManifest {
  key: string;
  weight: FontWeight;
  chars: string;
  fileName: string;
  size: number;
}

function manifestPath(cacheDir: string, fileName: string): string {
  return path.join(cacheDir, fileName.replace(/\.woff2$/, '.json'));
}

function isWoff2(data: Uint8Array): boolean {
  return data.length > 48 && data[0] === 0x77 && data[1] === 0x4f && data[2] === 0x46 && data[3] === 0x32;
}

async function readCache(cacheDir: string, weight: FontWeight, chars: string): Promise<FontFile | undefined> {
  const fileName = fontFileName(weight, charsetHash(chars));
  let manifest: CacheManifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath(cacheDir, fileName), 'utf8')) as CacheManifest;
  } catch {
    return undefined;
  }
  if (manifest.key !== CACHE_KEY || manifest.weight !== weight || manifest.chars !== chars || manifest.fileName !== fileName) {
    return undefined;
  }
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(path.join(cacheDir, fileName)));
  } catch {
    return undefined;
  }
  if (data.length !== manifest.size || !isWoff2(data)) return undefined;
  return { weight, fileName, chars, data };
}

/** Write via a temporary file and rename, so a reader never sees half a file. */
async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

async function writeCache(cacheDir: string, file: FontFile): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeAtomic(path.join(cacheDir, file.fileName), file.data);
  const manifest: CacheManifest = { key: CACHE_KEY, weight: file.weight, chars: file.chars, fileName: file.fileName, size: file.data.length };
  // The manifest goes last: its presence means the font file is complete.
  await writeAtomic(manifestPath(cacheDir, file.fileName), JSON.stringify(manifest));
}

// Subsetting runs one at a time: subset-font shares one wasm instance, and each source font is
// ~10.5 MB in memory.
let queue: Promise<unknown> = Promise.resolve();

async function subsetOne(weight: FontWeight, chars: string): Promise<FontFile> {
  const run = queue.then(async () => {
    const font = await readFile(resolveSourceFont(weight));
    const out = await loadSubsetter()(font, chars, { targetFormat: 'woff2', keepFeatures: LAYOUT_FEATURES });
    subsetRuns++;
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  });
  queue = run.catch(() => undefined);
  return { weight, fileName: fontFileName(weight, charsetHash(chars)), chars, data: await run };
}

/**
 * Noto Sans SC at `weight` as woff2, subset to exactly `chars` (use characterSet to build it),
 * from the cache when it holds this weight and character set.
 */
export async function subsetFontFile(weight: FontWeight, chars: string, options: Pick<SubsetFontsOptions, 'cacheDir'> = {}): Promise<FontFile> {
  const cached = options.cacheDir ? await readCache(options.cacheDir, weight, chars) : undefined;
  if (cached) return cached;
  const file = await subsetOne(weight, chars);
  if (options.cacheDir) await writeCache(options.cacheDir, file);
  return file;
}

/**
 * Noto Sans SC 400 and 700 as woff2. `text` is what each weight must draw (see characterSets for
 * what is always added); a plain string is drawn in both weights.
 * Takes ~1 s per file without a cache hit (a ~10 MB font through HarfBuzz wasm).
 */
export async function subsetFonts(text: string | TextByWeight, options: SubsetFontsOptions = {}): Promise<FontSubset> {
  const urlPrefix = options.urlPrefix ?? '';
  const sets = typeof text === 'string' ? { 400: characterSet(text), 700: characterSet(text) } : characterSets(text);
  const files: FontFile[] = [];
  for (const { weight } of WEIGHTS) files.push(await subsetFontFile(weight, sets[weight], options));

  const css = fontFaceCss(FONT_FAMILY, files, (file) => `${urlPrefix}${file.fileName}`);
  const hash = charsetHash(files.map((f) => f.chars).join('\u0000'));
  return { family: FONT_FAMILY, hash, files, css, chars: characterSet(files.map((f) => f.chars).join(''), '') };
}
