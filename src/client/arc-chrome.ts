// Arc chrome: numbers the talk's arcs (01–04) from their section slides and marks every slide with
// its arc before reveal.js starts — the accent, a small arc label on content slides, the section
// slide's number and agenda strip, the centred layouts — and colours the progress bar by arc.

/** Layouts centred on the canvas by design; every other layout hangs from the grid. */
export const CENTRED_LAYOUTS: ReadonlySet<string> = new Set(['title', 'quote', 'stat']);

/** Layouts that carry no arc label (they name the arc themselves, or belong to none). */
const UNLABELLED_LAYOUTS: ReadonlySet<string> = new Set(['title', 'section']);

/** A quotation this short (in characters) is the key sentence: set large (theme.css .quote-key). */
const KEY_QUOTE_MAX_CHARS = 16;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The arc accents in theme/tokens.css (--deck-arc-1 … -4); a fifth arc takes the first's again. */
const ARC_ACCENTS = 4;

/** The accent token of arc `number` (1-based): without one, a section slide had no background and its white text vanished. */
export const arcAccent = (number: number) => `var(--deck-arc-${((number - 1) % ARC_ACCENTS) + 1})`;

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

function agendaStrip(arcs: readonly string[], current: number): HTMLOListElement {
  const list = document.createElement('ol');
  list.className = 'arc-agenda';
  list.setAttribute('aria-label', '议程');
  arcs.forEach((arc, i) => {
    const item = document.createElement('li');
    item.textContent = `${twoDigits(i + 1)} ${arc}`;
    if (i + 1 === current) item.setAttribute('aria-current', 'step');
    list.append(item);
  });
  return list;
}

function decorateSlide(slide: HTMLElement, arcs: readonly string[]): void {
  const layout = slide.dataset.layout ?? '';
  const arc = slide.dataset.arc ?? '';
  const number = arcs.indexOf(arc) + 1;
  if (number > 0) {
    slide.dataset.arcNumber = String(number);
    // A front-matter accent (inline --accent) overrides the arc's token.
    if (!slide.style.getPropertyValue('--accent')) slide.style.setProperty('--accent', arcAccent(number));
  }
  if (CENTRED_LAYOUTS.has(layout)) slide.classList.add('center');
  if (layout === 'section' && number > 0) {
    slide.prepend(paragraph('arc-number', twoDigits(number)));
    const notes = slide.querySelector('aside.notes');
    if (notes) notes.before(agendaStrip(arcs, number));
    else slide.append(agendaStrip(arcs, number));
    slide.dataset.backgroundColor = getComputedStyle(slide).getPropertyValue('--accent').trim();
  } else if (!UNLABELLED_LAYOUTS.has(layout) && arc) {
    slide.prepend(paragraph('arc-label', number > 0 ? `${twoDigits(number)} ${arc}` : arc));
  }
  for (const quote of slide.querySelectorAll('blockquote')) {
    if ((quote.textContent ?? '').trim().length <= KEY_QUOTE_MAX_CHARS) quote.classList.add('quote-key');
  }
}

/** Decorates every slide under `slides` (once); returns the arcs' names in order. */
export function decorateSlides(slides: HTMLElement): string[] {
  const all = [...slides.querySelectorAll<HTMLElement>('section[data-layout]')];
  const arcs = [
    ...new Set(
      all
        .filter((s) => s.dataset.layout === 'section')
        .map((s) => s.dataset.arc ?? '')
        .filter(Boolean),
    ),
  ];
  for (const slide of all) decorateSlide(slide, arcs);
  return arcs;
}

/** Keeps the progress bar in the current slide's accent. */
export function colourProgressByArc(reveal: HTMLElement, currentSlide: () => HTMLElement | undefined): () => void {
  return () => {
    const slide = currentSlide();
    const accent = slide ? getComputedStyle(slide).getPropertyValue('--accent').trim() : '';
    if (accent) reveal.style.setProperty('--deck-current-accent', accent);
    else reveal.style.removeProperty('--deck-current-accent');
  };
}
