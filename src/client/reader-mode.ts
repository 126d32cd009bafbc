// Reader mode: every slide, scaled to the page, with its speaker notes beneath — one scrolling
// page for someone reading alone, and the handout when printed (A4 portrait).

const READER_PARAM = 'reader';
const PER_PAGE_PARAM = 'per-page';

/** Slides on one printed handout page: 2 with their notes beneath (default), or 3 beside their notes. */
export const HANDOUT_LAYOUTS = [2, 3] as const;
export type HandoutPerPage = (typeof HANDOUT_LAYOUTS)[number];
export const DEFAULT_HANDOUT_PER_PAGE: HandoutPerPage = 2;

function handoutPerPage(location: Location = window.location): HandoutPerPage {
  const asked = Number(new URLSearchParams(location.search).get(PER_PAGE_PARAM));
  return HANDOUT_LAYOUTS.find((n) => n === asked) ?? DEFAULT_HANDOUT_PER_PAGE;
}

export function isReaderRequested(location: Location = window.location): boolean {
  return new URLSearchParams(location.search).has(READER_PARAM);
}

/** The URL of the same deck in reader mode (on = true) or presenting (on = false), at `slideId`. */
export function readerUrl(on: boolean, slideId: string | undefined, location: Location = window.location): string {
  const params = new URLSearchParams(location.search);
  if (on) params.set(READER_PARAM, '');
  else params.delete(READER_PARAM);
  const query = params.toString().replace(/=(?=&|$)/g, '');
  const hash = slideId ? (on ? `#${slideId}` : `#/${slideId}`) : '';
  return `${location.pathname}${query ? `?${query}` : ''}${hash}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** Leaf slides (a vertical stack's slides, or the horizontal slide itself), in order. */
function leafSlides(slides: HTMLElement): HTMLElement[] {
  return [...slides.children].flatMap((section) => {
    const nested = [...section.children].filter((c): c is HTMLElement => c.tagName === 'SECTION');
    return nested.length > 0 ? nested : [section as HTMLElement];
  });
}

function readerItem(section: HTMLElement, index: number, total: number): HTMLElement {
  const notes = section.querySelector('aside.notes');
  notes?.remove();
  const id = section.id;
  section.removeAttribute('id');
  section.classList.add('present');
  for (const fragment of section.querySelectorAll('.fragment')) fragment.classList.add('visible');
  const canvas = element('div', 'reader-canvas', [element('div', 'slides', [section])]);
  const notesBox = element('div', 'reader-notes');
  if (notes) notesBox.innerHTML = notes.innerHTML;
  const number = element('p', 'reader-number');
  number.textContent = `${index + 1} / ${total}`;
  const item = element('article', 'reader-item', [canvas, number, notesBox]);
  item.id = id;
  item.setAttribute('aria-label', `${index + 1} / ${total}`);
  return item;
}

/** Replaces the reveal.js deck with the reader layout. */
export function showReader(reveal: HTMLElement, slides: HTMLElement, options: { width: number; height: number; title: string }): void {
  document.documentElement.classList.add('deck-reader');
  document.documentElement.dataset.handoutPerPage = String(handoutPerPage());
  // Without .reveal, none of reveal.js's presentation or paper-print rules apply here.
  reveal.classList.replace('reveal', 'reader');
  reveal.style.setProperty('--reader-width', `${options.width}px`);
  reveal.style.setProperty('--reader-height', `${options.height}px`);
  reveal.style.setProperty('--reader-ratio', `${options.width} / ${options.height}`);
  const sections = leafSlides(slides);
  const items = sections.map((section, i) => readerItem(section, i, sections.length));
  const toDeck = element('a', 'reader-toggle');
  toDeck.href = readerUrl(false, undefined);
  toDeck.textContent = '演示模式';
  toDeck.addEventListener('click', (event) => {
    // Back to the slide the reader is looking at.
    const visible = items.find((item) => item.getBoundingClientRect().bottom > 80);
    toDeck.href = readerUrl(false, visible?.id);
    event.stopPropagation();
  });
  const list = element('main', 'reader-list', items);
  const nav = element('nav', 'reader-nav', [toDeck]);
  nav.setAttribute('aria-label', '视图切换');
  slides.replaceWith(element('div', 'reader-page', [nav, list]));
  const target = decodeURIComponent(window.location.hash.replace(/^#\/?/, ''));
  if (target) document.getElementById(target)?.scrollIntoView();
  document.documentElement.dataset.readerReady = 'true';
}
