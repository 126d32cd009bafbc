// Type declarations for packages that ship none.

declare module 'virtual:deck' {
  import type { ClientDeck } from './client/client-deck.js';
  const deck: ClientDeck;
  export default deck;
}

