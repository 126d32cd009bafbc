// A deck's problems as the dev server and Vite show them: one error naming every problem at its
// place, without a stack trace, located at the first; and the overlay's message for it.

import { describe, expect, it } from 'vitest';
import { deckError, overlayPayload, unexpectedError } from '../../src/bundle/deck-error.js';
import { buildDeck } from '../../src/pipeline.js';

const broken = buildDeck({ path: 'slides/deck.yaml', text: 'title: t\nauthor: a\n' }, [
  { path: 'slides/01-a.md', text: '<!-- .slide: layout="colums" -->\n\n## 一\n\n---\n\n<!-- .slide: layout="bulets" -->\n\n## 二\n' },
]);

describe('#deckError', () => {
  it('names every problem at its file and line, with no stack trace, located at the first', () => {
    const error = deckError(broken);
    expect(error.message).toMatch(/^\[deck\] 2 problems in the slides:\n/);
    expect(error.message).toMatch(/slides\/01-a\.md:1:\d+: unknown layout "colums"/);
    expect(error.message).toMatch(/slides\/01-a\.md:7:\d+: unknown layout "bulets"/);
    expect(error.stack).toBe('');
    expect(error.loc).toMatchObject({ file: 'slides/01-a.md', line: 1 });
  });
});

describe('#overlayPayload', () => {
  it('is Vite’s error message with the place, and no stack', () => {
    const payload = overlayPayload(deckError(broken));
    expect(payload).toMatchObject({ type: 'error', err: { stack: '', plugin: 'deck:loader', loc: { file: 'slides/01-a.md', line: 1 } } });
    expect(overlayPayload(unexpectedError(new Error('EACCES'), '/d')).err.message).toBe('[deck] the slides could not be loaded: EACCES');
  });
});
