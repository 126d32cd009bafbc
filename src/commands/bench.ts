// `npm run bench`: sizes against the budget, build/print/first-slide times and the scale run
// (src/bench), written to bench/report.json. `--peers`: ours ÷ reveal-md and Marp CLI (src/bench/peers.ts).

import { PROJECT_ROOT, parseCommandArgs, UsageError } from './run-command.js';

function count(word: string | undefined, option: string): number | undefined {
  if (word === undefined) return undefined;
  const n = Number(word);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} takes a whole number of at least 1, not "${word}"`);
  return n;
}

export const BENCH_USAGE = 'usage: npm run bench -- [--peers [--runs N] [--slides N] [--only figure,…]]';

export async function main(args: readonly string[]): Promise<number> {
  const { values, deckDir } = parseCommandArgs(args, {
    peers: { type: 'boolean' },
    runs: { type: 'string' },
    slides: { type: 'string' },
    only: { type: 'string' },
  });
  if (deckDir !== undefined) throw new Error('npm run bench measures the talk in slides/ and takes no deck folder');
  const { runBench, talkCorpus } = await import('../bench/run-bench.js');
  if (!values.peers) return runBench();
  const { runPeerBench } = await import('../bench/peers.js');
  return runPeerBench({
    root: PROJECT_ROOT,
    corpus: await talkCorpus(),
    runs: count(values.runs, '--runs') ?? 5,
    slides: count(values.slides, '--slides') ?? 34,
    ...(values.only === undefined ? {} : { only: values.only.split(',').map((key) => key.trim()) }),
  });
}
