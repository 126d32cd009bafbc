// `npm run bench -- --peers`: reveal-md and Marp CLI, installed into a cache folder outside the
// project, timed against our commands on the same generated Chinese deck, runs alternating (ours,
// theirs, ours, …) so both meet the same load. Writes bench/report-peers.json and prints the table.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { peerMarkdown } from './peer-deck.js';
import { formatPeerTable, overRatioBudget, parseRatioBudget, type PairedRun, type PeerFigure } from './peer-table.js';
import { scaleDeck, type ScaleCorpus } from './scale-deck.js';

export const PEER_VERSIONS = { 'reveal-md': '6.1.4', '@marp-team/marp-cli': '4.5.1' } as const;
const CHROMIUM = '/usr/bin/chromium';
/** The peers use this Chromium; nothing may download a browser. */
const PEER_ENV = {
  CHROME_PATH: CHROMIUM,
  PUPPETEER_EXECUTABLE_PATH: CHROMIUM,
  PUPPETEER_SKIP_DOWNLOAD: '1',
  PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: '1',
};
const TIME = '/usr/bin/time';

export function peersDir(): string {
  return process.env.DECK_BENCH_PEERS_DIR ?? join(homedir(), '.cache/deck-bench-peers');
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

interface Timed {
  ms: number;
  cpuMs?: number;
}

/** Runs a whole process, wall-timed; CPU (user + system, children included) through /usr/bin/time when there. */
function timedProcess(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Timed> {
  const cpuFile = join(tmpdir(), `deck-peer-cpu-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [file, words] = existsSync(TIME) ? [TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      words,
      { cwd: options.cwd, env: { ...process.env, ...PEER_ENV, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const ms = performance.now() - start;
        if (error) {
          reject(new Error(`${command} ${args.join(' ')} failed: ${`${stdout}${stderr}`.trim().split('\n').slice(-3).join(' ')}`));
          return;
        }
        let cpuMs: number | undefined;
        try {
          const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
          cpuMs = ((user ?? 0) + (system ?? 0)) * 1000;
        } catch {}
        void rm(cpuFile, { force: true });
        resolve({ ms, ...(cpuMs === undefined ? {} : { cpuMs }) });
      },
    );
    // No input: Marp reads Markdown from a piped stdin and would wait for it.
    child.stdin?.end();
  });
}

function installedVersion(dir: string, name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** Installs the peers at their exact versions into the cache folder, once; never a browser download. */
async function ensurePeers(dir: string): Promise<void> {
  const wanted = Object.entries(PEER_VERSIONS);
  if (wanted.every(([name, version]) => installedVersion(dir, name) === version)) return;
  log(`installing ${wanted.map(([n, v]) => `${n}@${v}`).join(' and ')} into ${dir}…`);
  await mkdir(dir, { recursive: true });
  await timedProcess(
    'npm',
    ['install', '--prefix', dir, '--no-audit', '--no-fund', '--save-exact', ...wanted.map(([n, v]) => `${n}@${v}`)],
    { cwd: dir },
  );
}

interface Contender {
  name: string;
  /** One timed run; `i` numbers the run (for fresh output or cache folders). */
  run: (i: number) => Promise<Timed>;
}

/** An untimed run of each, then `runs` alternating pairs; a failure leaves the figure unmeasured with the reason. */
async function pairUp(key: string, label: string, ours: Contender, peer: Contender, runs: number): Promise<PeerFigure> {
  const figure: PeerFigure = { key, label, peer: peer.name, runs: [] };
  try {
    log(`${label}: warming up…`);
    await ours.run(0);
    await peer.run(0);
    for (let i = 1; i <= runs; i++) {
      // Alternate who goes first, so neither always meets the other's after-effects.
      const first = i % 2 === 1;
      const a = await (first ? ours : peer).run(i);
      const b = await (first ? peer : ours).run(i);
      const [o, p] = first ? [a, b] : [b, a];
      const pair: PairedRun = {
        ours: o.ms,
        peer: p.ms,
        ...(o.cpuMs === undefined ? {} : { oursCpu: o.cpuMs }),
        ...(p.cpuMs === undefined ? {} : { peerCpu: p.cpuMs }),
      };
      figure.runs.push(pair);
      log(`  ${i}/${runs}: ours ${(o.ms / 1000).toFixed(2)} s, ${peer.name} ${(p.ms / 1000).toFixed(2)} s`);
    }
  } catch (error) {
    figure.runs = [];
    figure.missing = error instanceof Error ? error.message.slice(0, 300) : String(error);
  }
  return figure;
}

export interface PeerBenchOptions {
  root: string;
  corpus: ScaleCorpus;
  slides?: number;
  runs?: number;
  /** Only the figures with these keys (buildWarm, buildCold, buildFresh, pdfSlides, pdf); every one by default. */
  only?: readonly string[];
}

/** One figure: ours and the peer, and what must happen before it is timed (untimed). */
interface TimedFigure {
  key: string;
  label: string;
  ours: Contender;
  peer: Contender;
  before?: () => Promise<unknown>;
}

/** Every figure for ours and the peers; returns 1 when a ratio is over its budget. */
export async function runPeerBench(options: PeerBenchOptions): Promise<number> {
  const { root, corpus } = options;
  const slides = options.slides ?? 34;
  const runs = options.runs ?? 5;
  const budget = parseRatioBudget(JSON.parse(await readFile(join(root, 'bench/budget.json'), 'utf8')), 'bench/budget.json');
  const dir = peersDir();
  await ensurePeers(dir);
  const bin = (name: string) => join(dir, 'node_modules/.bin', name);
  const work = await mkdtemp(join(tmpdir(), 'deck-bench-peers-'));
  try {
    const deck = scaleDeck(slides, corpus);
    const slidesDir = join(work, 'slides');
    await mkdir(slidesDir);
    for (const [name, text] of deck.files) await writeFile(join(slidesDir, name), text);
    await writeFile(join(work, 'reveal-md.md'), peerMarkdown(deck.files, 'reveal-md'));
    await writeFile(join(work, 'marp.md'), peerMarkdown(deck.files, 'marp'));
    const launcher = join(root, 'src/commands/deck.mjs');
    const ours = (args: string[], env: NodeJS.ProcessEnv = {}) => timedProcess('node', [launcher, ...args], { cwd: root, env });
    const out = join(work, 'ours-dist');

    const revealMd: Contender = {
      name: 'reveal-md',
      run: (i) => timedProcess(bin('reveal-md'), ['reveal-md.md', '--static', join(work, `reveal-md-${i}`)], { cwd: work }),
    };
    const marpPdf: Contender = {
      name: 'Marp --pdf',
      run: (i) =>
        timedProcess(bin('marp'), ['marp.md', '--no-stdin', '--pdf', '--allow-local-files', '-o', join(work, `marp-${i}.pdf`)], {
          cwd: work,
        }),
    };
    const build = () => ours(['build', slidesDir, '--out-dir', out]);
    const viteKept = join(work, 'vite-cache-kept');
    const timedFigures: TimedFigure[] = [
      { key: 'buildWarm', label: '`build`, warm font cache', ours: { name: 'ours', run: build }, peer: revealMd },
      {
        key: 'buildCold',
        label: '`build`, cold (empty font cache)',
        ours: {
          name: 'ours',
          // A new character set (a character no slide had, another deck): both faces are cut, the
          // deck rendered (DECK_RENDER_CACHE=off); Vite's files, the tool's alone, are kept.
          run: (i) =>
            ours(['build', slidesDir, '--out-dir', out, '--font-cache-dir', join(work, `font-cache-${i}`), '--vite-cache-dir', viteKept], {
              DECK_RENDER_CACHE: 'off',
            }),
        },
        peer: revealMd,
        before: () => ours(['build', slidesDir, '--out-dir', out, '--font-cache-dir', join(work, 'font-cache-kept'), '--vite-cache-dir', viteKept]),
      },
      {
        key: 'buildFresh',
        label: '`build`, fresh clone (nothing cached)',
        ours: {
          name: 'ours',
          // As in a fresh clone: no subset fonts, no Vite files and no rendered deck kept from an earlier build.
          run: (i) =>
            ours(
              [
                'build',
                slidesDir,
                '--out-dir',
                out,
                '--font-cache-dir',
                join(work, `fresh-font-cache-${i}`),
                '--vite-cache-dir',
                join(work, `fresh-vite-cache-${i}`),
              ],
              { DECK_RENDER_CACHE: 'off' },
            ),
        },
        peer: revealMd,
      },
      // `pdf` prints a fresh build as it is, as after `npm run build` (made before these figures).
      {
        key: 'pdfSlides',
        label: '`pdf --only slides`, fresh build',
        ours: { name: 'ours', run: () => ours(['pdf', slidesDir, '--out-dir', out, '--only', 'slides']) },
        peer: marpPdf,
        before: build,
      },
      {
        key: 'pdf',
        label: '`pdf`, both PDFs, fresh build',
        ours: { name: 'ours', run: () => ours(['pdf', slidesDir, '--out-dir', out]) },
        peer: marpPdf,
        before: build,
      },
    ];
    const unknown = options.only?.filter((key) => !timedFigures.some((f) => f.key === key)) ?? [];
    if (unknown.length > 0) throw new Error(`--only: no figure ${unknown.join(', ')}; one of ${timedFigures.map((f) => f.key).join(', ')}`);
    const figures: PeerFigure[] = [];
    for (const figure of timedFigures.filter((f) => options.only === undefined || options.only.includes(f.key))) {
      await figure.before?.();
      figures.push(await pairUp(figure.key, figure.label, figure.ours, figure.peer, runs));
    }
    if (options.only === undefined)
      figures.push({
        key: 'devEdit',
        label: 'dev: edit → visible',
        peer: 'Slidev',
        runs: [],
        missing: 'no peer dev server is driven; ours is `npm run bench`\'s "dev: slide edit → shown"',
      });

    const table = formatPeerTable(figures, budget);
    const report = {
      version: 1,
      generatedAt: new Date().toISOString(),
      slides,
      runs,
      loadAverage: loadavg()[0],
      peers: PEER_VERSIONS,
      figures,
    };
    // Some figures only (--only): printed, the report of every figure stays as it was.
    if (options.only === undefined) await writeFile(join(root, 'bench/report-peers.json'), `${JSON.stringify(report, null, 2)}\n`);
    const load = `load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`;
    console.log(
      `\nours ÷ peer on a generated ${slides}-slide Chinese deck, ${runs} alternating runs each (whole process; ${load}):\n\n${table}`,
    );
    console.log(
      options.only === undefined
        ? '\nreport written to bench/report-peers.json; ratio budget in bench/budget.json "peerRatios"'
        : '\nsome figures only (--only): bench/report-peers.json left as it was',
    );
    const over = overRatioBudget(figures, budget);
    for (const line of over) console.log(`OVER BUDGET: ${line}`);
    return over.length > 0 ? 1 : 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
