// The in-page probe: everything `npm run check`, `npm run pdf` and the bench measure inside
// Chromium — element descriptions, overflow, text size, the phone view, failed loads, print
// pages — in one place. It is compiled once and injected into the page (src/node/page-probe.ts),
// where it lives as `window.deckProbe`; it imports nothing (it runs alone in the page).

/** How far content reaches past each edge of a box, in canvas pixels, and the element reaching furthest. */
export interface Reach {
  right: number;
  bottom: number;
  left: number;
  top: number;
  element: string;
}

/** Where a slide comes from, read from its `<section data-file data-line>`. */
export interface SlidePlace {
  slideId: string;
  file: string;
  line: number;
}

export interface SlideAddress {
  h: number;
  v: number;
  id: string;
  file: string;
  line: number;
}

export interface SmallText {
  /** Font size of the smallest text, in canvas pixels. */
  size: number;
  element: string;
  /** How many elements on the slide are below the minimum. */
  count: number;
}

export interface PhoneView {
  scrollView: boolean;
  sideScroll?: { amount: number; element: string; file?: string; line?: number };
  cut: { id: string; file: string; line: number; amount: number; element: string }[];
}

export interface FailedLoad {
  url: string;
  error: string;
}

export interface LocatedLoad extends FailedLoad {
  /** The URL as the slide wrote it, and the slide, when a slide names it. */
  written?: string;
  file?: string;
  line?: number;
}

export interface PolicyViolation {
  directive: string;
  blocked: string;
  sample: string;
  file?: string;
  line?: number;
}

export interface BrokenImage extends SlidePlace {
  src: string;
}

export interface FailedFont {
  family: string;
  /** Slides set in that font (their text prints in a fallback font, or as boxes). */
  slides: SlidePlace[];
}

export interface LowContrast {
  /** The worst ratio on the slide, e.g. 1.6. */
  ratio: number;
  /** What AA asks for that text: 4.5 or 3. */
  expected: number;
  foreground: string;
  background: string;
  element: string;
  /** How many elements on the slide fall short. */
  count: number;
}

/** The part of axe-core's results the contrast check reads. */
interface AxeNode {
  element?: Element;
  any: {
    id: string;
    data?: { contrastRatio?: number; expectedContrastRatio?: string; fgColor?: string; bgColor?: string; messageKey?: string };
  }[];
}
type AxeResults = Record<'violations' | 'incomplete', { nodes: AxeNode[] }[]>;
type Axe = { run(context: Element, options: object): Promise<AxeResults> };

export interface PrintedPages {
  /** The slide printed on each page of the print view, in order. */
  pageSlides: string[];
  overflows: (Reach & SlidePlace & { id: string })[];
}

/** Elements that are never drawn on a slide: notes, SVG titles and descriptions, scripts, styles. */
const UNDRAWN = 'aside.notes, title, desc, script, style';

/** `li.fragment "第十二点"`: tag, first class and the start of the text. */
function describeElement(element: Element): string {
  const className = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const snippet = text ? ` "${text.length > 16 ? `${text.slice(0, 16)}…` : text}"` : '';
  return `${element.tagName.toLowerCase()}${className}${snippet}`;
}

function slidePlace(element: Element): SlidePlace {
  const section = element.closest<HTMLElement>('section[data-file]') ?? document.querySelector<HTMLElement>('section[data-file]');
  return { slideId: section?.id ?? '', file: section?.dataset.file ?? '', line: Number(section?.dataset.line ?? 0) };
}

/**
 * How far the drawn elements of `slide` reach beyond `box` (page pixels), divided by `scale` to
 * give canvas pixels. Each edge keeps its furthest reach; the element named is the one reaching
 * furthest overall (ties go to the later, innermost one).
 */
