// A deck's problems as the dev server and Vite show them: one Error naming every problem (no stack
// trace: a user's mistake is not a crash), the overlay's message for it, and the message for an
// error nobody expected.

import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import type { DeckBuild } from '../pipeline.js';

function errorsOf(build: DeckBuild): Diagnostic[] {
  return build.diagnostics.filter((d) => d.severity === 'error');
}

/** One Error naming every problem; the first one's position is the error's location. */
export type DeckError = Error & { id: string; loc: { file: string; line: number; column: number }; plugin: string };

export function deckError(build: DeckBuild): DeckError {
  const errors = errorsOf(build);
  const first = errors[0]!;
  const lines = errors.map(formatDiagnostic);
  const error = new Error(`[deck] ${errors.length} problem${errors.length > 1 ? 's' : ''} in the slides:\n${lines.join('\n')}`);
  // A user's mistake is not a crash: no stack trace.
  error.stack = '';
  return Object.assign(error, { id: first.file, loc: { file: first.file, line: first.line, column: first.column }, plugin: 'deck:loader' });
}

/** The dev server's message for an error it did not expect (the overlay shows it; the server stays up). */
export function unexpectedError(error: unknown, slidesDir: string): DeckError {
  const message = error instanceof Error ? error.message : String(error);
  return Object.assign(new Error(`[deck] the slides could not be loaded: ${message}`), {
    id: slidesDir,
    loc: { file: slidesDir, line: 1, column: 1 },
    plugin: 'deck:loader',
    stack: '',
  });
}

/** Vite's overlay message for a deck's problem. */
export const overlayPayload = (error: DeckError) =>
  ({ type: 'error', err: { message: error.message, stack: '', id: error.id, loc: error.loc, plugin: 'deck:loader' } }) as const;
