// What the `virtual:deck` module hands the browser: reveal.js options from deck.yaml, and in the
// dev server the slides' HTML for hot updates (a build already has it in index.html).

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