function reachBeyond(
  slide: Element,
  box: { left: number; top: number; right: number; bottom: number },
  scale = 1,
): Reach & { furthest: number } {
  const reach = { right: 0, bottom: 0, left: 0, top: 0, element: '', furthest: 0 };
  for (const element of slide.querySelectorAll<Element>('*')) {
    if (element.closest(UNDRAWN)) continue;
    const r = element.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const right = Math.max(0, (r.right - box.right) / scale);
    const bottom = Math.max(0, (r.bottom - box.bottom) / scale);
    const left = Math.max(0, (box.left - r.left) / scale);
    const top = Math.max(0, (box.top - r.top) / scale);
    reach.right = Math.max(reach.right, right);
    reach.bottom = Math.max(reach.bottom, bottom);
    reach.left = Math.max(reach.left, left);
    reach.top = Math.max(reach.top, top);
    const amount = Math.max(right, bottom, left, top);
    if (amount > 0 && amount >= reach.furthest - 0.01) {
      reach.furthest = amount;
      reach.element = describeElement(element);
    }
  }
  return reach;
}

function listSlides(): SlideAddress[] {
  return window.deck.getSlides().map((slide) => {
    const { h, v } = window.deck.getIndices(slide);
    return { h, v: v ?? 0, id: slide.id, file: slide.dataset.file ?? '', line: Number(slide.dataset.line) || 1 };
  });
}

/**
 * Shows slide (h, v) with every fragment and resolves once it has been laid out: one animation
 * frame, so what reveal.js schedules for the next frame has run (measuring reads layout, which the
 * browser brings up to date itself). A second frame changed no measure on the talk or a 250-slide
 * deck and cost ~15 ms a slide.
 */
function showSlide(h: number, v: number): Promise<void> {
  window.deck.slide(h, v, Number.MAX_SAFE_INTEGER);
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** The current slide's reach beyond the deck's canvas, in canvas pixels whatever the window's scale. */
function currentOverflow(): Reach & { id: string } {
  const slide = window.deck.getCurrentSlide();
  const canvas = window.deck.getSlidesElement()!.getBoundingClientRect();
  const { furthest: _, ...reach } = reachBeyond(slide, canvas, window.deck.getScale());
  return { id: slide.id, ...reach };
}

/** The smallest text on the current slide below `min` canvas pixels (SVG text scaled as drawn). */
function smallestText(min: number): SmallText | undefined {
  let smallest: { size: number; element: string } | undefined;
  let count = 0;
  for (const element of window.deck.getCurrentSlide().querySelectorAll<Element>('*')) {
    if (element.closest(UNDRAWN)) continue;
    const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!ownText || element.getClientRects().length === 0) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    let size = parseFloat(style.fontSize);
    const svg = element instanceof SVGElement ? element.ownerSVGElement : null;
    if (svg?.viewBox.baseVal && svg.viewBox.baseVal.width > 0) {
      // The SVG's box is in canvas units inside the slide; the viewBox is scaled to fit it.
      const width = svg.clientWidth || svg.getBoundingClientRect().width;
      const height = svg.clientHeight || svg.getBoundingClientRect().height;
      size *= Math.min(width / svg.viewBox.baseVal.width, height / svg.viewBox.baseVal.height);
    }
    if (size >= min - 0.5) continue;
    count++;
    if (!smallest || size < smallest.size) smallest = { size, element: describeElement(element) };
  }
  return smallest ? { ...smallest, count } : undefined;
}

/**
 * Puts a bare copy of `container` (its tag and attributes, so the same style rules apply) in its
 * place, holding only its child that holds `kept` (none when `kept` is missing); returns what
 * puts everything back. A few moves however many children the container has (the canvas pass
 * leaves a stand-in background for every slide).
 */
function keepOnly(container: Element | null, kept: Element | undefined): () => void {
  if (!container) return () => {};
  let child = kept ?? null;
  while (child && child.parentElement !== container) child = child.parentElement;
  const next = child?.nextSibling ?? null;
  const stage = container.cloneNode(false) as Element;
  container.replaceWith(stage);
  if (child) stage.append(child);
  return () => {
    if (child) container.insertBefore(child, next);
    stage.replaceWith(container);
  };
}

/** Takes `element` out of the document; returns what puts it back where it was. */
function detach(element: Element): () => void {
  const mark = document.createComment('');
  element.replaceWith(mark);
  return () => mark.replaceWith(element);
}

