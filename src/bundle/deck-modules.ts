// The ids of the modules the deck plugin serves (vite-plugin.ts): the slides and the font CSS, as
// the client imports them and as Vite resolves them; the dev client bundles around them.

export const VIRTUAL_ID = 'virtual:deck';
export const RESOLVED_ID = '\0virtual:deck';
export const FONTS_ID = 'virtual:deck-fonts.css';
export const RESOLVED_FONTS_ID = '\0deck-fonts.css';
/** The dev server's font CSS: a script that puts it in the page, past Vite's CSS pipeline (see fontsStyleModule). */
export const RESOLVED_FONTS_STYLE_ID = '\0deck-fonts-style';

/** The address under which Vite's dev server serves a module whose resolved id starts with `\0`. */
export const devUrlOf = (resolvedId: string) => `/@id/__x00__${resolvedId.slice(1)}`;
