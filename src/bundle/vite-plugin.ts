// deck:loader — the Vite plugin: serves the deck as `virtual:deck`, fills index.html, reports
// problems with file:line, and updates the open deck in place when a slide file changes.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { HmrContext, ModuleNode, Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../diagnostics.js';
import { buildDeck, type DeckBuild } from '../pipeline.js';
import type { ClientDeck } from '../client/client-deck.js';
import { fillIndexHtml, makeFileUrlSafe } from './index-html.js';
import { inlineDeckPage } from './single-file.js';
import { contentSecurityPolicy, speakerViewScript, withContentSecurityPolicy } from './content-security-policy.js';
import { readDeckSources } from '../node/read-sources.js';
import { deckText } from './deck-text.js';
import { checkImages, viteImageResolver } from './deck-images.js';
import { deckGlyphCoverage } from '../fonts/face-coverage.js';
import { FONT_FAMILY, fontFaceCss, subsetFonts } from '../fonts/subset-fonts.js';

export interface DeckPluginOptions {
  /** Folder of deck.yaml and the slide files. */
  slidesDir: string;
  /** Project root, for short paths in messages. */
  root: string;
}

const VIRTUAL_ID = 'virtual:deck';
const RESOLVED_ID = '\0virtual:deck';
const FONTS_ID = 'virtual:deck-fonts.css';
const RESOLVED_FONTS_ID = '\0deck-fonts.css';

function errorsOf(build: DeckBuild): Diagnostic[] {
  return build.diagnostics.filter((d) => d.severity === 'error');
}

/** One Error naming every problem; the first one's position is the error's location. */
type DeckError = Error & { id: string; loc: { file: string; line: number; column: number }; plugin: string };

function deckError(build: DeckBuild): DeckError {
  const errors = errorsOf(build);
  const first = errors[0]!;
  const lines = errors.map(formatDiagnostic);
  const error = new Error(`[deck] ${errors.length} problem${errors.length > 1 ? 's' : ''} in the slides:\n${lines.join('\n')}`);
  // A user's mistake is not a crash: no stack trace.
  error.stack = '';
  return Object.assign(error, { id: first.file, loc: { file: first.file, line: first.line, column: first.column }, plugin: 'deck:loader' });
}

/**
 * @font-face rules for the deck's text, fonts inlined as data: URLs — Chromium refuses font files
 * to pages opened from file://, and inlining serves the dev server, the build and PDFs alike.
 */
async function fontsCss(build: DeckBuild): Promise<string> {
  // The regular face draws everything; the bold face only the text set in bold (a fifth of it).
  const text = deckText(build);
  const subset = await subsetFonts({ 400: text.all, 700: text.bold }, { cacheDir: fontCacheDir() });
  return fontFaceCss(subset.family, subset.files, (file) => `data:font/woff2;base64,${Buffer.from(file.data).toString('base64')}`);
}

const SETTLE_MS = 60;

/** Subset fonts are cached here by character set; DECK_FONT_CACHE_DIR overrides (the bench's cold build). */
const fontCacheDir = () => resolve(process.env.DECK_FONT_CACHE_DIR || 'node_modules/.cache/deck-fonts');

export function deckPlugin(options: DeckPluginOptions): Plugin[] {
  const loader = deckLoaderPlugin(options);
  return [loader.plugin, fileUrlPlugin(async () => (await loader.load()).model?.config.slug)];
}

/**
 * Runs after Vite has put its script and style tags in the built page: makes the page open from
 * file://, then writes the single-file deck `<slug>.html` beside it.
 */
function fileUrlPlugin(slug: () => Promise<string | undefined>): Plugin {
  let outDir = '';
  return {
    name: 'deck:file-url',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withContentSecurityPolicy(makeFileUrlSafe(html), contentSecurityPolicy([speakerViewScript()])),
    },
    async closeBundle() {
      const name = await slug();
      if (!name) return;
      const read = (path: string) => {
        try {
          return readFileSync(join(outDir, path));
        } catch {
          return undefined;
        }
      };
      const { html, missing, inlineScripts } = inlineDeckPage(readFileSync(join(outDir, 'index.html'), 'utf8'), read);
      if (missing.length > 0) this.error(`[deck] the single-file deck could not inline: ${missing.join(', ')}`);
      const policy = contentSecurityPolicy([speakerViewScript(), ...inlineScripts]);
      writeFileSync(join(outDir, `${name}.html`), withContentSecurityPolicy(html, policy));
    },
  };
}

