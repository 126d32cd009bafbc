// `npm run dev -- <deck folder>`: the dev server serves the deck it is given, on 127.0.0.1.

import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseDevArguments } from '../../src/commands/dev.js';
import { UsageError } from '../../src/commands/run-command.js';
import { PROJECT_ROOT } from '../_support/project.js';

describe('#parseDevArguments', () => {
  it('takes a deck folder, --open and a port number', () => {
    expect(parseDevArguments([])).toEqual({ open: false });
    expect(parseDevArguments(['talk', '--open', '--port', '4000'])).toEqual({ slidesDir: 'talk', open: true, port: 4000 });
    expect(() => parseDevArguments(['--port', 'eighty'])).toThrow(new UsageError('--port takes a port number, not "eighty"'));
    expect(parseDevArguments(['--font-cache-dir', '/tmp/fonts'])).toEqual({ open: false, fontCacheDir: '/tmp/fonts' });
  });
});

describe('npm run dev', () => {
  it('serves the deck folder it is given', async () => {
    // Its own process group, so stopping it stops its children too; no colour codes (CI=true turns
    // them on), so the address prints as plain text.
    const child = spawn('node', ['src/commands/deck.mjs', 'dev', 'tests/fixtures/decks/small', '--port', '0'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, NO_COLOR: '1' },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
          if (found) resolve(found[0]);
        });
        child.on('exit', (code) => reject(new Error(`the dev server exited (${code}) before it printed its address:\n${output}`)));
      });
      const page = await (await fetch(url)).text();
      expect(page).toContain('<title>测试用的小演示</title>');
    } finally {
      process.kill(-child.pid!);
    }
  });
});
