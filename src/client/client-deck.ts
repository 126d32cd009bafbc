// What the `virtual:deck` module hands the browser: reveal.js options from deck.yaml. The page
// carries the deck (the built page and the dev page alike): the slides, and the settings as JSON in
// an element the module reads, so the client's script is the same for every deck. The dev server
// sends each edit's deck over its socket (dev-updates.ts), the slides' HTML with it.

export interface ClientDeck {
  /** Slides HTML: empty when read from a page, which carries the slides; an edit's slides in a dev update. */
  html: string;
  width: number;
  height: number;
  title: string;
  /** Seconds for a slide without data-timing: the talk's duration spread over its slides. */
  defaultTiming: number;
  /** The deck's web font family (waited for before slide 1 shows). */
  fontFamily: string;
}

/** The id of the page's `<script type="application/json">` holding the deck's settings (a ClientDeck without `html`). */
export const DECK_SETTINGS_ID = 'deck-settings';

/** The id of the dev page's `<style>` with the deck's @font-face rules (replaced when an edit brings new characters). */
export const DECK_FONTS_ID = 'deck-fonts';

/** The event on `window` that hands the client an edited deck (a ClientDeck with its slides) in the dev server. */
export const DECK_UPDATE_EVENT = 'deck:update';

/**
 * What the dev server sends a page over its socket (event `deck:state`): the deck after an edit
 * and/or new fonts, each with the key that names it. A page says which it shows (`deck:hello`,
 * the keys on its settings and fonts elements), and is sent what changed since it was made.
 */
export interface DeckState {
  deck?: { settings: ClientDeck; key: string };
  fonts?: { css: string; key: string };
}

/** The socket's events: the dev server's `deck:state` (a DeckState), the page's `deck:hello` (DeckHello). */
export const DECK_STATE_EVENT = 'deck:state';
export const DECK_HELLO_EVENT = 'deck:hello';

/** The keys of what a dev page shows (from its elements' `data-key`). */
export interface DeckHello {
  deck?: string;
  fonts?: string;
}