function deckLoaderPlugin(options: DeckPluginOptions): { plugin: Plugin; load: () => Promise<DeckBuild> } {
  const slidesDir = resolve(options.slidesDir);
  let current: Promise<DeckBuild> | undefined;
  let command: 'build' | 'serve' = 'serve';
  let htmlDir = options.root;
  let warned = new Set<string>();

  const load = () =>
    (current ??= readDeckSources(slidesDir, options.root).then(async (sources) => {
      const build = buildDeck(sources.config, sources.slides, { resolveImage: viteImageResolver(options.root, htmlDir, command), timings: sources.timings });
      return { ...build, diagnostics: [...build.diagnostics, ...checkImages(build, options.root), ...(await deckGlyphCoverage(build, sources, { projectRoot: options.root }))] };
    }));
  const isDeckFile = (file: string) => resolve(file).startsWith(slidesDir + sep);
  const logWarnings = (build: DeckBuild, log: (message: string) => void) => {
    const fresh = new Set(build.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic));
    for (const line of fresh) if (!warned.has(line)) log(line);
    warned = fresh;
  };

  async function onSlidesChanged(server: ViteDevServer): Promise<void> {
    current = undefined;
    const build = await load();
    const module = server.moduleGraph.getModuleById(RESOLVED_ID);
    const fontsModule = server.moduleGraph.getModuleById(RESOLVED_FONTS_ID);
    if (hasErrors(build.diagnostics)) {
      const error = deckError(build);
      server.config.logger.error(error.message, { timestamp: true });
      server.ws.send({ type: 'error', err: { message: error.message, stack: '', id: error.id, loc: error.loc, plugin: 'deck:loader' } });
      return;
    }
    logWarnings(build, (m) => server.config.logger.warn(m, { timestamp: true }));
    if (fontsModule) await server.reloadModule(fontsModule);
    if (module) await server.reloadModule(module);
  }

  const plugin: Plugin = {
    name: 'deck:loader',
    configResolved(config) {
      command = config.command;
      htmlDir = config.root;
    },
    async buildStart() {
      current = undefined;
      const build = await load();
      if (hasErrors(build.diagnostics)) this.error(deckError(build));
      logWarnings(build, (m) => this.warn(m));
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === FONTS_ID) return RESOLVED_FONTS_ID;
      return undefined;
    },
    async load(id) {
      if (id === RESOLVED_FONTS_ID) return fontsCss(await load());
      if (id !== RESOLVED_ID) return undefined;
      const build = await load();
      if (hasErrors(build.diagnostics) || !build.model || !build.rendered) this.error(deckError(build));
      const { config } = build.model!;
      const deck: ClientDeck = {
        html: command === 'serve' ? build.rendered!.html : '',
        width: config.size.width,
        height: config.size.height,
        title: config.title,
        fontFamily: FONT_FAMILY,
        defaultTiming: Math.round((config.duration * 60) / Math.max(1, build.rendered!.slides.length)),
      };
      return `export default ${JSON.stringify(deck)};`;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const build = await load();
        if (!build.model || !build.rendered) return html;
        return fillIndexHtml(html, build.model.config, build.rendered.html);
      },
    },
    configureServer(server) {
      server.watcher.add(slidesDir);
      // Editors save in bursts (create, write, rename): wait for the burst to settle, then
      // rebuild once, so a half-written file is never read as the new deck.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onFsEvent = (file: string) => {
        if (!isDeckFile(file)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void onSlidesChanged(server), SETTLE_MS);
      };
      server.watcher.on('add', onFsEvent);
      server.watcher.on('unlink', onFsEvent);
      server.watcher.on('change', onFsEvent);
    },
    handleHotUpdate(context: HmrContext): ModuleNode[] | void {
      // Slide files are handled by the watcher above; Vite itself has nothing to do for them.
      if (isDeckFile(context.file)) return [];
    },
  };
  return { plugin, load };
}
