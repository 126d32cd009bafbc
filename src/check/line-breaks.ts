// Chinese line breaks as Chromium lays them out: a break inside a phrase (the build's `<wbr>`
// between phrases not honoured, or a phrase wider than its line) and an orphan last line of one or
// two characters — at the deck's canvas and in the phone's scroll view. Warnings: the slide still
// shows every word.

import type { Page } from 'playwright-core';
import type { BadLineBreak } from '../client/probes/page-probe.js';
import type { Diagnostic } from '../diagnostics.js';
import { ensureProbe } from '../node/page-probe.js';

export type { BadLineBreak };

function describe(found: BadLineBreak, view: string): Diagnostic {
  const inside = found.kind === 'inside-phrase';
  return {
    file: found.file,
    line: found.line || 1,
    column: 1,
    severity: 'warning',
    ruleId: 'line-break',
    message: inside
      ? `a line breaks inside a phrase: "${found.text}" (${found.element}, ${view})`
      : `"${found.text}" stands alone on the last line (${found.element}, ${view})`,
    hint: inside ? 'shorten the phrase or the line, or split the text where it may break' : 'shorten or lengthen the text by a few characters',
  };
}

/** Bad breaks on every slide of the deck page at its canvas size, then in the phone page's scroll view. */
export async function checkLineBreaks(desktop: Page, phone: Page): Promise<Diagnostic[]> {
  await Promise.all([ensureProbe(desktop), ensureProbe(phone)]);
  const canvas = await desktop.evaluate(() => `${window.deck.getConfig().width}×${window.deck.getConfig().height}`);
  const found: Diagnostic[] = [];
  for (const slide of await desktop.evaluate(() => window.deckProbe.listSlides())) {
    await desktop.evaluate(({ h, v }) => window.deckProbe.showSlide(h, v), slide);
    found.push(...(await desktop.evaluate(() => window.deckProbe.lineBreaks('current'))).map((b) => describe(b, canvas)));
  }
  const width = await phone.evaluate(() => window.innerWidth);
  found.push(...(await phone.evaluate(() => window.deckProbe.lineBreaks('all'))).map((b) => describe(b, `${width} px phone`)));
  return [...new Map(found.map((d) => [`${d.file}:${d.line}:${d.message}`, d])).values()];
}
