// Finding and starting Chromium: Debian's /usr/bin/chromium or $CHROME_PATH, never a download.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserType } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * playwright-core through `require`, not `import`: its ESM entry makes Node scan the 3.6 MB CommonJS
 * bundle for export names first (~0.3 s of CPU at every start of check, pdf and the bench).
 */
function loadPlaywright(): { chromium: BrowserType } {
  return createRequire(import.meta.url)('playwright-core') as { chromium: BrowserType };
}

/** Flags that keep headless Chromium quiet on a machine without network access. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fontconfig rules that hide every system font covering Chinese, Japanese or Korean. */
export const NO_CJK_FONTS_RULES = fileURLToPath(new URL('./fontconfig/no-cjk-fonts.conf', import.meta.url));

/** The system's own fontconfig file (its font folders and aliases), unless FONTCONFIG_FILE names another. */
export const SYSTEM_FONTCONFIG = '/etc/fonts/fonts.conf';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.CHROME_PATH, DEFAULT_CHROMIUM, '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((path) => existsSync(path));
}

export const NO_BROWSER_HINT =
  'no Chromium found: install it with `apt-get install chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chrome or Chromium binary';

export interface FontconfigOptions {
  /** Hide system fonts with CJK coverage (NO_CJK_FONTS_RULES); default true. */
  hideCjkFonts?: boolean;
  /** More font folders to expose as if installed on the system (tests use this). */
  extraFontDirs?: readonly string[];
}

export interface LaunchOptions {
  /** Flags added to CHROMIUM_ARGS. */
  args?: readonly string[];
  fontconfig?: FontconfigOptions;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Writes a fontconfig file for Chromium into the OS temp folder and returns its path: the system
 * configuration, plus `extraFontDirs`, plus the rules hiding CJK system fonts, with a writable
 * cache folder beside it (fontconfig cannot take the cache folder from the environment, and it
 * must not go into the project). Named by its content, so concurrent launches share it.
 */
export function writeFontconfig(options: FontconfigOptions = {}): string {
  const { hideCjkFonts = true, extraFontDirs = [] } = options;
  const folder = join(tmpdir(), `deck-fontconfig-${userInfo().uid}`);
  // A configuration the user chose is the base, unless it is one of ours (a nested launch).
  const own = process.env.FONTCONFIG_FILE;
  const systemConfig = own && !resolve(own).startsWith(folder) ? resolve(own) : SYSTEM_FONTCONFIG;
  const body = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<!-- Written by src/node/chromium.ts for the Chromium the deck starts. -->',
    '<fontconfig>',
    // Listed first: fontconfig writes its cache into the first writable cache folder.
    `  <cachedir>${xmlText(join(folder, 'cache'))}</cachedir>`,
    `  <include ignore_missing="yes">${xmlText(systemConfig)}</include>`,
    ...extraFontDirs.map((dir) => `  <dir>${xmlText(dir)}</dir>`),
    ...(hideCjkFonts ? [`  <include>${xmlText(NO_CJK_FONTS_RULES)}</include>`] : []),
    '</fontconfig>',
    '',
  ].join('\n');
  const file = join(folder, `fonts-${createHash('sha256').update(body).digest('hex').slice(0, 12)}.conf`);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, body);
    renameSync(tmp, file);
  }
  return file;
}

/**
 * Starts headless Chromium. On Linux it sees no system font with CJK coverage (FONTCONFIG_FILE,
 * see writeFontconfig), whatever the machine has installed: every Chinese glyph it draws comes
 * from the deck's own fonts, so the checks, PDFs and tests see what a machine without Chinese
 * fonts sees. (Chromium on macOS and Windows does not use fontconfig.)
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_HINT);
  const env = { ...process.env, FONTCONFIG_FILE: writeFontconfig(options.fontconfig) };
  return loadPlaywright().chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...(options.args ?? [])], env });
}
