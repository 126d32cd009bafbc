// deck:loader — the Vite plugin: serves the deck as `virtual:deck`, fills index.html (in a build
// only after Vite is done, which then bundles the same client for every deck; in the dev server
// with the deck in it), reports problems with file:line, and in the dev server watches the slides
// (dev-watch.ts), whose edits update the open deck in place.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HmrContext, ModuleNode, Plugin, Rolldown } from 'vite';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../diagnostics.js';
import { deckError } from './deck-error.js';
import { deckSettingsElement, devDeckOf, keyOf } from './deck-settings.js';
import { type DevDeckSource, isInsideFolder, watchSlides } from './dev-watch.js';
import type { DeckConfig } from '../parse/model.js';
import { dataUrl } from '../node/data-url.js';
import { loadDeck, preloadRenderer } from '../node/load-deck.js';
import type { DeckBuild } from '../pipeline.js';
import { fillPageShell, ICON_FILE } from './index-html.js';
import { deckText } from '../fonts/deck-text.js';
import { resolveRawImages, viteImageResolver, type CarriedFiles } from '../node/deck-files.js';
import { atomicOutDirPlugin } from './atomic-out-dir.js';
import { finishDeckPages } from './deck-page.js';
import { addFontsToStyleSheet } from './style-sheet.js';
import { pageSettingsPlugin } from './deck-modules.js';
import { devDeckPage, devProblemPage } from './dev-page.js';
import { characterSets } from '../fonts/character-set.js';
import { defaultFontCacheDir } from '../fonts/font-cache.js';
import { fontFaceCss } from '../fonts/font-face-css.js';
import { subsetFonts } from '../fonts/subset-fonts.js';
import { createSlideMemo, type SlideMemo } from '../render/slide-memo.js';

export interface DeckPluginOptions {
  /** Folder of deck.yaml and the slide files. */
  slidesDir: string;
  /** Project root, for short paths in messages. */
  root: string;
  /** Where subset fonts are cached by character set; default `<root>/node_modules/.cache/deck-fonts`. */
  fontCacheDir?: string;
  /**
   * The deck as the command already loaded it — the build for its check (loadBuildDeck), the dev
   * server while Vite was still loading: the first load takes it instead of reading and rendering
   * every slide a second time.
   */
  preloaded?: PluginDeck | Promise<PluginDeck>;
  /** Build only: given Vite's own files (before the deck is finished in them), e.g. to keep them for the next build. */
  onViteOutput?: (files: BuildFiles) => void;
}

/** A deck as the plugin uses it: built, every finding in `diagnostics`, raw HTML's images resolved; the files a build carries. */
export interface PluginDeck {
  build: DeckBuild;
  carried: CarriedFiles;
  /** The deck's font CSS when its subsetting was started ahead of Vite (so the two overlap). */
  fontsCss?: Promise<string>;
  /** The slides as rendered, for the next render (the dev server's), when it was loaded with a memo. */
  slideMemo?: SlideMemo;
}

/** Reads and builds the deck in `slidesDir` as the plugin does for `command` (images served, or carried into the build). */
export async function loadPluginDeck(
  options: {
    slidesDir: string;
    root: string;
    fontCacheDir?: string;
    glyphs?: Diagnostic['severity'];
    onRendered?: (build: DeckBuild) => void;
    slideMemo?: SlideMemo;
  },
  command: 'build' | 'serve',
): Promise<PluginDeck> {
  const carried: CarriedFiles = new Map();
  const resolveImage = viteImageResolver(options.root, options.slidesDir, command, carried);
  const { build, diagnostics } = await loadDeck(options.slidesDir, options.root, {
    resolveImage,
    fontCacheDir: options.fontCacheDir,
    glyphs: options.glyphs,
    resolverName: `vite ${command}`,
    onRendered: options.onRendered,
    slideMemo: options.slideMemo,
  });
  const rendered = build.rendered && {
    ...build.rendered,
    html: resolveRawImages(build.rendered.html, build.rendered.slides, resolveImage),
  };
  return { build: { ...build, rendered, diagnostics }, carried, ...(options.slideMemo ? { slideMemo: options.slideMemo } : {}) };
}

