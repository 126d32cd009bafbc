// `npm run check [deck folder] [--no-browser] [--font-cache-dir folder]`: runs the deck linter and prints each finding as
// `file:line:column: problem (measure) — hint`. Exit code 0 when nothing is an error, 1 when
// something is, 2 when the check itself could not run.

import { resolve } from 'node:path';
import { formatDiagnostic } from '../diagnostics.js';
import { deckFolder, parseCommandArgs, PROJECT_ROOT } from './run-command.js';

export const CHECK_USAGE = 'usage: npm run check -- [deck folder] [--no-browser] [--font-cache-dir folder]';

export interface CheckArguments {
  slidesDir?: string;
  browser: boolean;
  /** Where subset fonts are cached; default `node_modules/.cache/deck-fonts` (the bench gives the one its build filled). */
  fontCacheDir?: string;
}

/** The words after `check`: a deck folder, --no-browser and --font-cache-dir, in any order. */
export function parseCheckArguments(args: readonly string[]): CheckArguments {
  const { values, deckDir } = parseCommandArgs(args, { 'no-browser': { type: 'boolean' }, 'font-cache-dir': { type: 'string' } });
  const fontCacheDir = values['font-cache-dir'];
  return {
    browser: !values['no-browser'],
    ...(deckDir === undefined ? {} : { slidesDir: deckDir }),
    ...(fontCacheDir === undefined ? {} : { fontCacheDir: resolve(fontCacheDir) }),
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export async function main(args: readonly string[], print: (line: string) => void = console.error): Promise<number> {
  const parsed = parseCheckArguments(args);
  const slidesDir = deckFolder(parsed.slidesDir);
  // Loaded only now, and the Chromium half of it only when asked for (run-check imports it lazily).
  const { runCheck } = await import('../check/run-check.js');
  let result: Awaited<ReturnType<typeof runCheck>>;
  try {
    result = await runCheck({ projectRoot: PROJECT_ROOT, slidesDir, browser: parsed.browser, fontCacheDir: parsed.fontCacheDir });
  } catch (error) {
    // Not a finding in the slides: the check could not run (no Chromium, a failed build).
    print(`the check could not run: ${error instanceof Error ? error.message : String(error)}`);
    if (parsed.browser) print('run `npm run check -- --no-browser` to check the slides without Chromium');
    return 2;
  }
  for (const d of result.diagnostics) print(formatDiagnostic(d));
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  if (result.diagnostics.length > 0) print('');
  for (const note of result.notes) print(note);
  print(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}${parsed.browser ? '' : ' (checks in Chromium skipped: --no-browser)'}`);
  return errors > 0 ? 1 : 0;
}
