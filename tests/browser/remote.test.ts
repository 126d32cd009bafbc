// `npm run present` and the phone remote, over 127.0.0.1 only: a second page acting as the phone
// steps the deck; a request or a WebSocket message with no token or a wrong one is refused and
// moves nothing; the presenting page connects only to its own server.

import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { launchChromium } from '../../src/node/chromium.js';
import type { DeckBuild } from '../../src/pipeline.js';
import { deckState, facesOf } from '../_support/deck-page.js';
import { DIST_DIR, loadRealDeck, PROJECT_ROOT } from '../_support/project.js';

let browser: Browser;
let deck: DeckBuild;
let child: ChildProcess;
let deckUrl: string;
let remoteUrl: string;
let output = '';

beforeAll(async () => {
  browser = await launchChromium();
  deck = await loadRealDeck();
  // Its own process group, so stopping it stops its children too. Loopback only, any free port.
  child = spawn('node', ['src/commands/deck.mjs', 'present', '--host', '127.0.0.1', '--port', '0', '--dist', DIST_DIR], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  [deckUrl, remoteUrl] = await new Promise<[string, string]>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const page = /presenting page[^\n]*?(http:\/\/127\.0\.0\.1:\d+\/[\w-]+\/)\n/.exec(output)?.[1];
      const remote = /phone remote[^\n]*?(http:\/\/127\.0\.0\.1:\d+\/[\w-]+\/\?remote)\n/.exec(output)?.[1];
      if (page && remote && output.includes('Ctrl+C')) resolve([page, remote]);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`npm run present exited (${code}) before printing its addresses:\n${output}`)));
  });
});

afterAll(async () => {
  if (child?.pid) process.kill(-child.pid);
  await browser?.close();
});

