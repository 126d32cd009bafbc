// Glyph coverage: every character the deck shows must be in the bundled face that draws it, or
// it prints as an empty box (.notdef). Pure: text and code point sets in, diagnostics out.

import type { Diagnostic } from '../diagnostics.js';
import type { SourceText } from '../parse/deck.js';
import type { FontWeight, TextByWeight } from './character-set.js';

/** A set of code points (a Set, or sorted ranges searched in place). */
export interface CodePointSet {
  has(codePoint: number): boolean;
}

/** The code points a bundled face has a glyph for, and its name for messages. */
export interface FaceCoverage {
  name: string;
  codePoints: CodePointSet;
}

/** Sorted, disjoint inclusive ranges `[from, to]` as a CodePointSet (binary search). */
export function rangeSet(ranges: readonly (readonly [number, number])[]): CodePointSet {
  return {
    has(cp) {
      let lo = 0;
      let hi = ranges.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [from, to] = ranges[mid]!;
        if (cp < from) hi = mid - 1;
        else if (cp > to) lo = mid + 1;
        else return true;
      }
      return false;
    },
  };
}

export interface GlyphCoverageOptions {
  /** A warning for build and check; an error for the PDF, which would print the empty box. */
  severity: Diagnostic['severity'];
  /** Where to point when a character is not in any source text as written (an entity, say). */
  fallback?: { file: string; line: number; html: string }[];
}

/** At most this many characters are reported one by one; the rest in one summary line. */
export const MAX_REPORTED_CHARACTERS = 20;

/** The rule id of every glyph-coverage finding (the PDF export turns them into errors). */
export const GLYPH_RULE_ID = 'glyph-coverage';

/** Draws nothing of its own: white space, controls, joiners, variation selectors, soft hyphens. */
const RE_INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
const RE_MARK = /^\p{M}$/u;

/** `U+20000` */
export const codePointLabel = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A combining mark on its own is shown on a dotted circle, as fonts and editors do. */
const shown = (ch: string) => (RE_MARK.test(ch) ? `\u25CC${ch}` : ch);

/** Characters of `text` (in first-seen order) that draw a glyph and are not in `codePoints`. */
export function uncoveredCharacters(text: string, codePoints: CodePointSet): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    if (missing.has(ch) || RE_INVISIBLE.test(ch) || codePoints.has(ch.codePointAt(0)!)) continue;
    missing.add(ch);
  }
  return [...missing];
}

/** 1-based line and column (in code points) of the first occurrence of `ch` in `text`. */
function locate(text: string, ch: string): { line: number; column: number } | undefined {
  const at = text.indexOf(ch);
  if (at < 0) return undefined;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: [...before.at(-1)!].length + 1 };
}

/** The HTML character references a source may use for `ch` (`&#x20000;`, `&#131072;`). */
const references = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return [`&#x${cp.toString(16)};`, `&#X${cp.toString(16)};`, `&#x${cp.toString(16).toUpperCase()};`, `&#${cp};`];
};

function firstOccurrence(
  ch: string,
  sources: readonly SourceText[],
  options: GlyphCoverageOptions,
): { file: string; line: number; column: number } {
  for (const needle of [ch, ...references(ch)]) {
    for (const source of sources) {
      const at = locate(source.text, needle);
      if (at) return { file: source.path, ...at };
    }
  }
  const slide = options.fallback?.find((s) => s.html.includes(ch));
  if (slide) return { file: slide.file, line: slide.line, column: 1 };
  const first = sources[0];
  return { file: first?.path ?? 'deck.yaml', line: 1, column: 1 };
}

/**
 * One diagnostic per distinct character some face lacks, at its first occurrence in `sources`
 * (deck.yaml, then the slide files in order; the raw texts as written), at most
 * MAX_REPORTED_CHARACTERS of them and then one line for the rest. `text` is what each weight
 * draws; `faces` what each weight's bundled face has.
 */
export function checkGlyphCoverage(
  text: TextByWeight,
  faces: Record<FontWeight, FaceCoverage>,
  sources: readonly SourceText[],
  options: GlyphCoverageOptions,
): Diagnostic[] {
  const missing = new Map<string, FaceCoverage>();
  for (const weight of [400, 700] as const) {
    for (const ch of uncoveredCharacters(text[weight], faces[weight].codePoints)) if (!missing.has(ch)) missing.set(ch, faces[weight]);
  }
  const found = [...missing].map(([ch, face]) => ({ ch, face, at: firstOccurrence(ch, sources, options) }));
  const order = new Map(sources.map((s, i) => [s.path, i]));
  found.sort(
    (a, b) => (order.get(a.at.file) ?? Infinity) - (order.get(b.at.file) ?? Infinity) || a.at.line - b.at.line || a.at.column - b.at.column,
  );

  const diagnostics: Diagnostic[] = found.slice(0, MAX_REPORTED_CHARACTERS).map(({ ch, face, at }) => ({
    ...at,
    severity: options.severity,
    ruleId: GLYPH_RULE_ID,
    message: `character "${shown(ch)}" (${codePointLabel(ch)}) is not in the deck's font (${face.name}), so it would show as an empty box`,
    hint: RE_MARK.test(ch)
      ? 'write the accented letter as one character (Unicode NFC), or remove the mark'
      : 'replace it or remove it: the font has Chinese, Latin, digits and common punctuation, but no emoji, Arabic, Hebrew or rare CJK Extension characters',
  }));
  const rest = found.slice(MAX_REPORTED_CHARACTERS);
  if (rest.length > 0) {
    diagnostics.push({
      ...rest[0]!.at,
      severity: options.severity,
      ruleId: GLYPH_RULE_ID,
      message: `${rest.length} more characters are not in the deck's font: ${rest
        .slice(0, 60)
        .map((r) => shown(r.ch))
        .join(' ')}${rest.length > 60 ? ' …' : ''}`,
      hint: 'replace or remove them as above',
    });
  }
  return diagnostics;
}
