// The speaker view (reveal.js notes plugin) in the deck's own face: its popup gets the deck's
// stylesheets (the fonts are data: URLs inside them, so this works from file:// too), large
// notes, and A−/A+ to change their size, remembered across talks.

const SIZE_KEY = 'deck:speaker-notes-size';
const DEFAULT_SIZE = 26;
const MIN_SIZE = 14;
const MAX_SIZE = 60;

const SPEAKER_CSS = `
.speaker-controls-notes, .speaker-controls-notes .value, .speaker-controls-time, #speaker-controls {
  font-family: var(--deck-font, sans-serif) !important;
}
.speaker-controls-notes .value { font-size: var(--deck-notes-size, ${DEFAULT_SIZE}px) !important; line-height: 1.6; line-break: strict; }
.deck-notes-size { position: absolute; top: 6px; right: 12px; display: flex; gap: 6px; }
.deck-notes-size button { font: 16px/1 var(--deck-font, sans-serif); padding: 4px 10px; cursor: pointer; }
`;

function storedSize(): number {
  const value = Number(window.localStorage?.getItem(SIZE_KEY));
  return Number.isFinite(value) && value >= MIN_SIZE && value <= MAX_SIZE ? value : DEFAULT_SIZE;
}

/** Copies the deck's styles into the popup: linked sheets by URL, dev-server <style> by text. */
function copyStyles(from: Document, to: Document): void {
  for (const node of from.querySelectorAll('link[rel="stylesheet"], style')) {
    const copy = to.createElement(node.tagName.toLowerCase());
    if (node instanceof HTMLLinkElement) {
      copy.setAttribute('rel', 'stylesheet');
      copy.setAttribute('href', node.href);
    } else {
      copy.textContent = node.textContent;
    }
    to.head.append(copy);
  }
  const own = to.createElement('style');
  own.textContent = SPEAKER_CSS;
  to.head.append(own);
}

function addSizeControls(doc: Document): void {
  const notes = doc.querySelector('.speaker-controls-notes');
  if (!notes || notes.querySelector('.deck-notes-size')) return;
  const apply = (size: number) => {
    doc.documentElement.style.setProperty('--deck-notes-size', `${size}px`);
    window.localStorage?.setItem(SIZE_KEY, String(size));
  };
  const box = doc.createElement('div');
  box.className = 'deck-notes-size';
  for (const [label, name, step] of [['A−', '缩小备注字号', -2], ['A+', '放大备注字号', 2]] as const) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.setAttribute('aria-label', name);
    button.addEventListener('click', () => apply(Math.min(MAX_SIZE, Math.max(MIN_SIZE, storedSize() + step))));
    box.append(button);
  }
  (notes as HTMLElement).style.position = 'relative';
  notes.append(box);
  apply(storedSize());
}

/** Styles the popup once the notes plugin has written it. */
function decorate(popup: Window, attempt = 0): void {
  let doc: Document;
  try {
    doc = popup.document;
  } catch {
    return;
  }
  if (!doc.querySelector('.speaker-controls-notes')) {
    if (attempt < 100 && !popup.closed) setTimeout(() => decorate(popup, attempt + 1), 50);
    return;
  }
  if (doc.documentElement.dataset.deckStyled) return;
  doc.documentElement.dataset.deckStyled = 'true';
  doc.documentElement.lang = document.documentElement.lang;
  copyStyles(document, doc);
  addSizeControls(doc);
}

/** Wraps window.open so the speaker view popup is styled as soon as it is written. */
export function styleSpeakerView(): void {
  const open = window.open.bind(window);
  window.open = (...args: Parameters<typeof window.open>) => {
    const popup = open(...args);
    if (popup && String(args[1] ?? '').includes('Notes')) decorate(popup);
    return popup;
  };
}
