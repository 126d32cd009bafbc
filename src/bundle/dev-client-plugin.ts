// The dev server's side of the pre-bundled client (dev-client.ts): index.html loads the one
// bundled module (its styles inline), the slides and fonts stay live modules it imports, and a
// change to a client source bundles it again and reloads the page.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import type { IndexHtmlTransformHook, Plugin, ViteDevServer } from 'vite';
import { devUrlOf, RESOLVED_FONTS_STYLE_ID, RESOLVED_ID } from './deck-modules.js';
import { bundleDevClient, loadDevClient, type DevClient } from './dev-client.js';

export interface DevClientPluginOptions {
  /** The client's folder (src/client: main.ts and what it imports); Vite's root. */
  clientDir: string;
  /** Where the bundle is cached. */
  cacheDir: string;
  /** The client already being looked up or bundled by the command, while Vite loads. */
  preloaded?: Promise<DevClient>;
}

const CLIENT_ID = '\0deck-client.js';
/** The bundle's address. */
export const DEV_CLIENT_URL = devUrlOf(CLIENT_ID);
/** The live modules the bundle imports (the dev server's font CSS is a script), asked for with it instead of after it has arrived. */
const LIVE_MODULE_IDS = [RESOLVED_ID, RESOLVED_FONTS_STYLE_ID];
const LIVE_MODULE_URLS = LIVE_MODULE_IDS.map(devUrlOf);

/** Vite's HMR client and the module it imports, as files (their ids in the module graph). */
const VITE_CLIENT_DIR = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'dist/client');
const VITE_CLIENT_FILES = ['client.mjs', 'env.mjs'].map((name) => join(VITE_CLIENT_DIR, name));
/** The client's env module, as the client imports it: asked for with the page instead of after the client has arrived. */
const VITE_ENV_URL = `/@fs${VITE_CLIENT_FILES[1]!.split(sep).join('/')}`;

/** How long after listening the modules are warmed up when no page was asked for. */
const WARM_UP_DELAY_MS = 100;

const RE_MAIN_SCRIPT = /<script type="module" src="\.\/main\.ts"><\/script>/;

/** The page's script tag for the bundle instead of main.ts, and its live modules preloaded; throws when the template lost it. */
export function withDevClientScript(html: string): string {
  if (!RE_MAIN_SCRIPT.test(html))
    throw new Error('the page template (src/client/index.html) has no <script type="module" src="./main.ts"> for the dev client');
  const preloads = [...LIVE_MODULE_URLS, VITE_ENV_URL].map((url) => `<link rel="modulepreload" href="${url}">`).join('\n    ');
  return html
    .replace('</head>', `  ${preloads}\n  </head>`)
    .replace(RE_MAIN_SCRIPT, `<script type="module" src="${DEV_CLIENT_URL}"></script>`);
}

/** The bundle's styles in the page's head, where the build links its style sheet: styled before the script runs. */
export function withDevClientStyles(html: string, css: string): string {
  // `</style` inside the CSS would end the element early; CSS has no other way to write it.
  const text = css.replace(/<\/style/gi, '<\\/style');
  return html.replace('</head>', () => `  <style data-deck-client>\n${text}\n</style>\n  </head>`);
}

/** Vite's HMR client, first in the head as Vite's own HTML processing puts it. */
export function withViteClient(html: string): string {
  return html.replace(/<head>/, '<head>\n    <script type="module" src="/@vite/client"></script>');
}

/** The page's hooks (the plugins' transformIndexHtml) in Vite's order: `pre`, then normal, then `post`. */
function pageHooks(server: ViteDevServer): IndexHtmlTransformHook[] {
  const stages: Record<'pre' | 'normal' | 'post', IndexHtmlTransformHook[]> = { pre: [], normal: [], post: [] };
  for (const plugin of server.config.plugins) {
    const hook = plugin.transformIndexHtml;
    if (!hook) continue;
    if (typeof hook === 'function') stages.normal.push(hook);
    else stages[hook.order ?? 'normal'].push(hook.handler);
  }
  return [...stages.pre, ...stages.normal, ...stages.post];
}

