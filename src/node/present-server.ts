// The server of `npm run present`: the built deck (sirv) and a WebSocket relay (ws) between the
// presenting page and phone remotes, all under /<token>/ — a request or message without the
// token made at start is refused (403, or the socket closed) and moves nothing.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';

export interface PresentServerOptions {
  /** The built deck (index.html and assets/). */
  distDir: string;
  host: string;
  port: number;
  /** Made at random when not given. */
  token?: string;
}

export interface PresentServer {
  port: number;
  token: string;
  close: () => Promise<void>;
}

/** What the presenting page is told it may connect to: its own server, nothing else. */
export function presentingPolicy(policy: string): string {
  return policy.replace(/connect-src [^;]*/, "connect-src 'self'");
}

/** index.html for presenting: its CSP moves to a header allowing the WebSocket to this server; a marker tells the page to connect. */
export function presentingPage(html: string): { html: string; policy: string } {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">\s*/.exec(html);
  const policy = presentingPolicy(meta?.[1] ?? "default-src 'self'");
  const page = (meta ? html.replace(meta[0], '') : html).replace(
    /<meta charset="utf-8">/i,
    (charset) => `${charset}\n    <meta name="deck-present" content="">`,
  );
  return { html: page, policy };
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(response: ServerResponse): void {
  response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('forbidden\n');
}

interface Client {
  socket: WebSocket;
  role: 'deck' | 'remote' | undefined;
}

/** Relays commands from remotes to decks, and the deck's state to remotes; any message without the token closes its socket. */
function relay(wss: WebSocketServer, token: string): void {
  const clients = new Set<Client>();
  let lastState: string | undefined;
  let startedAt: number | undefined;
  const send = (role: Client['role'], data: string) => {
    for (const client of clients) if (client.role === role) client.socket.send(data);
  };
  wss.on('connection', (socket) => {
    const client: Client = { socket, role: undefined };
    clients.add(client);
    socket.on('close', () => clients.delete(client));
    socket.on('message', (raw) => {
      let message: { token?: unknown; type?: unknown; role?: unknown; action?: unknown; state?: unknown };
      try {
        message = JSON.parse(String(raw));
      } catch {
        socket.close(1008, 'bad message');
        return;
      }
      if (typeof message.token !== 'string' || !sameToken(message.token, token)) {
        socket.close(1008, 'wrong token');
        return;
      }
      if (message.type === 'hello' && (message.role === 'deck' || message.role === 'remote')) {
        client.role = message.role;
        if (client.role === 'deck') startedAt ??= Date.now();
        if (client.role === 'remote' && lastState) socket.send(lastState);
      } else if (message.type === 'command' && (message.action === 'next' || message.action === 'prev')) {
        send('deck', JSON.stringify({ type: 'command', action: message.action }));
      } else if (message.type === 'state' && client.role === 'deck') {
        lastState = JSON.stringify({ type: 'state', state: message.state, elapsed: (Date.now() - (startedAt ?? Date.now())) / 1000 });
        send('remote', lastState);
      }
    });
  });
}

export async function startPresentServer(options: PresentServerOptions): Promise<PresentServer> {
  const token = options.token ?? randomBytes(18).toString('base64url');
  const prefix = `/${token}/`;
  const files = sirv(options.distDir, { dev: true, etag: true });
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://deck');
    const segment = url.pathname.split('/')[1] ?? '';
    if (!sameToken(decodeURIComponent(segment), token) || !url.pathname.startsWith(prefix)) return refuse(response);
    const rest = url.pathname.slice(prefix.length - 1);
    if (rest === '/' || rest === '/index.html') {
      const { html, policy } = presentingPage(await readFile(join(options.distDir, 'index.html'), 'utf8'));
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy, 'cache-control': 'no-store' })
        .end(html);
      return;
    }
    request.url = `${rest}${url.search}`;
    files(request, response, () => {
      response.writeHead(404).end();
    });
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.writeHead(500).end());
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  relay(wss, token);
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://deck');
    // Another site's page in the same browser must not reach the relay, even with the token.
    const origin = request.headers.origin;
    const sameOrigin = !origin || new URL(origin).host === request.headers.host;
    if (url.pathname !== `${prefix}ws` || !sameOrigin) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    token,
    close: () =>
      new Promise((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
