// `npm run present`'s words, and the presenting page it serves: the dist/ page's CSP moved to a
// header that lets it reach only its own server.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePresentArguments } from '../../src/commands/present.js';
import { UsageError } from '../../src/commands/run-command.js';
import { presentingPage } from '../../src/node/present-server.js';
import { PROJECT_ROOT } from '../_support/project.js';

describe('#parsePresentArguments', () => {
  it('takes a deck folder, --host, --port and --dist; serves the LAN on 8080 by default', () => {
    expect(parsePresentArguments([])).toEqual({
      slidesDir: join(PROJECT_ROOT, 'slides'),
      distDir: join(PROJECT_ROOT, 'dist'),
      host: '0.0.0.0',
      port: 8080,
    });
    expect(parsePresentArguments(['talk', '--host', '127.0.0.1', '--port', '0', '--dist', '/tmp/d'])).toMatchObject({
      slidesDir: join(process.cwd(), 'talk'),
      host: '127.0.0.1',
      port: 0,
      distDir: '/tmp/d',
    });
    expect(() => parsePresentArguments(['--port', 'x'])).toThrow(new UsageError('--port takes a port number, not "x"'));
  });
});

describe('#presentingPage', () => {
  it("moves the CSP to a header with connect-src 'self' and marks the page", () => {
    const html =
      "<head>\n<meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; connect-src 'none'; object-src 'none'\">\n</head>";
    const { html: page, policy } = presentingPage(html);
    expect(policy).toBe("default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'");
    expect(page).not.toContain('Content-Security-Policy');
    expect(page).toContain('<meta name="deck-present" content="">');
  });
});
