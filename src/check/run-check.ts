// `npm run check`: the parser's checks, the deck rules on the rendered model, and — when the
// parser found no error, so the deck builds — the checks in real Chromium. Returns the findings;
// printing is the caller's.

import { dirname, join } from 'node:path';
import { ICON_FILE } from '../bundle/index-html.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { loadDeck } from '../node/load-deck.js';
import { listAssetFiles } from './asset-files.js';
import { checkInternalLinks, linkTargets } from './internal-links.js';
import { checkNotes } from './notes.js';
import { checkTalkLength } from './talk-length.js';
import { checkUnusedAssets, referencedFiles } from './unused-assets.js';

export interface CheckOptions {
  projectRoot: string;
  /** Folder of deck.yaml and the slides; its sibling `assets/` is checked for unused files. */
  slidesDir: string;
  /** Run the Chromium checks (skipped anyway while the parser reports errors: the deck would not build). */
  browser: boolean;
  /** Where subset fonts (and the faces' code points) are cached; default the project's. */
  fontCacheDir?: string;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Lines for the end of the report (the talk's length; why the browser checks did not run). */
  notes: string[];
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  // The checks here read the slides' text, notes, links and files, never their code's colours
  // (Chromium's checks build the deck themselves, coloured).
  const { sources, build, diagnostics } = await loadDeck(options.slidesDir, options.projectRoot, {
    highlightCode: false,
    fontCacheDir: options.fontCacheDir,
  });
  // The deck can be built (and so opened in Chromium) unless the parser found an error.
  const buildable = !hasErrors(diagnostics);
  const notes: string[] = [];
  if (build.model && build.rendered) {
    const { model, rendered } = build;
    const stackSizes = model.files.flatMap((file) => file.stacks.map((stack) => stack.length));
    const talk = checkTalkLength(rendered.totalSeconds, model.config, sources.config);
    const assets = await listAssetFiles(join(dirname(options.slidesDir), 'assets'), options.projectRoot);
    diagnostics.push(
      ...checkNotes(rendered.slides),
      ...checkInternalLinks(rendered.slides, linkTargets(rendered.slides, stackSizes)),
      ...checkUnusedAssets(
        assets,
        new Set([...referencedFiles(rendered.slides, options.projectRoot), join(options.projectRoot, ICON_FILE)]),
      ),
    );
    // A deck without slides has no talk to time (the parser already said so).
    if (rendered.slides.length > 0) {
      diagnostics.push(...talk.diagnostics);
      notes.push(talk.summary);
    }
  }
  if (options.browser && !buildable) {
    notes.push('checks in Chromium skipped: the deck cannot be built until the parser errors above are fixed');
  } else if (options.browser) {
    // Chromium, Vite and playwright-core are loaded only for the checks that use them.
    const { checkInBrowser } = await import('./browser-checks.js');
    diagnostics.push(
      ...(await checkInBrowser({
        projectRoot: options.projectRoot,
        slidesDir: options.slidesDir,
        configPath: sources.config.path,
        fontCacheDir: options.fontCacheDir,
      })),
    );
  }
  return { diagnostics: sortDiagnostics(diagnostics), notes };
}
