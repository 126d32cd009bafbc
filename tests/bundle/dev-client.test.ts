// The dev server's bundled client: one module that keeps the slides' hot updates, its styles
// beside it, cached by the content of its sources and bundled again when one changes.

import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleDevClient, cachedDevClient, loadDevClient, type DevClient } from '../../src/bundle/dev-client.js';
import { DEV_CLIENT_URL, withDevClientScript, withDevClientStyles, withViteClient } from '../../src/bundle/dev-client-plugin.js';
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
  it('bundles main.ts with reveal.js into one module that imports the live slides and fonts and accepts the slides’ updates', () => {
    expect(client.js).toMatch(/^import "virtual:deck-fonts\.css";$/m);
    expect(client.js).toMatch(/^import deck from "virtual:deck";$/m);
    // Kept through Vite's build (which would make it `undefined`): the in-place update of an edit.
    expect(client.js).toContain('import.meta.hot.accept("virtual:deck"');
    // reveal.js and the client's own modules are inside; no other import is left.
    expect(client.js).toContain('node_modules/reveal.js/dist/reveal.mjs');
    expect(client.js).toContain('function startPresentation()');
    expect(client.js.match(/^import .*$/gm)).toHaveLength(2);
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
  it('loads the bundle instead of main.ts and asks for the live modules with it', async () => {
    const page = withDevClientScript(await readFile(join(copy.clientDir, 'index.html'), 'utf8'));
    expect(page).toContain(`<script type="module" src="${DEV_CLIENT_URL}"></script>`);
    expect(page).not.toContain('main.ts');
    expect(page).toContain('<link rel="modulepreload" href="/@id/__x00__virtual:deck">');
    expect(page).toContain('<link rel="modulepreload" href="/@id/__x00__deck-fonts-style">');
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

describe('#withViteClient', () => {
  it('puts Vite’s HMR client first in the head, as Vite’s own HTML processing does', () => {
    expect(withViteClient('<html>\n  <head>\n    <meta charset="utf-8">\n  </head></html>')).toBe(
      '<html>\n  <head>\n    <script type="module" src="/@vite/client"></script>\n    <meta charset="utf-8">\n  </head></html>',
    );
  });
});
