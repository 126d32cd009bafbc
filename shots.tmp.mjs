import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--allow-file-access-from-files'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto('file:///work/main/dist/index.html');
await page.waitForSelector('.reveal.ready');
const n = await page.evaluate(() => deck.getTotalSlides());
const only = process.argv.slice(2).map(Number);
for (let i = 0; i < n; i++) {
  if (only.length && !only.includes(i)) continue;
  await page.evaluate((i) => { deck.slide(i); const f = deck.getCurrentSlide().querySelectorAll('.fragment'); f.forEach(e => e.classList.add('visible')); }, i);
  await page.waitForTimeout(900);
  await page.screenshot({ path: `/tmp/shot-${String(i).padStart(2,'0')}.png` });
}
console.log(n);
await browser.close();