/**
 * The worst text on the current slide below WCAG AA (axe-core's `color-contrast`, injected into
 * the page beforehand as `window.axe`), or undefined when all of it passes.
 */
async function currentContrast(): Promise<LowContrast | undefined> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const slide = window.deck.getCurrentSlide();
  // axe builds its tree (and its grid of boxes) from the whole document on every run: with the
  // other slides and their backgrounds detached for the run, a check costs the same on slide 500
  // as on slide 5 (linear in the deck, not square). Only the shown slide's background is drawn.
  const restore = [
    keepOnly(slide.closest('.slides')!, slide),
    keepOnly(document.querySelector('.reveal .backgrounds'), window.deck.getSlideBackground(slide)),
    // The stacks measureSlides sets aside: axe reads the computed style of every element, and
    // inside `display: none` Chromium computes it anew on each read.
    ...[...document.querySelectorAll('.reveal > .slides')].filter((other) => !other.contains(slide)).map(detach),
  ];
  let results: AxeResults;
  try {
    // No preload (it reads every style sheet for rules not run here), no frames to enter.
    results = await axe.run(slide, {
      runOnly: { type: 'rule', values: ['color-contrast'] },
      resultTypes: ['violations', 'incomplete'],
      elementRef: true,
      // Nodes are read through their element; a CSS selector for each costs ~3 ms a slide.
      selectors: false,
      preload: false,
      iframes: false,
    });
  } finally {
    for (const undo of restore) undo();
  }
  // axe leaves text exactly the colour of its background "incomplete" (it may be hidden on
  // purpose); on a slide it is unreadable text, so it counts. Other incomplete cases (text on
  // an image or gradient) cannot be measured and are left out.
  const unreadable = results.incomplete.flatMap((r) => r.nodes).filter((n) => n.any.some((c) => c.data?.messageKey === 'equalRatio'));
  const nodes = [...results.violations.flatMap((v) => v.nodes), ...unreadable];
  let worst: Omit<LowContrast, 'count'> | undefined;
  for (const node of nodes) {
    const data = node.any.find((check) => check.id === 'color-contrast')?.data;
    if (!data?.contrastRatio || (worst && data.contrastRatio >= worst.ratio)) continue;
    worst = {
      ratio: data.contrastRatio,
      expected: parseFloat(data.expectedContrastRatio ?? '4.5'),
      foreground: data.fgColor ?? '?',
      background: data.bgColor ?? '?',
      element: node.element ? describeElement(node.element) : '?',
    };
  }
  return worst ? { ...worst, count: nodes.length } : undefined;
}

/** The phone's scroll view: does the page scroll sideways, and which slides are cut by their scroll page? */
function phoneView(): PhoneView {
  const view: PhoneView = { scrollView: document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll') ?? false, cut: [] };
  const width = document.documentElement.clientWidth;
  const extra = document.documentElement.scrollWidth - width;
  if (extra > 1) {
    let widest: Element = document.body;
    let right = 0;
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.right > width + 1 && box.right >= right) {
        right = box.right;
        widest = element;
      }
    }
    const slide = widest.closest<HTMLElement>('section[data-file]');
    view.sideScroll = {
      amount: extra,
      element: describeElement(widest),
      file: slide?.dataset.file,
      line: slide ? Number(slide.dataset.line) : undefined,
    };
  }
  for (const page of document.querySelectorAll<HTMLElement>('.scroll-page-content')) {
    const clip = page.getBoundingClientRect();
    for (const slide of page.querySelectorAll<HTMLElement>('section[data-file]')) {
      const scale = slide.getBoundingClientRect().width / (slide.offsetWidth || 1);
      const reach = reachBeyond(slide, clip, scale);
      if (reach.furthest > 1)
        view.cut.push({
          id: slide.id,
          file: slide.dataset.file!,
          line: Number(slide.dataset.line),
          amount: reach.furthest,
          element: reach.element,
        });
    }
  }
  return view;
}

/**
 * Finds the slide whose element names each URL through one of `attributes` (src, poster, a
 * reveal.js background…: the renderer's list, handed in as this script imports nothing).
 */
