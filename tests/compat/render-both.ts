// Renders Markdown both ways in one Chromium page: by reveal.js's own Markdown plugin (the
// reference, from node_modules, no network) and by our pipeline (buildDeck), as DOM trees.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { buildDeck } from '../../src/pipeline.js';

/** A DOM node as the test compares it: an element, or a text. Comments are left out. */
export type DomNode = { tag: string; attrs: [string, string][]; children: DomNode[] } | { text: string };

const require = createRequire(import.meta.url);
const PLUGIN_SOURCE = readFileSync(require.resolve('reveal.js/plugin/markdown').replace(/\.m?js$/, '.js'), 'utf8');

/** reveal.js docs' separators for `---` between blank lines and `--` for a vertical slide (as our decks). */
export const REVEAL_SEPARATOR = '^\\r?\\n---\\r?\\n$';
export const REVEAL_VERTICAL_SEPARATOR = '^\\r?\\n--\\r?\\n$';

/** Serialises a subtree in the page (elements, attributes, texts; no comments). */
const SERIALISE = `
  window.__serialise = function serialise(node) {
    if (node.nodeType === Node.TEXT_NODE) return { text: node.nodeValue };
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const attrs = [...node.attributes].map((a) => [a.name, a.value]).sort((a, b) => a[0].localeCompare(b[0]));
    const kids = node.tagName === 'TEXTAREA' ? [] : [...node.childNodes].map(serialise).filter(Boolean);
    return { tag: node.tagName.toLowerCase(), attrs, children: kids };
  };`;

export async function preparePage(page: Page): Promise<void> {
  await page.setContent('<!doctype html><html><body><div id="roots"></div></body></html>');
  await page.addScriptTag({ content: PLUGIN_SOURCE });
  await page.addScriptTag({ content: SERIALISE });
}

/** The slides reveal.js's Markdown plugin makes of one file's Markdown (a `data-markdown` section). */
export function renderByReveal(page: Page, markdown: string): Promise<DomNode[]> {
  return page.evaluate(
    async ({ markdown, separator, vertical }) => {
      const w = window as unknown as { RevealMarkdown: () => { init(deck: unknown): Promise<void> }; __serialise(n: Node): unknown };
      const root = document.createElement('div');
      const section = document.createElement('section');
      section.setAttribute('data-markdown', '');
      section.setAttribute('data-separator', separator);
      section.setAttribute('data-separator-vertical', vertical);
      const template = document.createElement('textarea');
      template.setAttribute('data-template', '');
      template.textContent = markdown;
      section.appendChild(template);
      root.appendChild(section);
      document.getElementById('roots')!.appendChild(root);
      await w.RevealMarkdown().init({ getConfig: () => ({ markdown: {} }), getRevealElement: () => root });
      const slides = [...root.children].map((c) => w.__serialise(c));
      root.remove();
      return slides as never;
    },
    { markdown, separator: REVEAL_SEPARATOR, vertical: REVEAL_VERTICAL_SEPARATOR },
  );
}

/** The slides our pipeline makes of the same Markdown as one slide file; errors are part of the result. */
export async function renderByUs(page: Page, markdown: string): Promise<{ slides: DomNode[]; errors: string[] }> {
  const build = buildDeck({ path: 'deck.yaml', text: 'title: T\nauthor: A\n' }, [{ path: 'slides/01-a.md', text: markdown }]);
  const errors = build.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
  const slides = await page.evaluate((html) => {
    const w = window as unknown as { __serialise(n: Node): unknown };
    const root = document.createElement('div');
    root.innerHTML = html;
    return [...root.children].map((c) => w.__serialise(c)) as never;
  }, build.rendered?.html ?? '');
  return { slides, errors };
}
