// The text a deck shows — slides, notes, titles, the client's own labels — and the part of it set
// in bold, so each font weight is subset to just the characters drawn in it.

import MarkdownIt from 'markdown-it';
import type { DeckBuild } from '../pipeline.js';

export interface DeckText {
  /** Every character the deck can show, in any weight (the regular face covers all of it). */
  all: string;
  /** The text drawn in bold (weight 700): headings, strong, big numbers, chart values… */
  bold: string;
}

/**
 * Labels the client draws itself in the deck's font (src/client): reader mode's link, the speaker
 * view's size buttons. A test keeps this in step with the non-ASCII text in src/client.
 */
export const CLIENT_TEXT = '演示模式 视图切换 A− A+ 缩小备注字号 放大备注字号 字 议程';

/**
 * Where the deck's page sets text in bold, as CSS selectors (descendant combinators, tag and
 * class only). The regular face covers every character anyway; these decide what the bold face
 * needs. A test checks every bold rule of src/client/theme.css is listed here.
 */
export const BOLD_SELECTORS: readonly string[] = [
  // the browser's own style sheet (notes in the speaker view have no theme)
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'th', 'optgroup',
  // reveal.css prints links in bold when the presenting page is printed (Ctrl+P)
  'a',
  // src/client/theme.css
  '.deck h1', '.deck h2', '.deck h3', '.deck strong',
  '.deck .deck-stat .stat-value',
  '.deck .deck-svg .chart-value',
  '.deck .deck-svg .timeline-date',
  '.deck .deck-svg .timeline-highlight .timeline-text',
  '.deck .deck-svg .diagram-label',
  '.deck .deck-svg .diagram-head',
];

/** The page around the slides (src/client/index.html), so `.deck …` selectors match. */
const PAGE_ANCESTORS = [{ tag: 'div', classes: ['reveal', 'deck'] }, { tag: 'div', classes: ['slides'] }];

export function deckText(build: DeckBuild): DeckText {
  const config = build.model?.config;
  const { all, bold } = htmlText(build.rendered?.html ?? '');
  // Arc names: the client draws them as labels and in the agenda strip (src/client/arc-chrome.ts), with the arcs' numbers.
  const arcs = (build.model?.files ?? []).map((file) => file.arc);
  const meta = [config?.title, config?.subtitle, config?.author, config?.speaker, config?.event, config?.date, config?.source, ...arcs, '0123456789'].filter(Boolean).join('\n');
  return { all: [meta, CLIENT_TEXT, all].join('\n'), bold };
}

// ---------------------------------------------------------------------------------------------

interface OpenElement {
  tag: string;
  classes: string[];
  bold: boolean;
}

interface Compound {
  tag?: string;
  classes: string[];
}

// A tag never holds a "<" (not even quoted): otherwise each "<b" with no ">" after it rescanned the
// rest of the text, quadratic time (100,000 of them took minutes).
const RE_TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>|[^<]+|</g;
const RE_ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const RE_ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;
const RE_BOLD_STYLE = /font(?:-weight)?\s*:[^;]*\b(?:bold|bolder|[5-9]00)\b/i;
const VOID_TAGS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const unescapeAll = new MarkdownIt().utils.unescapeAll;
const decodeEntities = (text: string) => text.replace(RE_ENTITY, (entity) => unescapeAll(entity));

const parseCompound = (part: string): Compound => {
  const [tag, ...classes] = part.split('.');
  return { tag: tag || undefined, classes };
};
const BOLD_RULES: Compound[][] = BOLD_SELECTORS.map((selector) => selector.trim().split(/\s+/).map(parseCompound));

const matches = (element: OpenElement, compound: Compound) =>
  (!compound.tag || compound.tag === element.tag) && compound.classes.every((c) => element.classes.includes(c));

/** Does `element`, inside `ancestors` (outermost first), match the descendant selector `rule`? */
function matchesRule(element: OpenElement, ancestors: readonly OpenElement[], rule: Compound[]): boolean {
  if (!matches(element, rule.at(-1)!)) return false;
  let i = ancestors.length - 1;
  for (let r = rule.length - 2; r >= 0; r--) {
    while (i >= 0 && !matches(ancestors[i]!, rule[r]!)) i--;
    if (i < 0) return false;
    i--;
  }
  return true;
}

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of source.matchAll(RE_ATTRIBUTE)) map.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return map;
}

/**
 * The text of an HTML fragment (the deck's rendered slides), and the part of it that
 * BOLD_SELECTORS set in bold. Tolerant of hand-written HTML: an unmatched end tag is ignored, an
 * unclosed element ends with its parent. Comments, scripts and styles show nothing; `alt` text does
 * (a browser draws it when an image cannot load).
 */
export function htmlText(html: string): DeckText {
  const stack: OpenElement[] = [...PAGE_ANCESTORS.map((a) => ({ ...a, bold: false }))];
  const all: string[] = [];
  const bold: string[] = [];
  for (const m of html.matchAll(RE_TOKEN)) {
    const [token, rawText, closeTag, openTag, attributeSource] = [m[0], m[1], m[2], m[3], m[4]];
    if (rawText || token.startsWith('<!--')) continue;
    if (closeTag) {
      const tag = closeTag.toLowerCase();
      let at = stack.length - 1;
      while (at >= PAGE_ANCESTORS.length && stack[at]!.tag !== tag) at--;
      if (at >= PAGE_ANCESTORS.length) stack.length = at;
      continue;
    }
    if (openTag) {
      const tag = openTag.toLowerCase();
      const attrs = attributes(attributeSource ?? '');
      const element: OpenElement = { tag, classes: (attrs.get('class') ?? '').split(/\s+/).filter(Boolean), bold: false };
      element.bold =
        stack.at(-1)!.bold ||
        RE_BOLD_STYLE.test(attrs.get('style') ?? '') ||
        BOLD_RULES.some((rule) => matchesRule(element, stack, rule));
      const alt = attrs.get('alt');
      if (alt) {
        all.push(alt);
        if (element.bold) bold.push(alt);
      }
      if (!VOID_TAGS.has(tag) && !/\/\s*$/.test(attributeSource ?? '')) stack.push(element);
      continue;
    }
    const text = decodeEntities(token);
    all.push(text);
    if (stack.at(-1)!.bold) bold.push(text);
  }
  return { all: all.join(' '), bold: bold.join(' ') };
}
