// `npm run bench`: builds the deck, measures its bytes and times, writes bench/report.json and
// prints the figures beside the previous report's. Exits 1 when the deck is over its budget.
// Thin I/O: the measuring and the tables live in the modules it calls.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { launchChromium } from '../node/chromium.js';
import { deckText } from '../fonts/deck-text.js';
import { readDeckSources } from '../node/read-sources.js';
import { deckViteConfig } from '../bundle/vite-config.js';
import { characterSet } from '../fonts/character-set.js';
import { defaultFontCacheDir } from '../fonts/font-cache.js';
import { buildDeck } from '../pipeline.js';
import { overBudget, parseBudget, type Budget } from './budget.js';
import { measureBuiltDeck, measureWholeDeck, sizeFigures } from './measure-dist.js';
import { formatReport, parseReport, SCALE_SIZES, SLIDE_ONE_TYPES, type BenchReport } from './report.js';
import { coldBuildPeak, MEMORY_DECK_SLIDES, type MemoryBudget, memoryOverBudget, parseMemoryBudget } from './build-memory.js';
import { scaleDeck, type ScaleCorpus } from './scale-deck.js';
import { type InstallBudget, installOverBudget, measureInstall, parseInstallBudget } from './install-size.js';
import { timeDevEdit } from './time-dev-edit.js';
import { timeDevStart } from './time-dev-start.js';
import { median, timeFirstSlide } from './time-first-slide.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const BUDGET_FILE = join(ROOT, 'bench/budget.json');
const REPORT_FILE = join(ROOT, 'bench/report.json');
const FONT_CACHE = defaultFontCacheDir(ROOT);

type Figures = BenchReport['figures'];

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Runs a command in the project, timed; rejects with its output when it fails. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ ms: number; output: string }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (error)
        reject(
          Object.assign(new Error(`${command} ${args.join(' ')} failed:\n${output.trim().split('\n').slice(-20).join('\n')}`), { output }),
        );
      else resolve({ ms: performance.now() - start, output });
    });
  });
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function builds(figures: Figures): Promise<void> {
  const coldCache = await mkdtemp(join(tmpdir(), 'deck-bench-fonts-'));
  try {
    log('npm run build (cold: empty font cache, no Vite files kept)…');
    const folders = ['--font-cache-dir', join(coldCache, 'fonts'), '--vite-cache-dir', join(coldCache, 'vite')];
    figures['time.build.cold'] = (await timed('npm', ['run', 'build', '--', ...folders], { DECK_RENDER_CACHE: 'off' })).ms;
  } finally {
    await rm(coldCache, { recursive: true, force: true });
  }
  log('npm run build (warm)…');
  figures['time.build.warm'] = (await timed('npm', ['run', 'build'])).ms;
}

async function sizes(figures: Figures, slug: string, budget: Budget): Promise<string[]> {
  const measured = await measureBuiltDeck(DIST, slug, { fontCacheDir: FONT_CACHE });
  for (const type of SLIDE_ONE_TYPES) {
    figures[`slideOne.${type}.gzip`] = measured.slideOne.byType[type].gzip;
    figures[`slideOne.${type}.raw`] = measured.slideOne.byType[type].raw;
  }
  figures['slideOne.total.gzip'] = measured.slideOne.total.gzip;
  figures['slideOne.total.raw'] = measured.slideOne.total.raw;
  figures['deck.total.gzip'] = measured.deck.total.gzip;
  figures['deck.total.raw'] = measured.deck.total.raw;
  figures['singleFile.gzip'] = measured.singleFile?.total.gzip ?? null;
  figures['singleFile.raw'] = measured.singleFile?.total.raw ?? null;
  figures['fonts.woff2'] = measured.fonts.deckFonts;
  figures['fonts.singleSubset'] = measured.fonts.singleSubset;
  figures['fonts.ratio'] = measured.fonts.ratio;
  figures['slideOne.limit.gzip'] = measured.limit.total;
  figures['slideOne.toLimit'] = sizeFigures(measured).slideOneToLimit;
  return overBudget(sizeFigures(measured), budget);
}

async function pdfs(figures: Figures, slug: string, notes: string[]): Promise<void> {
  const scripts = ((await readJson(join(ROOT, 'package.json'))) as { scripts?: Record<string, string> } | undefined)?.scripts ?? {};
  const paths = { 'pdf.deck': join(DIST, `${slug}.pdf`), 'pdf.notes': join(DIST, `${slug}-notes.pdf`) };
  for (const key of ['time.pdf', ...Object.keys(paths)]) figures[key] = null;
  if (!scripts.pdf) {
    notes.push('npm run pdf: no "pdf" script in package.json (n/a)');
    return;
  }
  log('npm run pdf…');
  try {
    figures['time.pdf'] = (await timed('npm', ['run', 'pdf'])).ms;
  } catch (error) {
    notes.push(`npm run pdf failed: ${error instanceof Error ? error.message.split('\n').slice(0, 4).join(' ') : String(error)}`);
  }
  for (const [key, path] of Object.entries(paths)) figures[key] = existsSync(path) ? (await stat(path)).size : null;
}

