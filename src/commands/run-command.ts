// What every command shares: where the project is, its arguments parsed with node:util, and an
// exit code — a failure prints its message, never a stack trace.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The project folder (holds src/client, the default deck in slides/, the build in dist/). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Thrown for words a command does not take; the runner prints the usage and exits 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command's options and at most one positional argument, the deck folder (default: slides/).
 * @example parseCommandArgs(['talk/slides', '--no-browser'], { 'no-browser': { type: 'boolean' } })
 */
export interface ParsedCommandArgs<O extends Options> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values'];
  deckDir: string | undefined;
}

export function parseCommandArgs<O extends Options>(args: readonly string[], options: O): ParsedCommandArgs<O> {
  const parse = () => parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    // node:util's own wording is long and speaks of positionals; say just what was wrong.
    const code = (error as { code?: string }).code;
    const word = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && word) throw new UsageError(`unknown option ${word}`);
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > 1)
    throw new UsageError(`one deck folder at most, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
  return { values: parsed.values, deckDir: parsed.positionals[0] };
}

/** The deck folder a command works on: as given (relative to the working directory), else slides/. */
export function deckFolder(given: string | undefined): string {
  return given === undefined ? resolve(PROJECT_ROOT, 'slides') : resolve(given);
}

/** Runs a command's main and exits with its code; `usage` is printed for an argument it does not take. */
export function runCommand(main: (args: string[]) => Promise<number>, usage: string): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`${error.message}\n${usage}`);
        process.exit(2);
      }
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

