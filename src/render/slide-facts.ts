// What a rendered slide shows, recorded while it is rendered: its title, element ids, the files it
// names, its text in each face, and the elements its layout asks for. Read instead of its HTML.

/** Tags the browser (or reveal.js, when printing links) draws in bold. */
const BOLD_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'th', 'optgroup', 'a']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Raw-HTML elements whose inside is never shown. */
const HIDDEN_TAGS = new Set(['script', 'style', 'template']);
const RE_BOLD_STYLE = /font(?:-weight)?\s*:[^;]*\b(?:bold|bolder|[5-9]00)\b/i;
/**
 * Attributes through which an element uses a file (reveal.js's lazy and background ones too). The
 * check's probe finds a file that failed to load through the same list (page-problems.ts).
 */
export const URL_ATTRIBUTES: readonly string[] = [
  'src',
  'href',
  'poster',
  'data-src',
  'data-background',
  'data-background-image',
  'data-background-video',
  'data-background-iframe',
];
const IS_URL_ATTRIBUTE = new Set(URL_ATTRIBUTES);
const RE_CSS_URL = /url\(\s*["']?([^"')]+)/g;

export interface SlideFacts {
  /** Text of the first heading ('' when there is none). */
  title: string;
  /** Every element id the slide's HTML holds. */
  ids: string[];
  /** Every URL an element uses through an attribute or a CSS url(), as written. */
  urls: string[];
  /** All text shown, in order (alt text included: a browser draws it when an image cannot load). */
  text: string[];
  /** The part of `text` set in bold. */
  bold: string[];
  /** Levels of the headings met (1 for h1 …). */
  headings: number[];
  blockquote: boolean;
  /** A quote's attribution paragraph (`— 说话人`). */
  attribution: boolean;
}

export function createSlideFacts(): SlideFacts {
  return { title: '', ids: [], urls: [], text: [], bold: [], headings: [], blockquote: false, attribution: false };
}

interface OpenElement {
  tag: string;
  bold: boolean;
  hidden: boolean;
}

/** One kind of markup's open elements (Markdown's and raw HTML's nest separately). */
export type ElementStack = OpenElement[];

/** Records elements and text into `facts`, tracking which text is bold and the first heading. */
export class FactsRecorder {
  private title: string[] | undefined;
  private titleTag = '';

  constructor(readonly facts: SlideFacts) {}

  open(stack: ElementStack, tag: string, attributes: Iterable<readonly [string, string | number]>): void {
    const parent = stack.at(-1);
    let bold = (parent?.bold ?? false) || BOLD_TAGS.has(tag);
    for (const [name, raw] of attributes) {
      const value = String(raw);
      if (name === 'id') this.facts.ids.push(value);
      if (IS_URL_ATTRIBUTE.has(name) && value.trim() !== '') this.facts.urls.push(value.trim());
      if (name === 'style') {
        bold ||= RE_BOLD_STYLE.test(value);
        for (const m of value.matchAll(RE_CSS_URL)) this.facts.urls.push(m[1]!.trim());
      }
      if (name === 'class' && value.split(/\s+/).includes('quote-attribution')) this.facts.attribution = true;
    }
    if (tag === 'blockquote') this.facts.blockquote = true;
    if (HEADING_TAGS.has(tag)) {
      this.facts.headings.push(Number(tag[1]));
      if (this.facts.headings.length === 1) [this.title, this.titleTag] = [[], tag];
    }
    stack.push({ tag, bold, hidden: (parent?.hidden ?? false) || HIDDEN_TAGS.has(tag) });
  }

  /** Closes the innermost open `tag` (and what it holds); an end tag that matches nothing is ignored. */
  close(stack: ElementStack, tag: string): void {
    let at = stack.length - 1;
    while (at >= 0 && stack[at]!.tag !== tag) at--;
    if (at >= 0) stack.length = at;
    if (this.title && tag === this.titleTag) {
      this.facts.title = this.title.join('').trim();
      this.title = undefined;
    }
  }

  /** Text shown inside the innermost elements of both stacks. */
  text(value: string, ...stacks: ElementStack[]): void {
    if (value === '' || stacks.some((s) => s.at(-1)?.hidden)) return;
    this.facts.text.push(value);
    if (stacks.some((s) => s.at(-1)?.bold)) this.facts.bold.push(value);
    this.title?.push(value);
  }

  /** Text that is shown but is no part of the title (an image's alt text). */
  alt(value: string, ...stacks: ElementStack[]): void {
    const title = this.title;
    this.title = undefined;
    this.text(value, ...stacks);
    this.title = title;
  }
}
