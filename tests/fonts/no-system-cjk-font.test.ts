// Every Chromium the project starts (launchChromium: tests, check, pdf, bench) sees no system
// font with CJK coverage, so a character the deck's subset lacks is never filled in by the machine.
// This machine has no Chinese system font, so the test makes one: the full Noto Sans SC TTF from
// src/fonts/source, exposed to fontconfig as a system font folder. A control launch without the
// hiding rules shows that font drawing the characters, so the probe sees what it claims to.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { launchChromium, NO_CJK_FONTS_RULES, SYSTEM_FONTCONFIG, writeFontconfig, type FontconfigOptions } from '../../src/node/chromium.js';
import { characterSet } from '../../src/fonts/character-set.js';
import { resolveSourceFont } from '../../src/fonts/source-fonts.js';
import { subsetFontFile } from '../../src/fonts/subset-fonts.js';
import { PROJECT_ROOT } from '../_support/project.js';

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** Not in the subset below: common Han, Extension A and B, kana, Hangul. */
const MISSING = '鑫淼㐀𠀀𪚥あア가';
/** A system font folder holding a font with Chinese, Japanese kana and more (not Hangul, not Ext B). */
const CJK_FONT_DIR = dirname(resolveSourceFont(400));

let webFontCss: string;
beforeAll(async () => {
  // The deck's web font, subset as the build does, for a page of its own.
  const file = await subsetFontFile(400, characterSet('一'));
  webFontCss = `@font-face { font-family: "Deck"; src: url(data:font/woff2;base64,${Buffer.from(file.data).toString('base64')}) format('woff2'); }`;
}, 60_000);

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** The fonts Chromium drew `text` with, set in the web font alone (no generic fallback family). */
async function fontsDrawing(fontconfig: FontconfigOptions | undefined, text: string): Promise<PlatformFont[]> {
  browser = await launchChromium(fontconfig ? { fontconfig } : {});
  const page = await browser.newPage();
  await page.setContent(`<style>${webFontCss}</style><p id="web" style="font-family: Deck">一${text}</p>`);
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#web' });
  return ((await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: PlatformFont[] }).fonts;
}

/**
 * The text is all CJK and its only family the web font, so Chromium attributes every .notdef to
 * the web font: any system font listed is a fallback that drew a CJK character.
 */
const systemFonts = (fonts: PlatformFont[]) => fonts.filter((f) => !f.isCustomFont);

describe('Chromium started by launchChromium sees no system CJK font', () => {
  it('the web font draws (or leaves as .notdef) every CJK character it lacks; no system font does', async () => {
    const fonts = await fontsDrawing(undefined, MISSING);
    expect(
      fonts.filter((f) => f.isCustomFont).reduce((n, f) => n + f.glyphCount, 0),
      'the web font drew 一 and a .notdef for each other',
    ).toBe([...MISSING].length + 1);
    expect(systemFonts(fonts)).toEqual([]);
  }, 60_000);

  it('even on a machine with a Chinese system font installed', async () => {
    const fonts = await fontsDrawing({ extraFontDirs: [CJK_FONT_DIR] }, MISSING);
    expect(systemFonts(fonts)).toEqual([]);
  }, 60_000);

  it('control: without the hiding rules that installed font draws the characters the subset lacks', async () => {
    const fonts = await fontsDrawing({ extraFontDirs: [CJK_FONT_DIR], hideCjkFonts: false }, MISSING);
    const system = systemFonts(fonts);
    expect(system.map((f) => f.familyName)).toEqual(['Noto Sans SC']);
    // 鑫 淼 㐀 あ ア are in the full font (Ext B and Hangul are not).
    expect(system[0]!.glyphCount).toBe(5);
  }, 60_000);
});

describe('every Chromium the project starts', () => {
  it('is started by launchChromium (src/node/chromium.ts), which sets FONTCONFIG_FILE', () => {
    const files = ['src', 'tests', 'scripts'].flatMap((dir) =>
      readdirSync(join(PROJECT_ROOT, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name))
        .map((e) => join(e.parentPath, e.name)),
    );
    expect(files.length).toBeGreaterThan(50);
    const launches = files.filter((file) =>
      /\b(chromium|firefox|webkit)\s*\.\s*(launch|launchPersistentContext|launchServer|connect)\s*\(/.test(readFileSync(file, 'utf8')),
    );
    expect(launches.map((file) => relative(PROJECT_ROOT, file))).toEqual(['src/node/chromium.ts']);
  });
});

describe('writeFontconfig', () => {
  it('writes, in the OS temp folder, the system configuration plus the hiding rules, with a cache folder there', () => {
    const file = writeFontconfig();
    expect(relative(tmpdir(), file).startsWith('..')).toBe(false);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`<cachedir>${join(dirname(file), 'cache')}</cachedir>`);
    expect(text).toContain(`<include ignore_missing="yes">${process.env.FONTCONFIG_FILE ?? SYSTEM_FONTCONFIG}</include>`);
    expect(text).toContain(`<include>${NO_CJK_FONTS_RULES}</include>`);
    expect(writeFontconfig({ hideCjkFonts: false })).not.toBe(file);
    expect(readFileSync(writeFontconfig({ hideCjkFonts: false }), 'utf8')).not.toContain(NO_CJK_FONTS_RULES);
  });
});
