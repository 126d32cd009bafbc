// Type declarations for packages that ship none.

declare module 'markdown-it-cjk-breaks' {
  import type MarkdownIt from 'markdown-it';
  const cjkBreaks: (md: MarkdownIt) => void;
  export default cjkBreaks;
}

declare module 'virtual:deck' {
  import type { ClientDeck } from './client/client-deck.js';
  const deck: ClientDeck;
  export default deck;
}

declare module 'virtual:deck-fonts.css';
