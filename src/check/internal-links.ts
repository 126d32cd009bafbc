// Internal links: `[…](#/id)`, `[…](#id)`, `[…](#/2/1)` and `<a href="#…">` must lead somewhere —
// to a slide's id, to an element id on a slide (reveal.js goes to that element's slide), or to
// slide indices that exist.

import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { RenderedSlide } from '../render/section.js';

/** Where links can lead: every element id the slides hold, and how many slides each stack has. */
export interface LinkTargets {
  ids: ReadonlySet<string>;
  /** Vertical slides per horizontal position, for `#/h/v` links. */
  stackSizes: readonly number[];
}

export function linkTargets(slides: readonly RenderedSlide[], stackSizes: readonly number[]): LinkTargets {
  return { ids: new Set(slides.flatMap((slide) => slide.facts.ids)), stackSizes };
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

/** A link as its author wrote it: markdown-it percent-encodes what it stores. */
function asWritten(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/** Every internal link on the slides (and in their notes) whose target does not exist, where it is written. */
export function checkInternalLinks(slides: readonly RenderedSlide[], targets: LinkTargets): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const slide of slides) {
    for (const link of slide.links) {
      if (!link.href.startsWith('#')) continue;
      const reason = brokenLinkReason(link.href, targets);
      if (!reason) continue;
      problems.push({
        file: slide.file,
        line: link.line,
        column: link.column ?? 1,
        severity: 'error',
        ruleId: 'broken-link',
        message: `link "${asWritten(link.href)}" ${reason}`,
        hint: 'link to a slide as #/id, where id is its file name and number (01-breakthrough-3) or its id="…"',
      });
    }
  }
  return sortDiagnostics(problems);
}