function locateLoads(loads: readonly FailedLoad[], attributes: readonly string[]): LocatedLoad[] {
  const written = new Map<string, { written: string; slide: HTMLElement }>();
  for (const slide of document.querySelectorAll<HTMLElement>('section[data-file]')) {
    for (const element of [slide, ...slide.querySelectorAll('*')]) {
      for (const name of attributes) {
        const value = element.getAttribute(name);
        if (!value) continue;
        try {
          written.set(new URL(value, document.baseURI).href, { written: value, slide });
        } catch {
          // Not a URL: nothing was requested for it.
        }
      }
    }
  }
  return loads.map((load) => {
    const found = written.get(load.url);
    return found ? { ...load, written: found.written, file: found.slide.dataset.file, line: Number(found.slide.dataset.line) } : load;
  });
}

/** Records Content-Security-Policy refusals from the document's first moment, with the slide that holds them. */
function recordPolicyViolations(): void {
  if (window.deckViolations) return;
  const seen: PolicyViolation[] = [];
  window.deckViolations = seen;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const slide = event.target instanceof Element ? event.target.closest<HTMLElement>('section[data-file]') : null;
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        file: slide?.dataset.file,
        line: slide ? Number(slide.dataset.line) : undefined,
      });
    },
    true,
  );
}

/** Waits (up to `timeoutMs`) for images, slide backgrounds and web fonts; returns what failed. */
async function fontsAndImages(timeoutMs: number): Promise<{ failedFonts: FailedFont[]; brokenImages: BrokenImage[] }> {
  const images = [...document.querySelectorAll('img')];
  const settled = images.map((img) => {
    img.loading = 'eager';
    if (img.complete) return Promise.resolve();
    return new Promise((resolve) => {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', resolve, { once: true });
    });
  });
  // Slide backgrounds are CSS images; load each once to see whether it exists.
  const backgrounds = [...document.querySelectorAll('section[data-background-image]')].map((section) => {
    const probe = new Image();
    const src = section.getAttribute('data-background-image') ?? '';
    probe.src = src;
    return new Promise<{ section: Element; src: string; ok: boolean }>((resolve) => {
      probe.onload = () => resolve({ section, src, ok: true });
      probe.onerror = () => resolve({ section, src, ok: false });
    });
  });
  const deadline = new Promise((resolve) => setTimeout(resolve, timeoutMs));
  await Promise.race([Promise.all(settled), deadline]);
  const backgroundResults = await Promise.race([Promise.all(backgrounds), deadline.then(() => [])]);
  await document.fonts.ready;
  const brokenImages = [
    ...images
      .filter((img) => !img.complete || img.naturalWidth === 0)
      .map((img) => ({ ...slidePlace(img), src: img.getAttribute('src') ?? '' })),
    ...backgroundResults.filter((b) => !b.ok).map((b) => ({ ...slidePlace(b.section), src: b.src })),
  ];
  const sections = [...document.querySelectorAll('section[data-file]')];
  const families = [...document.fonts].filter((face) => face.status === 'error').map((face) => face.family.replace(/^["']|["']$/g, ''));
  const failedFonts = [...new Set(families)].map((family) => ({
    family,
    slides: sections.filter((s) => getComputedStyle(s).fontFamily.includes(family)).map(slidePlace),
  }));
  return { failedFonts, brokenImages };
}

/**
 * In reveal.js's print view: the slide on each `.pdf-page`, and how far each slide's content
 * reaches beyond its canvas (the slide size, centred in the page as reveal.js places it).
 */
function printedPages(): PrintedPages {
  const { width, height, margin } = window.deck.getConfig() as { width: number; height: number; margin: number };
  // reveal.js's own page size and slide placement (PrintView.activate).
  const pageWidth = Math.floor(width * (1 + margin));
  const pageHeight = Math.floor(height * (1 + margin));
  const result: PrintedPages = { pageSlides: [], overflows: [] };
  for (const pdfPage of document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')) {
    const section = pdfPage.querySelector<HTMLElement>('section[data-file]');
    if (!section) continue;
    result.pageSlides.push(section.id);
    const page = pdfPage.getBoundingClientRect();
    const left = page.left + (pageWidth - width) / 2;
    const top = page.top + (pageHeight - height) / 2;
    const { furthest, ...reach } = reachBeyond(section, { left, top, right: left + width, bottom: top + height });
    if (furthest > 0) result.overflows.push({ id: section.id, ...slidePlace(section), ...reach });
  }
  return result;
}

/** A line break where the deck's Chinese typography does not want one (see lineBreaks). */
export interface BadLineBreak extends SlidePlace {
  kind: 'inside-phrase' | 'orphan';
  /** The text around the break ("国产⏎大模型"), or the orphan last line. */
  text: string;
  element: string;
}

/** Elements set by phrase (theme.css); notes break as the browser likes. */
const PHRASED = 'h1, h2, h3, h4, h5, h6, p, li, figcaption';

interface PlacedChar {
  char: string;
  node: Text;
  offset: number;
  top: number;
  height: number;
  /** Whitespace between this character and the one before it. */
  afterSpace: boolean;
}

/** The drawn characters of `element`'s own text (not of a nested phrased element), with their line boxes. */
function placedChars(element: Element): PlacedChar[] {
  const chars: PlacedChar[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let afterSpace = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest(PHRASED) !== element) continue;
    const text = node.data;
    for (let offset = 0; offset < text.length; ) {
      const char = String.fromCodePoint(text.codePointAt(offset)!);
      if (/\s/.test(char)) afterSpace = true;
      else {
        range.setStart(node, offset);
        range.setEnd(node, offset + char.length);
        const box = [...range.getClientRects()].find((r) => r.width > 0);
        if (box) chars.push({ char, node, offset, top: box.top, height: box.height, afterSpace });
        afterSpace = false;
      }
      offset += char.length;
    }
  }
  return chars;
}

/** The characters of `element` in lines, as Chromium laid them out. */
function linesOf(element: Element): PlacedChar[][] {
  const lines: PlacedChar[][] = [];
  for (const placed of placedChars(element)) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && placed.top < first.top + first.height / 2) line.push(placed);
    else lines.push([placed]);
  }
  return lines;
}

