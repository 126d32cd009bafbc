// Overflow measuring lives with the deck linter (src/check); the browser tests use the same code.

export { measureOverflow, type Overflow } from '../../src/check/overflow.js';