/**
 * The page, made by the plugins' hooks without Vite's HTML processing: the bundled page has no
 * module, style sheet or URL of its own for Vite to rewrite, and that processing's first run (its
 * HTML parser and CSS compiler loaded) is most of a first request's ~0.1 s. Undefined when a hook
 * answers with more than a page (tags for Vite to place): Vite's own processing then serves it.
 */
async function devPage(server: ViteDevServer, clientDir: string, originalUrl: string | undefined): Promise<string | undefined> {
  const filename = join(clientDir, 'index.html');
  let html = await readFile(filename, 'utf8');
  const context = { path: '/index.html', filename, server, originalUrl };
  for (const hook of pageHooks(server)) {
    const result = await hook.call(undefined as never, html, context);
    if (result === undefined) continue;
    if (typeof result !== 'string') return undefined;
    html = result;
  }
  return withViteClient(html);
}

const isPageRequest = (request: IncomingMessage) => {
  const path = (request.url ?? '').replace(/[?#].*$/, '');
  return (request.method === 'GET' || request.method === 'HEAD') && (path === '/' || path === '/index.html');
};

export function devClientPlugin(options: DevClientPluginOptions): Plugin[] {
  const clientDir = resolve(options.clientDir);
  let client = options.preloaded;
  let warmUp = () => {};
  const current = () => (client ??= loadDevClient(clientDir, options.cacheDir));
  return [
    {
      name: 'deck:dev-client',
      apply: 'serve',
      configureServer(server) {
        current().catch(() => undefined);
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
          if (!isPageRequest(request)) return next();
          devPage(server, clientDir, request.url).then((page) => {
            if (page === undefined) return next();
            response.writeHead(200, {
              ...server.config.server.headers,
              'Content-Type': 'text/html; charset=utf-8',
              'Cache-Control': 'no-cache',
            });
            response.end(request.method === 'HEAD' ? undefined : page, () => warmUp());
            // A hook that fails here fails in Vite's own processing too, which reports it.
          }, () => next());
        });
        // The bundle, the live modules and Vite's client are transformed before the browser asks
        // for them: once the page has gone out (the browser reads it meanwhile), or soon after the
        // server listens when no browser came yet.
        let warmedUp = false;
        warmUp = () => {
          if (warmedUp) return;
          warmedUp = true;
          for (const id of [CLIENT_ID, ...LIVE_MODULE_IDS, '/@vite/client']) void server.warmupRequest(id).catch(() => undefined);
        };
        server.httpServer?.once('listening', () => setTimeout(() => warmUp(), WARM_UP_DELAY_MS).unref());
      },
      resolveId(id) {
        return id === CLIENT_ID ? CLIENT_ID : undefined;
      },
      async load(id) {
        if (id !== CLIENT_ID) return undefined;
        // No source map: mapping ~190 KB character by character costs more than the bundle saves.
        return { code: (await current()).js, map: { mappings: '' } };
      },
      transform: {
        order: 'post',
        handler(code, id) {
          // Vite's own client, served without the source map Vite otherwise makes for it on every
          // request (~10–30 ms each, most of the time the page waits for it); nobody debugs it.
          return VITE_CLIENT_FILES.includes(id) ? { code, map: { mappings: '' } } : undefined;
        },
      },
      transformIndexHtml: { order: 'pre', handler: withDevClientScript },
      handleHotUpdate({ file, server }) {
        if (!resolve(file).startsWith(clientDir + sep)) return undefined;
        rebundle(server);
        return [];
      },
    },
    {
      // After Vite's HTML processing: the styles never go through its CSS pipeline a second time.
      name: 'deck:dev-client-styles',
      apply: 'serve',
      transformIndexHtml: { order: 'post', handler: async (html) => withDevClientStyles(html, (await current()).css) },
    },
  ];

  /** A client source changed: bundle again, then reload the page (a problem shows as the overlay). */
  function rebundle(server: ViteDevServer): void {
    client = bundleDevClient(clientDir, options.cacheDir);
    client.then(
      () => {
        const module = server.moduleGraph.getModuleById(CLIENT_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload', path: '*' });
      },
      (error: unknown) => {
        const message = `[deck] the dev client could not be bundled: ${error instanceof Error ? error.message : String(error)}`;
        server.config.logger.error(message, { timestamp: true });
        server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'deck:dev-client' } });
      },
    );
  }
}
