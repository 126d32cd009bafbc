// The built deck served over HTTP by sirv (the static server `npm run present` uses), mounted under
// a sub-path to prove relative URLs; loopback only.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(dir: string, mount = '/talk/'): Promise<StaticServer> {
  // dev: read files on each request, so a test that rebuilds the folder sees the new files.
  const files = sirv(dir, { dev: true });
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(mount)) {
      response.writeHead(404).end();
      return;
    }
    request.url = `/${url.slice(mount.length)}`;
    files(request, response, () => {
      response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
