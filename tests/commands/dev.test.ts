// `npm run dev -- <deck folder>`: the dev server serves the deck it is given, on 127.0.0.1.

import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDevArguments } from '../../src/commands/dev.js';
import { UsageError } from '../../src/commands/run-command.js';
import { copyFixtureDeck } from '../_support/dev-server.js';
import { PROJECT_ROOT } from '../_support/project.js';

describe('#parseDevArguments', () => {
  it('takes a deck folder, --open and a port number', () => {
    expect(parseDevArguments([])).toEqual({ open: false });
    expect(parseDevArguments(['talk', '--open', '--port', '4000'])).toEqual({ slidesDir: 'talk', open: true, port: 4000 });
    expect(() => parseDevArguments(['--port', 'eighty'])).toThrow(new UsageError('--port takes a port number, not "eighty"'));
    expect(parseDevArguments(['--font-cache-dir', '/tmp/fonts'])).toEqual({ open: false, fontCacheDir: '/tmp/fonts' });
  });
});

/** Starts `npm run dev -- <deck>` and resolves with its address; `stop` ends it and its children. */
async function startDevCommand(deck: string): Promise<{ url: string; stop: () => void }> {
  // Its own process group, so stopping it stops its children too; no colour codes (CI=true turns
  // them on), so the address prints as plain text.
  const child = spawn('node', ['src/commands/deck.mjs', 'dev', deck, '--port', '0'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const stop = () => process.kill(-child.pid!);
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (found) resolve(found[0]);
      });
      child.on('exit', (code) => reject(new Error(`the dev server exited (${code}) before it printed its address:\n${output}`)));
    });
    return { url, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

const text = async (url: string) => (await fetch(url)).text();

describe('npm run dev', () => {
  it('serves the deck folder it is given', async () => {
    const { url, stop } = await startDevCommand('tests/fixtures/decks/small');
    try {
      expect(await text(url)).toContain('<title>测试用的小演示</title>');
    } finally {
      stop();
    }
  });

  it('serves the slides and fonts modules, and every edit after them', async () => {
    const slidesDir = await copyFixtureDeck('small', 'deck-dev-command-');
    const { url, stop } = await startDevCommand(slidesDir);
    try {
      expect(await text(new URL('@id/__x00__virtual:deck', url).href)).toContain('没有动画的列表');
      expect(await text(new URL('@id/__x00__deck-fonts-style', url).href)).toContain('data:font/woff2;base64,');
      const file = join(slidesDir, '01-intro.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('## 第二页', '## 第二页（改过）'));
      await expect.poll(() => text(new URL('@id/__x00__virtual:deck', url).href), { timeout: 15_000 }).toContain('第二页（改过）');
    } finally {
      stop();
      await rm(slidesDir, { recursive: true, force: true });
    }
  });
});