async function openPresenting(): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${deckUrl}?transition=none`);
  await page.waitForSelector('.reveal.ready', { timeout: 15_000 });
  return { page, requests };
}

/** What the latency test records on `window`: the phone's taps and the deck's moves, in ms since the epoch. */
type TapTimes = Window & { tappedAt?: number[]; movedAt?: number[] };

/** A WebSocket client at `path`; resolves how it ended: refused at the upgrade (status) or closed (code). */
function tryWebSocket(url: string, message?: object): Promise<{ status?: number; code?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_request, response) => resolve({ status: response.statusCode }));
    socket.on('open', () => socket.send(JSON.stringify(message)));
    socket.on('close', (code) => resolve({ code }));
    socket.on('error', () => {});
  });
}

describe('npm run present', () => {
  it('prints the addresses with a token, and a QR code of the remote’s', () => {
    expect(deckUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]{20,}\/$/);
    expect(remoteUrl.startsWith(deckUrl)).toBe(true);
    // The QR code: rows of block characters.
    expect(output.split('\n').filter((line) => /^[█▀▄ ]{21,}$/.test(line)).length).toBeGreaterThan(10);
    expect(output).toMatch(/same network/);
  });

  it('a second page acting as the phone steps the deck, shows the notes, and fast', async () => {
    const { page, requests } = await openPresenting();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    await phone.goto(remoteUrl);
    await expect.poll(() => phone.locator('.remote-status').textContent(), { timeout: 15_000 }).toBe('已连接');
    const slides = deck.rendered!.slides;
    await expect.poll(() => phone.locator('.remote-position').textContent()).toBe(`第 1 / ${slides.length} 页`);
    expect((await phone.locator('.remote-notes').textContent())?.replace(/\s/g, '')).toBe(slides[0]!.notes.replace(/\s/g, ''));
    expect(await facesOf(phone, '.deck-remote')).toEqual(['"Noto Sans SC Subset" 400']);
    const nextBox = await phone.locator('.remote-next').boundingBox();
    expect(nextBox!.height).toBeGreaterThanOrEqual(80);
    // Tap → move, timed inside the two pages on the machine's one clock: from the phone's click
    // (the tap recognised) to the deck's slidechanged, over the relay; the median of several taps.
    await phone.evaluate(() => {
      const w = window as TapTimes;
      w.tappedAt = [];
      window.addEventListener('click', () => w.tappedAt!.push(performance.timeOrigin + performance.now()), { capture: true });
    });
    await page.evaluate(() => {
      const w = window as TapTimes;
      w.movedAt = [];
      window.deck.on('slidechanged', () => w.movedAt!.push(performance.timeOrigin + performance.now()));
    });
    const TAPS = 7;
    for (let i = 0; i < TAPS; i++) {
      await phone.locator(i % 2 === 0 ? '.remote-next' : '.remote-prev').tap();
      await expect.poll(async () => (await deckState(page)).id).toBe(slides[i % 2 === 0 ? 1 : 0]!.id);
    }
    const tappedAt = await phone.evaluate(() => (window as TapTimes).tappedAt!);
    const movedAt = await page.evaluate(() => (window as TapTimes).movedAt!);
    expect(tappedAt).toHaveLength(TAPS);
    expect(movedAt).toHaveLength(TAPS);
    const latencies = movedAt.map((moved, i) => moved - tappedAt[i]!).sort((a, b) => a - b);
    expect(latencies[0]).toBeGreaterThan(0);
    // "Within about 100 ms on a LAN": loopback leaves the network's few ms out, so the relay itself must beat it.
    expect(latencies[Math.floor(TAPS / 2)]).toBeLessThan(100);
    // An odd number of taps ends one slide on, and the phone shows where the deck is.
    await expect.poll(() => phone.locator('.remote-position').textContent()).toBe(`第 2 / ${slides.length} 页`);
    await phone.locator('.remote-prev').tap();
    await expect.poll(async () => (await deckState(page)).id).toBe(slides[0]!.id);
    expect(await phone.locator('.remote-timer').textContent()).toMatch(/^已讲 \d+:\d\d · \d\d:\d\d:\d\d$/);
    // The presenting page connects only to its own server.
    const origin = new URL(deckUrl).host;
    expect(requests.filter((url) => new URL(url).host !== origin)).toEqual([]);
    const response = await page.request.get(deckUrl);
    expect(response.headers()['content-security-policy']).toContain("connect-src 'self'");
    await context.close();
    await page.close();
  });

  it('refuses requests and messages without the token, or with a wrong one, and nothing moves', async () => {
    const { page } = await openPresenting();
    const before = await deckState(page);
    const { origin, pathname } = new URL(deckUrl);
    const token = pathname.split('/')[1]!;
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const path of [
      '/',
      '/index.html',
      `/${wrong}/`,
      `/${wrong}/?remote`,
      '/assets/',
      `/${token.slice(0, 8)}/`,
      `/${wrong}/${token}/`,
    ]) {
      expect({ path, status: (await fetch(`${origin}${path}`)).status }).toEqual({ path, status: 403 });
    }
    const ws = origin.replace('http', 'ws');
    expect(await tryWebSocket(`${ws}/ws`, {})).toEqual({ status: 403 });
    expect(await tryWebSocket(`${ws}/${wrong}/ws`, {})).toEqual({ status: 403 });
    // The right address, but a message without the token or with a wrong one: the socket is closed.
    expect(await tryWebSocket(`${ws}/${token}/ws`, { type: 'command', action: 'next' })).toEqual({ code: 1008 });
    expect(await tryWebSocket(`${ws}/${token}/ws`, { type: 'command', action: 'next', token: wrong })).toEqual({ code: 1008 });
    // A page of another site with the token is refused too (its Origin differs).
    const foreign = await new Promise<number | undefined>((resolve) => {
      const socket = new WebSocket(`${ws}/${token}/ws`, { headers: { origin: 'http://evil.example' } });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode));
      socket.on('open', () => resolve(undefined));
      socket.on('error', () => {});
    });
    expect(foreign).toBe(403);
    // With the token a message gets through (so the refusals above are the token's doing) …
    const moved = new WebSocket(`${ws}/${token}/ws`);
    await new Promise((resolve) => moved.on('open', resolve));
    moved.send(JSON.stringify({ token, type: 'command', action: 'next' }));
    await expect.poll(() => deckState(page)).not.toEqual(before);
    moved.close();
    // … and the refused ones moved nothing: exactly one step was taken.
    await page.evaluate(() => window.deck.prev());
    expect(await deckState(page)).toEqual(before);
    await page.close();
  });
});
