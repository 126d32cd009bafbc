// Chinese line breaks as Chromium lays them out: a break inside a phrase (the build's `<wbr>`
// between phrases not honoured, or a phrase wider than its line) and an orphan last line of one or
// two characters — at the deck's canvas and in the phone's scroll view. Warnings: the slide still
// shows every word.

import type { Page } from 'playwright-core';
import type { BadLineBreak } from '../client/probes/page-probe.js';
import type { Diagnostic } from '../diagnostics.js';
import { ensureProbe } from '../node/page-probe.js';

export type { BadLineBreak };

/** One warning per element, kind and view: its bad breaks listed together. */
function describe(breaks: readonly BadLineBreak[], view: string): Diagnostic[] {
  const groups = new Map<string, BadLineBreak[]>();
  for (const found of breaks) {
    const key = `${found.file}:${found.line}:${found.kind}:${found.element}`;
    groups.set(key, [...(groups.get(key) ?? []), found]);
  }
  return [...groups.values()].map((group) => {
    const { file, line, kind, element } = group[0]!;
    const texts = [...new Set(group.map((b) => `"${b.text}"`))].join(', ');
    const inside = kind === 'inside-phrase';
    return {
      file,
      line: line || 1,
      column: 1,
      severity: 'warning',
      ruleId: 'line-break',
      message: inside
        ? `a line breaks inside a phrase: ${texts} (${element}, ${view})`
        : `${texts} stands alone on the last line (${element}, ${view})`,
      hint: inside
        ? 'shorten the phrase or the line, or reword so the line can break between phrases'
        : 'shorten or lengthen the text by a few characters',
    };
  });
}

/**
 * Warnings for the bad breaks on the deck's canvas (`canvas`, e.g. "1280×720": measured with each
 * slide shown), then for those in the phone page's scroll view, which lays out every slide at once.
 */
export async function checkLineBreaks(onCanvas: readonly BadLineBreak[], canvas: string, phone: Page): Promise<Diagnostic[]> {
  await ensureProbe(phone);
  const { width, onPhone } = await phone.evaluate(() => ({ width: window.innerWidth, onPhone: window.deckProbe.lineBreaks('all') }));
  return [...describe(onCanvas, canvas), ...describe(onPhone, `${width} px phone`)];
}