/** Median of `runs` timed runs of `npm run <script> -- <args>` as a user types it (npm's own start included), after one untimed run. */
async function medianNpmRun(script: string, args: string[], runs = 3): Promise<number> {
  const command = ['run', '--silent', script, '--', ...args];
  await timed('npm', command);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed('npm', command)).ms);
  return median(times);
}

async function checkTimes(figures: Figures): Promise<void> {
  log('npm run check -- --no-browser…');
  figures['time.check.noBrowser'] = await medianNpmRun('check', ['--no-browser']);
}

async function readyTimes(figures: Figures): Promise<void> {
  log('first slide ready in Chromium…');
  const server = await preview({
    ...deckViteConfig({ projectRoot: ROOT }),
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0 },
  });
  const browser = await launchChromium();
  try {
    figures['time.ready.http'] = await timeFirstSlide(browser, server.resolvedUrls!.local[0]!);
    figures['time.ready.file'] = await timeFirstSlide(browser, pathToFileURL(join(DIST, 'index.html')).href);
    log('dev: start → slide 1…');
    const devStart = await timeDevStart(browser, ROOT, join(ROOT, 'slides'));
    figures['time.dev.start.first'] = devStart.first;
    figures['time.dev.start'] = devStart.warm;
    log('dev: edit → visible…');
    figures['time.dev.edit'] = await timeDevEdit(browser, ROOT, join(ROOT, 'slides'));
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Short lines and full sentences from the real talk, to write the scale decks with. */
export async function talkCorpus(): Promise<ScaleCorpus> {
  const sources = await readDeckSources(join(ROOT, 'slides'), ROOT);
  const slides = buildDeck(sources.config, sources.slides).rendered?.slides ?? [];
  const notes = slides.map((s) => s.notes.replace(/\s+/g, ''));
  const sentences = notes.flatMap((n) => n.split(/(?<=[。！？])/)).filter((s) => [...s].length >= 8);
  const clauses = notes.flatMap((n) => n.split(/[，。；：！？、“”（）《》]/)).filter((s) => [...s].length >= 4 && [...s].length <= 16);
  return { lines: [...slides.map((s) => s.title).filter(Boolean), ...clauses], sentences };
}

async function writeScaleDeck(n: number, corpus: ScaleCorpus, dir: string): Promise<string> {
  const slidesDir = join(dir, 'slides');
  await mkdir(slidesDir);
  for (const [name, text] of scaleDeck(n, corpus).files) await writeFile(join(slidesDir, name), text);
  return slidesDir;
}

/** An untimed build first, so the timed ones do not pay for loading Vite, Rolldown and HarfBuzz. */
async function warmUp(corpus: ScaleCorpus): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-bench-warm-'));
  try {
    const slidesDir = await writeScaleDeck(20, corpus, dir);
    await build({ ...deckViteConfig({ projectRoot: ROOT, slidesDir, outDir: join(dir, 'dist') }), configFile: false, logLevel: 'silent' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs of each scale check; the fastest counts. */
const SCALE_CHECK_RUNS = 2;

async function scaleRun(figures: Figures, notes: string[], corpus: ScaleCorpus): Promise<void> {
  log('scale run: warming up…');
  await warmUp(corpus);
  for (const n of SCALE_SIZES) {
    const dir = await mkdtemp(join(tmpdir(), `deck-bench-${n}-`));
    try {
      log(`scale run: ${n} slides…`);
      const slidesDir = await writeScaleDeck(n, corpus, dir);

      // The pure pipeline: best of 5 after 2 warm-up runs (the machine may be shared).
      const sources = await readDeckSources(slidesDir, ROOT);
      const runs: number[] = [];
      let deck = buildDeck(sources.config, sources.slides);
      for (let i = 0; i < 7; i++) {
        const start = performance.now();
        deck = buildDeck(sources.config, sources.slides);
        if (i >= 2) runs.push(performance.now() - start);
      }
      figures[`scale.${n}.buildDeck`] = Math.min(...runs);
      figures[`scale.${n}.chars`] = [...characterSet(deckText(deck).all)].length;
      const errors = deck.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) notes.push(`scale deck of ${n} slides has ${errors.length} errors, e.g. ${errors[0]!.message}`);

      // An empty font cache for each size, so the build times compare between runs.
      const fontCacheDir = join(dir, 'font-cache');
      const outDir = join(dir, 'dist');
      const start = performance.now();
      await build({ ...deckViteConfig({ projectRoot: ROOT, slidesDir, outDir, fontCacheDir }), configFile: false, logLevel: 'silent' });
      figures[`scale.${n}.viteBuild`] = performance.now() - start;
      figures[`scale.${n}.deckGzip`] = (await measureWholeDeck(outDir)).total.gzip;

      // Without Chromium too: the difference is the Chromium half, per slide in the table. Both
      // with the font cache the build above filled, so no run pays for subsetting (the project's
      // own cache holds these faces only if an earlier bench made them), and both render the deck
      // (no render cache): their difference is the Chromium half alone. Each is the faster of two
      // runs: the 500-slide check takes ~30 s, long enough for the machine's load to change under it.
      const checkArgs = ['src/commands/deck.mjs', 'check', slidesDir, '--font-cache-dir', fontCacheDir];
      const rendering = { DECK_RENDER_CACHE: 'off' };
      const fastest = async (args: string[]): Promise<{ ms: number; failure?: string }> => {
        let best: { ms: number; failure?: string } = { ms: Infinity };
        for (let run = 0; run < SCALE_CHECK_RUNS; run++) {
          const start = performance.now();
          const result = await timed('node', args, rendering).then(
            ({ ms }) => ({ ms }),
            (error: unknown) => ({
              ms: performance.now() - start,
              failure: ((error as { output?: string }).output ?? '').trim().split('\n').slice(-1)[0] ?? '',
            }),
          );
          if (result.ms < best.ms) best = result;
        }
        return best;
      };
      figures[`scale.${n}.checkNoBrowser`] = (await fastest([...checkArgs, '--no-browser'])).ms;
      const check = await fastest(checkArgs);
      figures[`scale.${n}.check`] = check.ms;
      if (check.failure !== undefined) notes.push(`npm run check of the ${n}-slide deck exited non-zero: ${check.failure}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/** The peak memory of a cold build of a 1,000-slide deck, checked against bench/budget.json "memory". */
async function memoryRun(figures: Figures, notes: string[], corpus: ScaleCorpus, budget: MemoryBudget): Promise<string | undefined> {
  const dir = await mkdtemp(join(tmpdir(), `deck-bench-memory-`));
  figures[`scale.${MEMORY_DECK_SLIDES}.buildPeakBytes`] = null;
  try {
    log(`memory: a cold build of ${MEMORY_DECK_SLIDES} slides…`);
    const slidesDir = await writeScaleDeck(MEMORY_DECK_SLIDES, corpus, dir);
    const peak = await coldBuildPeak(ROOT, slidesDir, dir);
    figures[`scale.${MEMORY_DECK_SLIDES}.buildPeakBytes`] = peak;
    return memoryOverBudget(peak, budget);
  } catch (error) {
    notes.push(error instanceof Error ? error.message.split('\n').slice(0, 4).join(' ') : String(error));
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `npm ci` into a folder of its own from an empty npm cache: its time, and node_modules's disk checked against bench/budget.json "install". */
async function installRun(figures: Figures, notes: string[], budget: InstallBudget): Promise<string | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-bench-install-'));
  figures['install.ms'] = null;
  figures['install.nodeModulesBytes'] = null;
  try {
    log('install: npm ci from an empty npm cache…');
    const install = await measureInstall(ROOT, dir);
    figures['install.ms'] = install.ms;
    figures['install.nodeModulesBytes'] = install.nodeModulesBytes;
    return installOverBudget(install.nodeModulesBytes, budget);
  } catch (error) {
    // Offline, or the registry is down: the figure is missing, the rest of the bench stands.
    notes.push(error instanceof Error ? error.message.split('\n').slice(0, 4).join(' ') : String(error));
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs every measurement and prints the tables; 1 when a byte figure is over its budget. */
export async function runBench(): Promise<number> {
  const budgetFile = await readJson(BUDGET_FILE);
  const budget = parseBudget(budgetFile, 'bench/budget.json');
  const memoryBudget = parseMemoryBudget(budgetFile, 'bench/budget.json');
  const installBudget = parseInstallBudget(budgetFile, 'bench/budget.json');
  const previous = parseReport(await readJson(REPORT_FILE));
  const sources = await readDeckSources(join(ROOT, 'slides'), ROOT);
  const slug = buildDeck(sources.config, sources.slides).model?.config.slug ?? 'deck';
  const figures: Figures = {};
  const notes: string[] = [];
  const loadAverage = loadavg()[0]!;

  await builds(figures);
  const over = await sizes(figures, slug, budget);
  await pdfs(figures, slug, notes);
  await checkTimes(figures);
  await readyTimes(figures);
  const corpus = await talkCorpus();
  await scaleRun(figures, notes, corpus);
  const memoryOver = await memoryRun(figures, notes, corpus, memoryBudget);
  if (memoryOver) over.push(memoryOver);
  const installOver = await installRun(figures, notes, installBudget);
  if (installOver) over.push(installOver);

  const report: BenchReport = {
    version: 1,
    generatedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, platform: `${process.platform}-${process.arch}`, loadAverage },
    figures,
    notes,
  };
  await writeFile(REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatReport(report, previous, budget, slug));
  console.log(`\nreport written to bench/report.json; budget in bench/budget.json`);
  for (const line of over) console.log(`OVER BUDGET: ${line}`);
  return over.length > 0 ? 1 : 0;
}
