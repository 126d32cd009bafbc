// The `check [slides folder] [--no-browser]` command: runs the checks and prints each finding as
// `file:line:column: problem (measure) — hint`. Exit code 0 when nothing is an error, 1 when
// something is, 2 when the check itself could not run.

import { resolve } from 'node:path';
import { formatDiagnostic } from '../diagnostics.js';
import { runCheck } from './run-check.js';

export const CHECK_USAGE = 'usage: cli.ts check [slides folder] [--no-browser]';

export interface CheckArguments {
  slidesDir?: string;
  browser: boolean;
}

/** Parses the words after `check`; undefined when they make no sense. */
export function parseCheckArguments(args: readonly string[]): CheckArguments | undefined {
  const parsed: CheckArguments = { browser: true };
  for (const arg of args) {
    if (arg === '--no-browser') parsed.browser = false;
    else if (arg.startsWith('-') || parsed.slidesDir !== undefined) return undefined;
    else parsed.slidesDir = arg;
  }
  return parsed;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export async function checkCommand(args: readonly string[], projectRoot: string, print = console.error): Promise<number> {
  const parsed = parseCheckArguments(args);
  if (!parsed) {
    print(CHECK_USAGE);
    return 2;
  }
  const slidesDir = resolve(parsed.slidesDir ?? resolve(projectRoot, 'slides'));
  let result;
  try {
    result = await runCheck({ projectRoot, slidesDir, browser: parsed.browser });
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
