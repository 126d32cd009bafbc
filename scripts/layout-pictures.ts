// Pictures of each layout for AUTHORING.md: one slide of the built talk per layout, at half size,
// into docs/layouts/<layout>.png. Run after `npm run build`: node scripts/run-script.mjs scripts/layout-pictures.ts
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../src/node/chromium.js';

/** Picture name → the slide (by its heading) that shows the layout best. */
const EXAMPLES: Record<string, string> = {
  title: 'DeepSeek：国产大模型的破局者',
  section: '深耕积累：厚积薄发',
  bullets: '它闯入的赛道并不冷清',
  quote: '不该成为常态',
  'quote-key': '起点：一个信念',
  stat: '增长有多快',
  columns: '两种组队方式',
  chart: '日活到1500万，要多少天',
  timeline: '从量化到AI：一条时间线',
  'diagram-group': 'GPU储备：与大厂同列',
  'diagram-cards': '效率机器与“失控”',
  closing: '破局者留给我们的启示',
};

const out = resolve('docs/layouts');
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 0.5, reducedMotion: 'reduce' });
await page.goto(`${pathToFileURL(resolve('dist/index.html')).href}?transition=none`);
await page.waitForSelector('.reveal.ready');
for (const [name, heading] of Object.entries(EXAMPLES)) {
  const found = await page.evaluate((text) => {
    const slide = window.deck.getSlides().find((s) => s.querySelector('h1, h2')?.textContent?.trim() === text);
    if (!slide) return false;
    const { h, v } = window.deck.getIndices(slide);
    window.deck.slide(h, v ?? 0, Number.MAX_SAFE_INTEGER);
    return true;
  }, heading);
  if (!found) throw new Error(`no slide headed "${heading}" for the ${name} picture`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: `${out}/${name}.png` });
}
await browser.close();
