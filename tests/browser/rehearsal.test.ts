// Rehearsal: a scripted run on a fake clock records each slide's seconds; the summary shows them
// against the plan (Chinese tables and a bar chart) and saves a JSON file; `npm run rehearsal`
// prints the same table and --apply makes the next build's data-timing the measured seconds.

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import { deckViteConfig } from '../../src/bundle/vite-config.js';
import { parseRehearsalRecord, type RehearsalRecord } from '../../src/client/rehearsal-record.js';
import { deckState, openDeck, facesOf } from '../_support/deck-page.js';
import { DIST_DIR, PROJECT_ROOT, SLIDES_DIR } from '../_support/project.js';

let browser: Browser;
let work: string;

beforeAll(async () => {
  browser = await launchChromium();
  work = await mkdtemp(join(tmpdir(), 'deck-rehearsal-'));
});

afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

/** Seconds spent on each step of the scripted run (each step then presses →). */
const STEPS = [30, 12, 45, 8, 20, 15, 5];

async function scriptedRun(page: Page): Promise<Map<string, number>> {
  const expected = new Map<string, number>();
  await page.locator('body').press('t');
  await expect.poll(() => page.locator('.rehearsal-badge').count()).toBe(1);
  expect(await facesOf(page, '.rehearsal-badge')).toEqual(['"Noto Sans SC Subset" 400']);
  for (const seconds of STEPS) {
    const { id } = await deckState(page);
    await page.clock.fastForward(seconds * 1000);
    expected.set(id, (expected.get(id) ?? 0) + seconds);
    await page.locator('body').press('ArrowRight');
  }
  await page.locator('body').press('t');
  return expected;
}

describe('rehearsal', () => {
  let record: RehearsalRecord;
  let expected: Map<string, number>;
  let recordFile: string;

  it('records each slide’s seconds on a scripted run and shows planned against actual', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-30T09:00:00') });
    await page.goto(`${pathToFileURL(`${DIST_DIR}/index.html`).href}?transition=none`);
    await page.waitForSelector('.reveal.ready', { timeout: 15_000 });
    await page.clock.pauseAt(new Date('2026-11-30T09:05:00'));
    expected = await scriptedRun(page);
    const summary = page.locator('.rehearsal-summary');
    await expect.poll(() => summary.count()).toBe(1);
    expect(await summary.locator('h2').textContent()).toBe('排练结果');
    expect(await facesOf(page, '.rehearsal-summary')).toEqual(['"Noto Sans SC Subset" 400']);
    expect(await summary.locator('.rehearsal-arcs caption').textContent()).toBe('各部分');
    expect(await summary.locator('.rehearsal-slides thead').textContent()).toBe('页部分标题计划实际差');
    expect(await summary.locator('.rehearsal-bar-row').count()).toBeGreaterThan(20);
    const total = STEPS.reduce((a, b) => a + b, 0);
    expect(await summary.locator('.rehearsal-total').textContent()).toContain(
      `实际 ${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), summary.locator('a.rehearsal-save').click()]);
    expect(download.suggestedFilename()).toMatch(/^rehearsal-\d{8}-\d{4}\.json$/);
    recordFile = join(work, download.suggestedFilename());
    await download.saveAs(recordFile);
    const parsed = parseRehearsalRecord(await readFile(recordFile, 'utf8'));
    if ('error' in parsed) throw new Error(parsed.error);
    record = parsed;
    for (const slide of record.slides)
      expect({ id: slide.id, actual: slide.actual }).toEqual({ id: slide.id, actual: expected.get(slide.id) ?? 0 });
    expect(record.slides.every((s) => s.planned > 0)).toBe(true);
    await context.close();
  });

  it('starts from ?rehearse', async () => {
    const { page } = await openDeck(browser, `${pathToFileURL(`${DIST_DIR}/index.html`).href}?transition=none&rehearse`);
    await expect.poll(() => page.locator('.rehearsal-badge').textContent()).toMatch(/^排练计时中 \d+:\d\d · 本页 \d+:\d\d · 按 T 结束/);
    await page.close();
  });

  it('npm run rehearsal prints the table; --apply writes timings.yaml and the next build paces by it', async () => {
    const slidesDir = join(work, 'slides');
    await cp(SLIDES_DIR, slidesDir, { recursive: true });
    const slideFiles = async () =>
      Promise.all((await readdir(slidesDir)).filter((f) => f.endsWith('.md')).map((f) => readFile(join(slidesDir, f), 'utf8')));
    const before = await slideFiles();
    const run = (args: string[]) =>
      promisify(execFile)('node', ['src/commands/deck.mjs', 'rehearsal', ...args], { cwd: PROJECT_ROOT });
    const shown = await run([recordFile]);
    expect(shown.stdout).toMatch(/^部分\s+页数\s+计划\s+实际\s+差$/m);
    expect(shown.stdout).toMatch(/^全场\s+\d+\s+\d+:\d\d\s+\d+:\d\d\s+[-+]?\d+:\d\d$/m);
    const first = record.slides[0]!;
    expect(shown.stdout).toContain(`0:${String(expected.get(first.id)).padStart(2, '0')}`);
    const applied = await run([recordFile, '--apply', slidesDir]);
    expect(applied.stdout).toMatch(/wrote .*timings\.yaml: \d+ slides/);
    const yaml = await readFile(join(slidesDir, 'timings.yaml'), 'utf8');
    for (const [id, seconds] of expected) expect(yaml).toContain(`${id}: ${seconds}\n`);
    expect(await slideFiles()).toEqual(before);
    const outDir = join(work, 'dist');
    await build({ ...deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir }), configFile: false, logLevel: 'warn' });
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    for (const [id, seconds] of expected)
      expect(new RegExp(`<section id="${id}"[^>]*data-timing="(\\d+)"`).exec(html)?.[1]).toBe(String(seconds));
  });

  it('refuses a file that is not a rehearsal record, naming it', async () => {
    const bad = join(work, 'not-a-record.json');
    await cp(join(SLIDES_DIR, 'deck.yaml'), bad);
    const failed = await promisify(execFile)('node', ['src/commands/deck.mjs', 'rehearsal', bad], { cwd: PROJECT_ROOT }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stdout).toMatch(/not-a-record\.json: not JSON .* — give the \.json file the deck saved/);
  });
});