/**
 * Line breaks inside a phrase (between two characters of one text node — phrases are separated by
 * `<wbr>` — with no space or punctuation before the break and no opening bracket or quote after it) and orphan last lines (one or two
 * characters), in the phrased elements of `scope`: the current slide, or every slide (the phone's
 * scroll view lays them all out).
 */
function lineBreaks(scope: 'current' | 'all'): BadLineBreak[] {
  const slides = scope === 'current' ? [window.deck.getCurrentSlide()] : [...document.querySelectorAll<HTMLElement>('section[data-file]')];
  const found: BadLineBreak[] = [];
  for (const slide of slides) {
    for (const element of slide.querySelectorAll(PHRASED)) {
      if (element.closest('aside.notes, .reader-notes') || !/\p{Script=Han}/u.test(element.textContent ?? '')) continue;
      const lines = linesOf(element);
      const place = { ...slidePlace(element), element: describeElement(element) };
      lines.forEach((line, i) => {
        const previous = lines[i - 1];
        const last = previous?.at(-1);
        const first = line[0]!;
        if (
          last &&
          !first.afterSpace &&
          last.node === first.node &&
          !/[\p{P}\p{S}]/u.test(last.char) &&
          !/[\p{Ps}\p{Pi}]/u.test(first.char)
        ) {
          const before = previous!
            .slice(-4)
            .map((c) => c.char)
            .join('');
          const after = line
            .slice(0, 4)
            .map((c) => c.char)
            .join('');
          found.push({ ...place, kind: 'inside-phrase', text: `${before}⏎${after}` });
        }
      });
      const lastLine = lines.at(-1);
      if (lines.length > 1 && lastLine && lastLine.length <= 2)
        found.push({ ...place, kind: 'orphan', text: lastLine.map((c) => c.char).join('') });
    }
  }
  return found;
}

export interface ChromeOverlap {
  /** The deck's own control: "controls", "slide number" or "progress bar". */
  chrome: string;
  /** What it covers: slide content (described) or another control. */
  covers: string;
  /** Overlap in page pixels (the larger side of the intersection). */
  amount: number;
}

