// `npm run present [deck folder] [--host H] [--port N] [--dist D]`: serves the built deck on the
// local network (building it first when dist/ is missing or older than the slides) and prints
// the presenting page's address and the phone remote's, with a QR code of the remote's. Both
// carry a random token made now; nothing reaches the deck without it.

import { readdir, stat } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import { checkBeforeBuild } from './build.js';
import { deckFolder, parseCommandArgs, PROJECT_ROOT, UsageError } from './run-command.js';

export const PRESENT_USAGE = 'usage: npm run present -- [deck folder] [--host 0.0.0.0] [--port 8080] [--dist dist]';

export interface PresentArguments {
  slidesDir: string;
  distDir: string;
  host: string;
  port: number;
}

export function parsePresentArguments(args: readonly string[]): PresentArguments {
  const { values, deckDir } = parseCommandArgs(args, { host: { type: 'string' }, port: { type: 'string' }, dist: { type: 'string' } });
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UsageError(`--port takes a port number, not "${values.port}"`);
  return {
    slidesDir: deckFolder(deckDir),
    distDir: values.dist === undefined ? join(PROJECT_ROOT, 'dist') : resolve(values.dist),
    host: values.host ?? '0.0.0.0',
    port,
  };
}

async function newestChange(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const times = await Promise.all(names.map(async (name) => (await stat(join(dir, name))).mtimeMs));
  return Math.max(0, ...times);
}

/** Builds into `distDir` when it has no index.html or one older than a file of the deck; false when the slides have errors. */
async function buildIfNeeded(slidesDir: string, distDir: string): Promise<boolean> {
  const built = await stat(join(distDir, 'index.html')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built > (await newestChange(slidesDir))) return true;
  console.log(built ? 'the slides changed since the last build: building…' : 'no build yet: building…');
  if (!(await checkBeforeBuild(slidesDir))) return false;
  const [{ build }, { deckViteConfig }] = await Promise.all([import('vite'), import('../bundle/vite-config.js')]);
  await build({ ...deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir: distDir }), configFile: false, logLevel: 'warn' });
  return true;
}

/** The address a phone on the same network can reach: the first IPv4 of a network card, else loopback. */
function lanAddress(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host;
  const cards = Object.values(networkInterfaces()).flat();
  return cards.find((card) => card && card.family === 'IPv4' && !card.internal)?.address ?? '127.0.0.1';
}

export async function main(args: readonly string[]): Promise<number> {
  const options = parsePresentArguments(args);
  if (!(await buildIfNeeded(options.slidesDir, options.distDir))) return 1;
  const { startPresentServer } = await import('../node/present-server.js');
  const server = await startPresentServer({ distDir: options.distDir, host: options.host, port: options.port });
  const local = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  const remote = `http://${lanAddress(options.host)}:${server.port}/${server.token}/?remote`;
  console.log(`presenting page (open on this computer): http://${local}:${server.port}/${server.token}/`);
  console.log(`phone remote (scan, or open on the phone): ${remote}`);
  console.log(renderUnicodeCompact(remote, { border: 2 }));
  console.log(
    'Anyone with this address controls the deck: the phone must be on the same network, keep the address (its token) to yourself. Ctrl+C stops.',
  );
  return new Promise<number>((resolveExit) => {
    const stop = () => void server.close().then(() => resolveExit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
