// The phone remote's link, on both ends: a WebSocket to the page's own server under its token
// path (only when `npm run present` served the page and marked it), carrying the token in every
// message; it reconnects when the server comes back.

/** True when `npm run present` served this page (it adds this marker; dist/ files have none). */
export function isPresented(): boolean {
  return document.querySelector('meta[name="deck-present"]') !== null;
}

/** The token: the first segment of the page's path (`/<token>/`). */
export function presentToken(): string {
  return decodeURIComponent(window.location.pathname.split('/')[1] ?? '');
}

export interface RemoteLink {
  send: (message: Record<string, unknown>) => void;
}

/** Opens the socket as `role`; `onMessage` gets each message from the server, `onStatus` the connection state. */
export function openRemoteLink(
  role: 'deck' | 'remote',
  onMessage: (message: Record<string, unknown>) => void,
  onStatus: (connected: boolean) => void = () => {},
  onOpen: () => void = () => {},
): RemoteLink {
  const token = presentToken();
  const url = new URL('ws', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  url.hash = '';
  let socket: WebSocket | undefined;
  const send = (message: Record<string, unknown>) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ ...message, token }));
  };
  const connect = () => {
    socket = new WebSocket(url.href);
    socket.addEventListener('open', () => {
      send({ type: 'hello', role });
      onStatus(true);
      onOpen();
    });
    socket.addEventListener('message', (event) => {
      try {
        onMessage(JSON.parse(String(event.data)) as Record<string, unknown>);
      } catch {
        // Not ours: ignore.
      }
    });
    socket.addEventListener('close', () => {
      onStatus(false);
      window.setTimeout(connect, 1000);
    });
  };
  connect();
  return { send };
}
