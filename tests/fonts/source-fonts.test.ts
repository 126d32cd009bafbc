// The vendored source fonts: where they are, that they are what fonts.json says, their licence.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFontFile } from '../../src/fonts/font-file.js';
import { readSourceFonts, resolveSourceFont, SOURCE_FONT_DIR, sourceFaceName, sourceFontsKey } from '../../src/fonts/source-fonts.js';
import { PROJECT_ROOT } from '../_support/project.js';

describe('source fonts', () => {
  it('finds the source TrueType files in src/fonts/source', () => {
    expect(SOURCE_FONT_DIR).toBe(path.join(PROJECT_ROOT, 'src/fonts/source') + path.sep);
    for (const w of [400, 700] as const) {
      const p = resolveSourceFont(w);
      expect(p).toMatch(/\.ttf$/);
      expect(path.dirname(p) + path.sep).toBe(SOURCE_FONT_DIR);
      expect(existsSync(p)).toBe(true);
    }
  });

  it('are the files fonts.json describes: its hashes, its version, the weight each is', async () => {
    const fonts = readSourceFonts();
    for (const w of [400, 700] as const) {
      const bytes = readFileSync(resolveSourceFont(w));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(fonts.faces[w].sha256);
      const font = await readFontFile(bytes);
      expect(font.name(1)).toBe('Noto Sans SC');
      expect(font.name(5)).toContain(`Version ${fonts.version}`);
      expect(font.weightClass).toBe(w);
    }
    expect(sourceFaceName(400)).toBe('Noto Sans SC');
    expect(sourceFaceName(700)).toBe('Noto Sans SC Bold');
  });

  it('carry their licence (OFL-1.1) beside them, and the README credits it', () => {
    expect(readFileSync(path.join(SOURCE_FONT_DIR, 'OFL.txt'), 'utf8')).toMatch(/SIL Open Font License, Version 1\.1/);
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/Noto Sans SC 2\.004 Regular \(400\) and Bold \(700\)[\s\S]{0,120}SIL Open Font License 1\.1 \(OFL-1\.1/);
    expect(readme).toContain('(src/fonts/source/OFL.txt)');
  });

  it('a cache key names their version and each file’s hash', () => {
    const fonts = readSourceFonts();
    const key = sourceFontsKey();
    expect(key).toContain(`@${fonts.version}#`);
    expect(key).toContain(fonts.faces[400].sha256.slice(0, 12));
    expect(key).toContain(fonts.faces[700].sha256.slice(0, 12));
  });

  it('a missing source folder yields an error that names the file and says what to do', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'source-fonts-'));
    try {
      expect(() => resolveSourceFont(400, empty)).toThrow(
        new RegExp(`${path.join(empty, 'fonts.json').replace(/[/\\]/g, '.')}: cannot read.*restore it from git`),
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
