// Contact sheets of screenshots (a grid of PNGs) for design review, drawn by Chromium.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../src/node/chromium.js';

const dir = process.argv[2] ?? '/tmp/deck-shots';
const perSheet = 12;
const files = readdirSync(dir)
  .filter((f) => /^s\d+\.png$/.test(f))
  .sort();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1290, height: 800 } });
for (let i = 0; i < files.length; i += perSheet) {
  const group = files.slice(i, i + perSheet);
  const html = `<body style="margin:0;display:grid;grid-template-columns:repeat(3,426px);gap:4px;background:#888">${group.map((f) => `<div style="position:relative"><img src="${f}" style="width:426px;display:block"><b style="position:absolute;top:0;left:0;background:#ff0;font:14px sans-serif">${f}</b></div>`).join('')}</body>`;
  const htmlPath = join(dir, `sheet.html`);
  writeFileSync(htmlPath, html);
  await page.goto(`file://${htmlPath}`);
  await page.screenshot({ path: join(dir, `sheet-${i / perSheet}.png`), fullPage: true });
}
await browser.close();
