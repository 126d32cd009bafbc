// The deck in the browser: reveal.js with notes, search and zoom, and in the dev server hot
// updates that replace the slides in place and stay on the same slide and fragment.

import Reveal, { type RevealConfig } from 'reveal.js';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme.css';
import './reader-mode.css';
import './print.css';
import { colourProgressByArc, decorateSlides } from './arc-chrome.js';
import { isReaderRequested, readerUrl, showReader } from './reader-mode.js';
import { setUpSpeakerView } from './speaker-view.js';
import { setUpRehearsal } from './rehearsal.js';
import './rehearsal.css';
import { isPresented } from './remote-link.js';
import { followRemote, isRemoteRequested, showRemote } from './remote-page.js';
import './remote-page.css';
import { followCodeSteps, prepareCodeSteps } from './code-steps.js';
import { waitForFonts } from './wait-for-fonts.js';
import deck from 'virtual:deck';
import { DECK_UPDATE_EVENT, type ClientDeck } from './client-deck.js';

const slidesElement = document.querySelector<HTMLElement>('.reveal .slides')!;
decorateSlides(slidesElement);

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const revealElement = document.querySelector<HTMLElement>('.reveal')!;

/**
 * Phones get reveal.js's scroll view; there a 1280-wide canvas would shrink body text to ~10 px,
 * so the canvas is half as wide (text ~21 px on a 390 px screen) and layouts stack (theme.css).
 */
const PHONE_QUERY = '(max-width: 435px)';
const PHONE_HEIGHT_FACTOR = 1.4;

/** A preview inside the speaker view (reveal.js's `?receiver`): no speaker tools of its own. */
const isReceiver = /[?&]receiver\b/.test(window.location.search);

function startPresentation() {
  // A preview is small but shows the slide as the audience sees it: never the phone's scroll view.
  const phone = !isReceiver && window.matchMedia(PHONE_QUERY).matches;
  revealElement.classList.toggle('deck-narrow', phone);
  revealElement.style.setProperty('--deck-canvas-height', `${phone ? Math.round(deck.height * PHONE_HEIGHT_FACTOR) : deck.height}px`);
  // The phone's scroll view shows each slide whole: a fragment would cost a screenful of scrolling.
  if (phone) showAllFragments(slidesElement);
  const config: RevealConfig & { zoomKey: string } = {
    width: phone ? Math.round(deck.width / 2) : deck.width,
    // A phone is held upright: its canvas is taller, so stacked columns and drawings fit one page.
    height: phone ? Math.round(deck.height * PHONE_HEIGHT_FACTOR) : deck.height,
    margin: 0.04,
    hash: true,
    controls: true,
    progress: true,
    // Content slides hang from the grid (one heading line); centred layouts carry `center` (arc-chrome.ts).
    center: false,
    // Phones' scroll view: each slide's page is as tall as its drawn canvas, not a whole screen.
    scrollLayout: 'compact',
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    // Pacing: each slide's data-timing comes from its notes; this only covers slides without one.
    defaultTiming: deck.defaultTiming,
    transition: reducedMotion ? 'none' : 'slide',
    backgroundTransition: reducedMotion ? 'none' : 'fade',
    // Print: one page per slide, fragments shown in their final state.
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    keyboard: {
      // R: the reader mode, at the current slide.
      82: () => window.location.assign(readerUrl(true, reveal.getCurrentSlide()?.id)),
    },
    // Alt-click zooms on every system (the plugin's default is Ctrl on Linux).
    zoomKey: 'alt',
    plugins: [Search, Zoom],
    ...(isReceiver ? { scrollActivationWidth: undefined } : {}),
  };
  // reveal's ```js [1-2|3] steps: fragments that must exist before reveal counts them.
  prepareCodeSteps(slidesElement);
  const reveal = new Reveal(revealElement, config);
  followCodeSteps(reveal, slidesElement);
  // Exposed for tests and the speaker view's own scripts.
  window.deck = reveal;
  // The speaker view's previews are receivers: the deck itself, driven by the speaker view.
  if (!isReceiver) {
    reveal.on('ready', () => {
      setUpSpeakerView(reveal, { defaultTiming: deck.defaultTiming, title: deck.title });
      setUpRehearsal(reveal, { defaultTiming: deck.defaultTiming, title: deck.title });
      // Served by `npm run present`: the phone remote steps this page.
      if (isPresented()) followRemote(reveal);
    });
  }
  const colourProgress = colourProgressByArc(revealElement, () => reveal.getCurrentSlide());
  reveal.on('ready', colourProgress);
  reveal.on('slidechanged', colourProgress);
  const firstSlide = slidesElement.querySelector('section')?.textContent ?? '';
  // A scroll view (a phone's, or ?view=scroll) starts with the deck: see embeddedPagesLoaded.
  const scrollView = phone || /[?&]view=scroll\b/.test(window.location.search);
  const loaded = scrollView ? embeddedPagesLoaded(slidesElement) : undefined;
  void Promise.all([waitForFonts(deck.fontFamily, firstSlide), loaded]).then(() => reveal.initialize());
  return reveal;
}

/** The longest a deck waits for its embedded pages before it starts anyway. */
const EMBEDDED_PAGES_WAIT_MS = 3000;

/**
 * Resolves once an `<iframe>` in the slides can no longer end the window's load mid-start, or after
 * a time limit. reveal.js lays the deck out on that load, and its scroll view, as it starts, moves
 * each slide into a page of its own: moving an iframe still loading ends the document's load there
 * and then, and the layout ran with the pages half built (a TypeError in reveal.js's scroll view).
 * Without an iframe nothing waits.
 */
function embeddedPagesLoaded(slides: HTMLElement): Promise<void> {
  if (document.readyState === 'complete' || !slides.querySelector('iframe')) return Promise.resolve();
  return new Promise((resolve) => {
    window.addEventListener('load', () => resolve(), { once: true });
    setTimeout(resolve, EMBEDDED_PAGES_WAIT_MS);
  });
}

function showAllFragments(root: HTMLElement): void {
  for (const fragment of root.querySelectorAll('.fragment')) fragment.classList.remove('fragment');
}

const remote = isRemoteRequested() && isPresented();
const reveal = isReaderRequested() || remote ? undefined : startPresentation();
if (remote) showRemote(revealElement);
else if (!reveal) showReader(revealElement, slidesElement, deck);

// The dev server's edits (dev-updates.ts): the slides replaced in place, on the same slide and fragment.
if (reveal) {
  window.addEventListener(DECK_UPDATE_EVENT, (event) => {
    const updated = (event as CustomEvent<ClientDeck>).detail;
    const { h, v, f } = reveal.getIndices();
    slidesElement.innerHTML = updated.html;
    decorateSlides(slidesElement);
    if (revealElement.classList.contains('deck-narrow')) showAllFragments(slidesElement);
    prepareCodeSteps(slidesElement);
    reveal.sync();
    reveal.slide(h, v, f);
    // Same slide, so no slidechanged fired: tell listeners (the speaker view) its content changed.
    reveal.dispatchEvent({ type: 'slidechanged', data: { indexh: h, indexv: v, currentSlide: reveal.getCurrentSlide() } });
  });
}