/** The deck's icon, from the project's `assets/`: inlined, so it shows from file:// and in the single file too. */
export function deckIcon(projectRoot: string): string | undefined {
  const path = join(projectRoot, ICON_FILE);
  return existsSync(path) ? dataUrl(path, readFileSync(path)) : undefined;
}


/**
 * @font-face rules for the deck's text, fonts inlined as data: URLs — Chromium refuses font files
 * to pages opened from file://, and inlining serves the dev server, the build and PDFs alike.
 */
export async function fontsCss(build: DeckBuild, fontCacheDir: string): Promise<string> {
  // The regular face draws everything; the bold face only the text set in bold (a fifth of it).
  const text = deckText(build);
  const subset = await subsetFonts({ 400: text.all, 700: text.bold }, { cacheDir: fontCacheDir });
  return fontFaceCss(subset.family, subset.files, (file) => `data:font/woff2;base64,${Buffer.from(file.data).toString('base64')}`);
}

/** How long after the dev server listens the renderer is loaded: once the first page is up, before a first edit. */
const RENDERER_PRELOAD_DELAY_MS = 2000;

/** The characters each weight's subset must have for the deck in `build`. */
const fontNeeds = (build: DeckBuild): string[] => {
  const text = deckText(build);
  const sets = characterSets({ 400: text.all, 700: text.bold });
  return [sets[400], sets[700]];
};

/** True when the fonts subset for `loaded` draw every character of `needed` (a character removed needs no new font). */
const fontsCover = (loaded: readonly string[] | undefined, needed: readonly string[]) =>
  loaded !== undefined && needed.every((set, i) => [...set].every((ch) => loaded[i]!.includes(ch)));

/** The longest file name common file systems allow (ext4, APFS, NTFS: 255). */
const MAX_FILE_NAME_BYTES = 255;

export function deckPlugin(options: DeckPluginOptions): Plugin[] {
  // `virtual:deck` reads the settings from the page: the built one and the dev server's both carry the deck.
  return [...deckLoaderPlugin(options), pageSettingsPlugin(), atomicOutDirPlugin()];
}

/** deck.yaml's opt-in for scripts in slides (validated by the parser). */
const allowsScripts = (config: DeckConfig) => (config as DeckConfig & { allowScripts?: boolean }).allowScripts === true;

/** The files of a build by their path in the output folder. */
export type BuildFiles = Map<string, string | Uint8Array>;

/** What finishes Vite's files into the deck, besides the deck itself. */
export interface DeckFinish {
  /** The deck's @font-face rules (fontsCss). */
  fontsCss: string;
  /** The deck's icon as a data: URL (deckIcon), if it has one. */
  icon: string | undefined;
}

/**
 * Build only, after Vite is done: the deck's output files from Vite's (`vite`, read only) — the
 * page shell filled from deck.yaml, the deck's settings and slides put in, the fonts put in front
 * of the style sheet (which gets a name of its own), the single-file deck `<slug>.html` and the
 * slides' images; Vite's script as it is. Or why the deck cannot be finished.
 */
