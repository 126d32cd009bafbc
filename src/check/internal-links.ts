// Internal links: `[…](#/id)`, `[…](#id)`, `[…](#/2/1)` and `<a href="#…">` must lead somewhere —
// to a slide's id, to an element id on a slide (reveal.js goes to that element's slide), or to
// slide indices that exist.

import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { normaliseText, type SourceText } from '../parse/deck.js';
import { createFenceTracker } from '../parse/split-slides.js';
import { unescapeHtml } from '../render/escape.js';

const RE_MARKDOWN_LINK = /\]\(\s*<?(#[^)\s>]*)/g;
const RE_REFERENCE_LINK = /^\s{0,3}\[[^\]]+\]:\s*<?(#[^\s>]*)/g;
const RE_HTML_LINK = /\bhref\s*=\s*["'](#[^"']*)["']/gi;
const RE_CODE_SPAN = /(`+)[^`]*?\1/g;
const RE_ELEMENT_ID = /\sid="([^"]*)"/g;

/** Where links can lead: every id in the deck's HTML, and how many slides each stack has. */
export interface LinkTargets {
  ids: ReadonlySet<string>;
  /** Vertical slides per horizontal position, for `#/h/v` links. */
  stackSizes: readonly number[];
}

export function linkTargets(deckHtml: string, stackSizes: readonly number[]): LinkTargets {
  const ids = new Set([...deckHtml.matchAll(RE_ELEMENT_ID)].map((m) => unescapeHtml(m[1]!)));
  return { ids, stackSizes };
}

/** Why a hash leads nowhere, or undefined when it leads somewhere. */
export function brokenLinkReason(hash: string, targets: LinkTargets): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(hash.replace(/^#\/?/, ''));
  } catch {
    return 'is not a valid URL fragment';
  }
  if (path === '') return undefined;
  const [first = '', second] = path.split('/');
  if (/^\d+$/.test(first)) {
    const h = Number(first);
    const size = targets.stackSizes[h];
    if (size === undefined) return `points to slide ${h + 1}, but the deck has ${targets.stackSizes.length}`;
    if (second !== undefined && /^\d+$/.test(second) && Number(second) >= size) {
      return `points to vertical slide ${Number(second) + 1} of slide ${h + 1}, which has ${size}`;
    }
    return undefined;
  }
  return targets.ids.has(first) ? undefined : `matches no slide id`;
}

/** Every internal link in the slide files whose target does not exist, at its line and column. */
export function checkInternalLinks(files: readonly SourceText[], targets: LinkTargets): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const source of files) {
    const fences = createFenceTracker();
    normaliseText(source.text).split('\n').forEach((text, i) => {
      if (fences.step(text, i + 1)) return;
      // Code spans keep their length so columns stay right.
      const visible = text.replace(RE_CODE_SPAN, (span) => ' '.repeat(span.length));
      for (const re of [RE_MARKDOWN_LINK, RE_REFERENCE_LINK, RE_HTML_LINK]) {
        for (const match of visible.matchAll(re)) {
          const hash = match[1]!;
          const reason = brokenLinkReason(hash, targets);
          if (!reason) continue;
          problems.push({
            file: source.path,
            line: i + 1,
            column: (match.index ?? 0) + match[0].indexOf(hash) + 1,
            severity: 'error',
            ruleId: 'broken-link',
            message: `link "${hash}" ${reason}`,
            hint: 'link to a slide as #/id, where id is its file name and number (01-breakthrough-3) or its id="…"',
          });
        }
      }
    });
  }
  return sortDiagnostics(problems);
}
