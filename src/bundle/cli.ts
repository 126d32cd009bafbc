// The command line: `build` checks the slides first — every problem as file:line:column, exit
// code 1, no stack trace — and only then runs Vite's build.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../diagnostics.js';
import { checkCommand } from '../check/check-command.js';
import { checkImages } from './deck-images.js';
import { buildDeck } from '../pipeline.js';
import { readDeckSources } from './read-sources.js';
import { describeBuildFailure } from './build-failure.js';
import { deckViteConfig } from './vite-config.js';
import { exportPdfs, parsePdfArgs } from '../pdf/pdf-command.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Prints every diagnostic; returns false when any is an error. */
async function checkSlides(slidesDir = `${root}slides`): Promise<boolean> {
  const sources = await readDeckSources(slidesDir, root);
  const build = buildDeck(sources.config, sources.slides);
  const diagnostics = sortDiagnostics([...sources.problems, ...build.diagnostics, ...checkImages(build, root, slidesDir)]);
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  if (hasErrors(diagnostics)) {
    const count = diagnostics.filter((d) => d.severity === 'error').length;
    console.error(`\n${count} error${count > 1 ? 's' : ''} in the slides; nothing was built.`);
    return false;
  }
  return true;
}

/** Vite's build into `outDir` (default dist/); a failure is printed as its cause, with a hint. */
async function buildSite(outDir?: string): Promise<boolean> {
  try {
    const config = deckViteConfig({ projectRoot: root, outDir });
    await build({ ...config, configFile: false });
    // Vite's list above names the hidden folder the build went into before it replaced the old one.
    console.log(`\nthe deck is in ${config.build?.outDir}`);
    return true;
  } catch (error) {
    console.error(describeBuildFailure(error, root));
    return false;
  }
}

/** `build [--out-dir folder]`; undefined (after saying why) for anything else. */
function parseBuildArgs(args: string[]): { outDir?: string } | undefined {
  if (args.length === 0) return {};
  if (args.length === 2 && args[0] === '--out-dir' && args[1]) return { outDir: resolve(args[1]) };
  console.error(`unknown option "${args.join(' ')}" — usage: cli.ts build [--out-dir folder]`);
  return undefined;
}

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'build': {
      const options = parseBuildArgs(process.argv.slice(3));
      if (!options) return 2;
      if (!(await checkSlides())) return 1;
      return (await buildSite(options.outDir)) ? 0 : 1;
    }
    case 'check':
      // The deck linter: parser checks, deck rules, then the slides in Chromium (src/check).
      return checkCommand(process.argv.slice(3), root);
    case 'pdf': {
      // Options first: a typo should not cost a build.
      const options = parsePdfArgs(process.argv.slice(3));
      if (!options) return 2;
      if (!(await checkSlides())) return 1;
      if (!(await buildSite())) return 1;
      return exportPdfs({ root, ...options });
    }
    default:
      console.error('usage: cli.ts build [--out-dir folder] | check [slides folder] [--no-browser] | pdf [--separate-fragments]');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