/** Chrome inside a slide: the section slide's agenda strip (arc-chrome.ts), placed at the slide's foot over whatever flows there. */
const SLIDE_CHROME = '.arc-agenda';

/**
 * The chrome on screen now: reveal.js's visible arrows, slide number and progress bar, and the
 * current slide's agenda strip (a long heading on a section slide runs under it).
 */
function visibleChrome(): { chrome: string; box: DOMRect }[] {
  const parts: [string, string][] = [
    ['controls', '.reveal .controls button'],
    ['slide number', '.reveal .slide-number'],
    ['progress bar', '.reveal .progress'],
    ['agenda strip', `.reveal .slides section.present > ${SLIDE_CHROME}`],
  ];
  return parts.flatMap(([chrome, selector]) =>
    [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((e) => {
        const style = getComputedStyle(e);
        return (
          style.display !== 'none' && style.visibility !== 'hidden' && parseFloat(style.opacity) > 0.05 && e.getClientRects().length > 0
        );
      })
      .map((e) => ({ chrome, box: e.getBoundingClientRect() })),
  );
}

/** What the current slide draws: its text line by line, and its images, drawings and media. */
function drawnContent(slide: Element): { element: Element; box: DOMRect }[] {
  const boxes: { element: Element; box: DOMRect }[] = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(UNDRAWN) || parent.closest(SLIDE_CHROME) || (node.textContent ?? '').trim() === '') continue;
    if (getComputedStyle(parent).visibility === 'hidden') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) if (box.width > 0 && box.height > 0) boxes.push({ element: parent, box });
  }
  for (const element of slide.querySelectorAll('img, video, canvas, iframe, svg')) {
    if (element.closest(UNDRAWN) || (element instanceof SVGElement && element.ownerSVGElement)) continue;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden') boxes.push({ element, box });
  }
  return boxes;
}

function overlapOf(a: DOMRect, b: DOMRect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? Math.max(width, height) : 0;
}

/** Where the deck's chrome (arrows, slide number, progress bar, agenda strip) covers the current slide's content or each other. */
function chromeOverlaps(): ChromeOverlap[] {
  const chrome = visibleChrome();
  const content = drawnContent(window.deck.getCurrentSlide());
  const found: ChromeOverlap[] = [];
  chrome.forEach((part, i) => {
    for (const other of chrome.slice(i + 1)) {
      const amount = overlapOf(part.box, other.box);
      if (other.chrome !== part.chrome && amount > 1) found.push({ chrome: part.chrome, covers: `the ${other.chrome}`, amount });
    }
    let worst: ChromeOverlap | undefined;
    for (const { element, box } of content) {
      const amount = overlapOf(part.box, box);
      if (amount > 1 && (!worst || amount > worst.amount)) worst = { chrome: part.chrome, covers: describeElement(element), amount };
    }
    if (worst) found.push(worst);
  });
  return found;
}

/** What the check measures on one slide at the deck's canvas, with every fragment shown. */
export interface SlideMeasures {
  overflow: Reach & { id: string };
  small: SmallText | undefined;
  chrome: ChromeOverlap[];
  lineBreaks: BadLineBreak[];
  contrast: LowContrast | undefined;
}

/**
 * Sets aside every stack but the shown one while the canvas pass moves through the deck.
 * reveal.js walks every slide and background on each move (classes, fragments, visibility) and
 * Chromium restyles each element it touches — tens of microseconds each with this theme — so with
 * every slide in place a move costs more the longer the deck, and the pass grows as its square.
 * The other stacks have their slides emptied (their content kept here) and are moved into two
 * hidden `.slides` containers, before and after reveal.js's own: its `.slides>section` queries
 * still find every slide, in order, so it counts and numbers them as before, but nothing inside
 * `display: none` is restyled. Their backgrounds (reveal.js finds them by position) are swapped
 * for hidden stand-ins. No measure of the shown slide reads them. Even the neighbours reveal.js
 * would show (its view distance) are set aside: kept in place, each axe-core run detached and
 * re-attached them, and Chromium restyled them every slide (the pass ~0.87× the time without them
 * on the 250-slide deck, its measures byte-identical).
 */
