// The dev server's bundled client: one module with nothing left to import (the deck's settings are
// read from the page), its styles beside it, cached by the content of its sources and bundled
// again when one changes.

import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleDevClient, cachedDevClient, loadDevClient, type DevClient } from '../../src/bundle/dev-client.js';
import { DEV_CLIENT_URL, isLocalHost, withDevClientScript, withDevClientStyles } from '../../src/bundle/dev-client-plugin.js';
import { DECK_SETTINGS_ID, DECK_UPDATE_EVENT } from '../../src/client/client-deck.js';
import { copyClient, type ClientCopy } from '../_support/client-copy.js';

let copy: ClientCopy;
let client: DevClient;

beforeAll(async () => {
  copy = await copyClient();
  client = await bundleDevClient(copy.clientDir, copy.spareDir);
});

afterAll(async () => {
  await copy?.remove();
});

describe('#bundleDevClient', () => {
  it('bundles main.ts with reveal.js into one module that imports nothing, reads the deck from the page and takes the dev server’s updates', () => {
    // Nothing of Vite's: the page runs it before Vite has loaded.
    expect(client.js.match(/^import .*$/gm)).toBeNull();
    expect(client.js).not.toContain('import.meta.hot');
    expect(client.js).toContain(`document.getElementById("${DECK_SETTINGS_ID}")`);
    expect(client.js).toContain(`"${DECK_UPDATE_EVENT}"`);
    // reveal.js and the client's own modules are inside.
    expect(client.js).toContain('node_modules/reveal.js/dist/reveal.mjs');
    expect(client.js).toContain('function startPresentation()');
  });

  it('puts every style sheet of the client in its CSS, the theme’s @import included', async () => {
    const tokens = await readFile(join(copy.clientDir, 'theme/tokens.css'), 'utf8');
    const firstToken = /--[\w-]+/.exec(tokens)![0];
    expect(client.css).toContain('.reveal');
    expect(client.css).toContain(firstToken);
    expect(client.css).not.toContain('@import');
  });
});

describe('#cachedDevClient', () => {
  it('finds the bundle while its sources are unchanged, and not once one changed or a client file was added', async () => {
    expect(await cachedDevClient(copy.clientDir, copy.spareDir)).toEqual(client);
    const theme = join(copy.clientDir, 'theme.css');
    const original = await readFile(theme, 'utf8');
    await appendFile(theme, '\n.deck-test-marker { color: red; }\n');
    expect(await cachedDevClient(copy.clientDir, copy.spareDir)).toBeUndefined();
    const rebundled = await loadDevClient(copy.clientDir, copy.spareDir);
    expect(rebundled.css).toContain('.deck-test-marker');
    expect(await cachedDevClient(copy.clientDir, copy.spareDir)).toEqual(rebundled);
    await writeFile(join(copy.clientDir, 'new-part.ts'), 'export const part = 1;\n');
    expect(await cachedDevClient(copy.clientDir, copy.spareDir)).toBeUndefined();
    await writeFile(theme, original);
  });

  it('finds nothing in an empty cache folder', async () => {
    expect(await cachedDevClient(copy.clientDir, join(copy.spareDir, 'nothing-here'))).toBeUndefined();
  });
});

describe('#withDevClientScript', () => {
  it('loads the bundle instead of main.ts, asked for from the head', async () => {
    const page = withDevClientScript(await readFile(join(copy.clientDir, 'index.html'), 'utf8'));
    expect(page).toContain(`<script type="module" src="${DEV_CLIENT_URL}"></script>`);
    expect(page).not.toContain('main.ts');
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain(`<link rel="modulepreload" href="${DEV_CLIENT_URL}">`);
  });

  it('says what is missing when the template has no main.ts script', () => {
    expect(() => withDevClientScript('<html><head></head><body></body></html>')).toThrow(
      'the page template (src/client/index.html) has no <script type="module" src="./main.ts"> for the dev client',
    );
  });
});

describe('#withDevClientStyles', () => {
  it('puts the styles at the end of the head, unable to close their element early', () => {
    const page = withDevClientStyles('<html><head><title>t</title></head><body></body></html>', 'a::after { content: "</style><b>"; }');
    expect(page).toBe(
      '<html><head><title>t</title>  <style data-deck-client>\na::after { content: "<\\/style><b>"; }\n</style>\n  </head><body></body></html>',
    );
  });
});

describe('#isLocalHost', () => {
  it('takes an IP address, localhost and names under .localhost, as Vite does; not another name (DNS rebinding)', () => {
    for (const host of ['127.0.0.1:5173', 'localhost:5173', 'deck.localhost', '[::1]:5173', '192.168.1.5:5173', undefined])
      expect(isLocalHost(host), String(host)).toBe(true);
    for (const host of ['evil.example:5173', 'localhost.evil.example', 'example.com', 'a b']) expect(isLocalHost(host), host).toBe(false);
  });
});
