// Screenshots of the built deck for design review: every slide at 1280×720 and the 390 px phone view.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../src/node/chromium.js';

const USAGE = 'usage: node scripts/run-script.mjs scripts/shoot-deck.ts [output folder, default /tmp/deck-shots] [slides|phone]';
const [outWord, only] = process.argv.slice(2);
// A word that looks like an option is a mistake, not a folder to write screenshots into.
if (outWord?.startsWith('-') || (only !== undefined && only !== 'slides' && only !== 'phone')) {
  console.error(USAGE);
  process.exit(outWord === '--help' || outWord === '-h' ? 0 : 2);
}
const out = outWord ?? '/tmp/deck-shots';
mkdirSync(out, { recursive: true });
const url = pathToFileURL(resolve('dist/index.html')).href;
const browser = await launchChromium();
if (only !== 'phone') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForFunction(() => window.deck?.isReady());
  const slides = await page.evaluate(() => window.deck.getSlides().map((s) => window.deck.getIndices(s)));
  for (const [i, { h, v }] of slides.entries()) {
    await page.evaluate(([h, v]) => window.deck.slide(h, v ?? 0, 99), [h, v] as const);
    await page.waitForFunction(() => !document.querySelector('.reveal .slides section.present')?.classList.contains('past'));
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(900);
    await page.screenshot({ path: `${out}/s${String(i).padStart(2, '0')}.png` });
  }
}
if (only !== 'slides') {
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  await phone.goto(url);
  await phone.waitForFunction(() => window.deck?.isReady());
  await phone.waitForTimeout(500);
  const total = await phone.evaluate(() => document.querySelector('.reveal-viewport')?.scrollHeight ?? 0);
  console.log('phone total height', total);
  await phone.screenshot({ path: `${out}/phone.png`, fullPage: true });
}
await browser.close();