function setAsideOtherStacks(): { around(h: number): void; restore(): void } {
  const slides = window.deck.getSlidesElement()!;
  const stacks = window.deck.getHorizontalSlides();
  const backgrounds = window.deck.getBackgroundsElement();
  const realBackgrounds = backgrounds && backgrounds.children.length === stacks.length ? [...backgrounds.children] : undefined;
  const inPlace = [...slides.children];
  const hidden = (className: string) => {
    const element = Object.assign(document.createElement('div'), { className });
    element.style.setProperty('display', 'none', 'important');
    return element;
  };
  const [before, after] = [hidden('slides'), hidden('slides')];
  slides.before(before);
  slides.after(after);
  const standIns = realBackgrounds?.map(() => hidden(''));
  // What is emptied: each slide, a vertical stack's own sections included, so reveal.js still counts them.
  const slidesIn = stacks.map((stack) => {
    const vertical = [...stack.children].filter((child): child is HTMLElement => child.tagName === 'SECTION');
    return vertical.length > 0 ? vertical : [stack];
  });
  const content = new Map<HTMLElement, Node[]>();
  const around = (h: number) => {
    // Each stack goes to its container in order; only stacks that change place are moved.
    const last = new Map<Element, Element>();
    stacks.forEach((stack, i) => {
      const home = i < h ? before : i > h ? after : slides;
      if (stack.parentElement !== home) {
        const previous = last.get(home);
        if (previous) previous.after(stack);
        else home.prepend(stack);
      }
      last.set(home, stack);
      const far = home !== slides;
      for (const slide of slidesIn[i]!) {
        const kept = content.get(slide);
        if (far && !kept) {
          content.set(slide, [...slide.childNodes]);
          slide.replaceChildren();
        } else if (!far && kept) {
          slide.replaceChildren(...kept);
          content.delete(slide);
        }
      }
      const [background, standIn] = [realBackgrounds?.[i], standIns?.[i]];
      if (background && standIn) {
        const [out, into] = far ? [background, standIn] : [standIn, background];
        if (out.parentElement === backgrounds) out.replaceWith(into);
      }
    });
  };
  const restore = () => {
    for (const [slide, nodes] of content) slide.replaceChildren(...nodes);
    slides.replaceChildren(...inPlace);
    before.remove();
    after.remove();
    if (realBackgrounds) backgrounds!.replaceChildren(...realBackgrounds);
  };
  return { around, restore };
}

/**
 * Shows each slide in turn and measures it, in one call into the page (a round trip to Chromium
 * per slide and measure cost more than most measuring). Contrast comes last: axe detaches the
 * rest of the deck for its run, and the re-layout its return costs is then paid once, together
 * with the next slide's.
 */
async function measureSlides(slides: readonly { h: number; v: number }[], minFont: number): Promise<SlideMeasures[]> {
  const measures: SlideMeasures[] = [];
  const otherStacks = setAsideOtherStacks();
  try {
    for (const { h, v } of slides) {
      otherStacks.around(h);
      // Measured without waiting for a frame: the measures read layout, which Chromium brings up
      // to date itself, and what reveal.js leaves for the next frame (its screen-reader status)
      // is not measured. tests/check/browser-checks.test.ts compares with showSlide's wait.
      window.deck.slide(h, v, Number.MAX_SAFE_INTEGER);
      const overflow = currentOverflow();
      const small = smallestText(minFont);
      const chrome = chromeOverlaps();
      const breaks = lineBreaks('current');
      measures.push({ overflow, small, chrome, lineBreaks: breaks, contrast: await currentContrast() });
    }
  } finally {
    otherStacks.restore();
  }
  return measures;
}

const probe = {
  describeElement,
  chromeOverlaps,
  listSlides,
  showSlide,
  currentOverflow,
  smallestText,
  currentContrast,
  measureSlides,
  phoneView,
  locateLoads,
  recordPolicyViolations,
  fontsAndImages,
  printedPages,
  lineBreaks,
};

export type PageProbe = typeof probe;

window.deckProbe = probe;
