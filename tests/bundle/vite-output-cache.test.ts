// The key Vite's kept files are found by: the tool's sources and the lock file, never the deck,
// and not the source fonts (the fonts go in after Vite).

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { viteOutputKey } from '../../src/bundle/vite-output-cache.js';

const root = mkdtempSync(join(tmpdir(), 'deck-vite-key-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `text` at `path` below the project with a fixed modification time `second` (seconds since 1970). */
function write(path: string, text: string, second = 1_700_000_000): void {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, second, second);
}

describe('viteOutputKey', () => {
  write('src/client/main.ts', 'export {};\n');
  write('src/fonts/source/face.ttf', 'font');
  write('package-lock.json', '{}');
  write('slides/01.md', '# 一\n');

  it('changes with a client source or the lock file', () => {
    const before = viteOutputKey(root);
    expect(viteOutputKey(root)).toBe(before);
    write('src/client/main.ts', 'export const changed = 1;\n', 1_700_000_100);
    const afterSource = viteOutputKey(root);
    expect(afterSource).not.toBe(before);
    write('package-lock.json', '{"lockfileVersion":3}', 1_700_000_100);
    expect(viteOutputKey(root)).not.toBe(afterSource);
  });

  it('does not change with the deck or the source fonts', () => {
    const before = viteOutputKey(root);
    write('slides/01.md', '# 二\n', 1_700_000_200);
    write('src/fonts/source/face.ttf', 'another font', 1_700_000_200);
    expect(viteOutputKey(root)).toBe(before);
  });
});