export function finishViteOutput(
  vite: ReadonlyMap<string, string | Uint8Array>,
  build: DeckBuild,
  carried: CarriedFiles,
  finish: DeckFinish,
): BuildFiles | { error: string } {
  const vitePage = vite.get('index.html');
  const { model, rendered } = build;
  if (vitePage === undefined || !model || !rendered)
    return { error: '[deck] Vite wrote no index.html: the page template (src/client/index.html) is missing or was renamed' };
  const read = (path: string) => {
    const file = vite.get(path);
    return file === undefined ? undefined : typeof file === 'string' ? Buffer.from(file) : file;
  };
  const shell = fillPageShell(String(typeof vitePage === 'string' ? vitePage : Buffer.from(vitePage)), model.config, finish.icon);
  const styled = addFontsToStyleSheet(shell.replace('</head>', () => `  ${deckSettingsElement(build)}\n  </head>`), read, finish.fontsCss);
  if ('error' in styled) return styled;
  const readStyled = (path: string) => (path === styled.fileName ? styled.css : read(path));
  const pages = finishDeckPages({
    vitePage: styled.page,
    slidesHtml: rendered.html,
    allowScripts: allowsScripts(model.config),
    carried,
    read: readStyled,
  });
  const fileName = `${model.config.slug}.html`;
  if (Buffer.byteLength(fileName) > MAX_FILE_NAME_BYTES) {
    return {
      error: `[deck] the single-file deck's name "${fileName.slice(0, 40)}…" is ${Buffer.byteLength(fileName)} bytes long, over the ${MAX_FILE_NAME_BYTES} a file name may have — shorten "slug" in deck.yaml`,
    };
  }
  if (pages.missing.length > 0) return { error: `[deck] the single-file deck could not inline: ${pages.missing.join(', ')}` };
  const files: BuildFiles = new Map(vite);
  files.delete(styled.replaced);
  for (const [name, content] of [...carried, [styled.fileName, styled.css] as const]) files.set(name, content);
  return files.set('index.html', pages.indexHtml).set(fileName, pages.singleFileHtml);
}

/** Vite's files in a bundle, as they will be written. */
function viteFilesOf(bundle: Rolldown.OutputBundle): BuildFiles {
  const files: BuildFiles = new Map();
  for (const [path, file] of Object.entries(bundle)) files.set(path, file.type === 'asset' ? file.source : file.code);
  return files;
}

/** Finishes the deck in the bundle (see finishViteOutput), so its files are written, atomically, with the rest. */
function finishBundle(
  context: Rolldown.PluginContext,
  bundle: Rolldown.OutputBundle,
  build: DeckBuild,
  carried: CarriedFiles,
  finish: DeckFinish,
  onViteOutput?: (files: BuildFiles) => void,
): void {
  const vite = viteFilesOf(bundle);
  const finished = finishViteOutput(vite, build, carried, finish);
  if (!(finished instanceof Map)) {
    context.error(finished.error);
    return;
  }
  onViteOutput?.(vite);
  for (const fileName of Object.keys(bundle)) if (!finished.has(fileName)) delete bundle[fileName];
  for (const [fileName, source] of finished) {
    const file = bundle[fileName];
    if (file?.type === 'chunk') continue;
    if (file) file.source = source;
    else context.emitFile({ type: 'asset', fileName, source });
  }
}

