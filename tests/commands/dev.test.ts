// `npm run dev -- <deck folder>`: the dev server serves the deck it is given, on 127.0.0.1.

import { spawn } from 'node:child_process';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_CLIENT_URL } from '../../src/bundle/dev-client-plugin.js';
import { DEV_UPDATES_URL } from '../../src/bundle/dev-page.js';
import { parseDevArguments } from '../../src/commands/dev.js';
import { launchChromium } from '../../src/node/chromium.js';
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
async function startDevCommand(deck: string, args: string[] = ['--port', '0']): Promise<{ url: string; stop: () => void }> {
  // Its own process group, so stopping it stops its children too; no colour codes (CI=true turns
  // them on), so the address prints as plain text.
  const child = spawn('node', ['src/commands/deck.mjs', 'dev', deck, ...args], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const stop = () => {
    try {
      process.kill(-child.pid!);
    } catch {
      // Already gone (it stopped on a problem).
    }
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (found) resolve(found[0]);
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
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

  it('serves a page that carries the deck and its fonts, and every edit after them', async () => {
    const slidesDir = await copyFixtureDeck('small', 'deck-dev-command-');
    const { url, stop } = await startDevCommand(slidesDir);
    try {
      const page = await text(url);
      expect(page).toContain('没有动画的列表');
      expect(page).toContain('data:font/woff2;base64,');
      expect(await text(new URL(DEV_CLIENT_URL, url).href)).toContain('function startPresentation()');
      // Vite joins on the same address: the page's updates module and Vite's client.
      expect(await text(new URL(DEV_UPDATES_URL, url).href)).toContain('/@vite/client');
      const file = join(slidesDir, '01-intro.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('## 第二页', '## 第二页（改过）'));
      await expect.poll(() => text(url), { timeout: 15_000 }).toContain('第二页（改过）');
    } finally {
      stop();
      await rm(slidesDir, { recursive: true, force: true });
    }
  });

  it('updates the open deck in place over its own address (Vite’s socket on the command’s server)', async () => {
    const slidesDir = await copyFixtureDeck('small', 'deck-dev-command-live-');
    const { url, stop } = await startDevCommand(slidesDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(url);
      await page.waitForSelector('html[data-deck-live]', { state: 'attached', timeout: 15_000 });
      await page.evaluate(() => window.deck.slide(1, 0, 0));
      const file = join(slidesDir, '01-intro.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('## 第二页', '## 第二页（在页上改）'));
      await expect
        .poll(() => page.locator('.reveal .slides section.present h2').first().textContent(), { timeout: 15_000 })
        .toBe('第二页（在页上改）');
      expect(await page.evaluate(() => window.deck.getIndices().h)).toBe(1);
    } finally {
      await browser.close();
      stop();
      await rm(slidesDir, { recursive: true, force: true });
    }
  });

  it('refuses a request naming another host (DNS rebinding), as Vite does', async () => {
    const { url, stop } = await startDevCommand('tests/fixtures/decks/small');
    try {
      const { port } = new URL(url);
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = get({ host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        request.on('error', reject);
      });
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain('测试用的小演示');
    } finally {
      stop();
    }
  });

  it('takes the next port when the one asked for is in use', async () => {
    const taken = createServer();
    const port = await new Promise<number>((resolve) => taken.listen(0, '127.0.0.1', () => resolve((taken.address() as AddressInfo).port)));
    const { url, stop } = await startDevCommand('tests/fixtures/decks/small', ['--port', String(port)]);
    try {
      expect(new URL(url).port).not.toBe(String(port));
      expect(await text(url)).toContain('<title>测试用的小演示</title>');
    } finally {
      stop();
      taken.close();
    }
  });

  it('stops with the file and line of a problem in the deck, listening nowhere', async () => {
    const slidesDir = await copyFixtureDeck('small', 'deck-dev-problem-');
    const file = join(slidesDir, '01-intro.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('## 第二页', '<!-- .slide: layout="colums" -->\n\n## 第二页'));
    try {
      await expect(startDevCommand(slidesDir)).rejects.toThrow(/exited \(1\)[\s\S]*01-intro\.md:\d+:\d+: unknown layout "colums" — did you mean "columns"\?/);
    } finally {
      await rm(slidesDir, { recursive: true, force: true });
    }
  });
});
