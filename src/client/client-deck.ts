// What the `virtual:deck` module hands the browser: reveal.js options from deck.yaml, and in the
// dev server the slides' HTML for hot updates. A build has both in index.html: the slides, and the
// settings as JSON in an element the module reads, so the bundled script is the same for every deck.

export interface ClientDeck {
  /** Slides HTML; empty in a build, where index.html carries it. */
  html: string;
  width: number;
  height: number;
  title: string;
  /** Seconds for a slide without data-timing: the talk's duration spread over its slides. */
  defaultTiming: number;
  /** The deck's web font family (waited for before slide 1 shows). */
  fontFamily: string;
}

/** The id of the built page's `<script type="application/json">` holding the deck's settings (a ClientDeck without `html`). */
export const DECK_SETTINGS_ID = 'deck-settings';