function deckLoaderPlugin(options: DeckPluginOptions): Plugin[] {
  const slidesDir = resolve(options.slidesDir);
  const fontCacheDir = resolve(options.fontCacheDir ?? defaultFontCacheDir(options.root));
  let current: Promise<DeckBuild> | undefined;
  let command: 'build' | 'serve' = 'serve';
  let carried: CarriedFiles = new Map();
  let warned = new Set<string>();
  let preloaded = options.preloaded;
  // The dev server renders the deck again on every edit: the slides not edited come from here
  // (from the command's first render too, when it was given one).
  let slideMemo = createSlideMemo();

  /** The font CSS of each deck state, made once: the dev server starts it as soon as the deck is loaded. */
  const fonts = new WeakMap<DeckBuild, Promise<string>>();
  const fontsOf = (build: DeckBuild) => {
    const known = fonts.get(build);
    if (known) return known;
    const css = fontsCss(build, fontCacheDir);
    fonts.set(build, css);
    return css;
  };

  const load = () =>
    (current ??= (async () => {
      // The deck the command loaded first is this deck; used once (an edit or a watch rebuild reads again).
      const deck =
        (await preloaded) ??
        (await loadPluginDeck({ slidesDir, root: options.root, fontCacheDir, slideMemo: command === 'serve' ? slideMemo : undefined }, command));
      preloaded = undefined;
      if (deck.slideMemo) slideMemo = deck.slideMemo;
      // Fonts the command already started cutting for this deck (a build on a miss of Vite's kept files).
      if (deck.fontsCss) fonts.set(deck.build, deck.fontsCss);
      carried = deck.carried;
      return deck.build;
    })());
  const logWarnings = (build: DeckBuild, log: (message: string) => void) => {
    const fresh = new Set(build.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic));
    for (const line of fresh) if (!warned.has(line)) log(line);
    warned = fresh;
  };

  // The dev server's fonts: those of the deck they were last cut for, while they draw every
  // character the deck has now (most edits bring none; a character removed needs no new fonts).
  // Looked up once a render: the page, each page's hello and the watcher ask for the same deck.
  let pageFonts: { needs: string[]; fonts: Promise<{ css: string; key: string }> } | undefined;
  const devFonts = new WeakMap<DeckBuild, Promise<{ css: string; key: string }>>();
  const devSource: DevDeckSource = {
    load,
    reload: () => {
      current = undefined;
      return load();
    },
    fonts(build) {
      let known = devFonts.get(build);
      if (!known) {
        const needs = fontNeeds(build);
        if (!pageFonts || !fontsCover(pageFonts.needs, needs))
          pageFonts = { needs, fonts: fontsOf(build).then((css) => ({ css, key: keyOf(css) })) };
        known = pageFonts.fonts;
        devFonts.set(build, known);
      }
      return known;
    },
  };

  const loader: Plugin = {
    name: 'deck:loader',
    configResolved(config) {
      command = config.command;
    },
    async buildStart() {
      // A build (and each watch rebuild) reads the slides afresh; the dev server keeps the deck its
      // watcher loaded at start (configureServer) and reloads it on every change.
      if (command === 'build') current = undefined;
      const build = await load();
      if (hasErrors(build.diagnostics)) this.error(deckError(build));
      logWarnings(build, (m) => this.warn(m));
      // The page needs the fonts next: subsetting (cached) and inlining start before it asks.
      if (command === 'serve') devSource.fonts(build).catch(() => undefined);
    },
    transformIndexHtml: {
      // The dev server's page gets deck.yaml's shell before Vite reads it (a build's, once Vite is
      // done). The slides never pass through Vite's HTML processing, which would bundle a
      // <script type="module"> written in a slide.
      order: 'pre',
      async handler(html) {
        if (command === 'build') return html;
        const build = await load();
        return build.model ? fillPageShell(html, build.model.config, deckIcon(options.root)) : html;
      },
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const build = await load();
        const finish = { fontsCss: await fontsOf(build), icon: deckIcon(options.root) };
        finishBundle(this, bundle, build, carried, finish, options.onViteOutput);
      },
    },
    configureServer(server) {
      // The renderer is loaded once the page is up, not by the first edit (in middleware mode the
      // dev command's own server listened before Vite was made).
      const preload = () => setTimeout(preloadRenderer, RENDERER_PRELOAD_DELAY_MS).unref();
      if (server.httpServer) server.httpServer.once('listening', preload);
      else preload();
      watchSlides(server, slidesDir, devSource, logWarnings);
    },
    handleHotUpdate(context: HmrContext): ModuleNode[] | undefined {
      // Slide files are handled by the watcher above; Vite itself has nothing to do for them.
      return isInsideFolder(slidesDir, context.file) ? [] : undefined;
    },
  };
  const page: Plugin = {
    // After Vite's HTML processing, which never sees the deck: the dev page carries it (dev-page.ts).
    name: 'deck:dev-page',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const build = await load();
        if (hasErrors(build.diagnostics) || !build.model || !build.rendered) return devProblemPage(build.model?.config.title ?? 'deck');
        const { settings, key } = devDeckOf(build);
        const { html: slidesHtml, ...rest } = settings;
        return devDeckPage(html, { settings: rest, key, slidesHtml, fonts: await devSource.fonts(build) });
      },
    },
  };
  return [loader, page];
}

