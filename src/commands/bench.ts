// `npm run bench`: sizes against the budget, build/print/first-slide times and the scale run
// (src/bench), written to bench/report.json.

import { isEntry, parseCommandArgs, runCommand } from './run-command.js';

export const BENCH_USAGE = 'usage: npm run bench';

export async function main(args: readonly string[]): Promise<number> {
  const { deckDir } = parseCommandArgs(args, {});
  if (deckDir !== undefined) throw new Error('npm run bench measures the talk in slides/ and takes no deck folder');
  const { runBench } = await import('../bench/run-bench.js');
  return runBench();
}

if (isEntry(import.meta.url)) runCommand(main, BENCH_USAGE);
