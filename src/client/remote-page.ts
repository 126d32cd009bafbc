// The phone remote (`?remote`, served by `npm run present`): large 上一页/下一页 buttons, the
// current slide's notes and the talk's timer; and the presenting page's end, which follows the
// remote's commands and reports where it is.

import type { RevealApi } from 'reveal.js';
import { openRemoteLink } from './remote-link.js';
import { formatClock, formatDuration } from './slide-timing.js';

const REMOTE_PARAM = 'remote';

export function isRemoteRequested(location: Location = window.location): boolean {
  return new URLSearchParams(location.search).has(REMOTE_PARAM);
}

/** What the presenting page tells the remotes after every step. */
export interface DeckPosition {
  index: number;
  total: number;
  title: string;
  notes: string[];
}

function deckPosition(reveal: RevealApi): DeckPosition {
  const slide = reveal.getCurrentSlide();
  const aside = slide.querySelector('aside.notes');
  const paragraphs = aside ? [...aside.querySelectorAll('p, li')].map((p) => p.textContent?.trim() ?? '').filter(Boolean) : [];
  return {
    index: reveal.getSlides().indexOf(slide),
    total: reveal.getTotalSlides(),
    title: slide.querySelector('h1, h2, h3')?.textContent?.trim() ?? '',
    notes: paragraphs.length > 0 ? paragraphs : [aside?.textContent?.trim() ?? ''].filter(Boolean),
  };
}

/** The presenting page's end: steps on the remote's command, reports each step. */
export function followRemote(reveal: RevealApi): void {
  const report = () => link.send({ type: 'state', state: deckPosition(reveal) });
  const link = openRemoteLink(
    'deck',
    (message) => {
      if (message.type !== 'command') return;
      if (message.action === 'next') reveal.next();
      else if (message.action === 'prev') reveal.prev();
    },
    undefined,
    report,
  );
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(type, report);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Replaces the page with the remote. */
export function showRemote(revealElement: HTMLElement): void {
  revealElement.remove();
  document.title = `遥控器 · ${document.title}`;
  const position = element('span', 'remote-position', '等待演示页…');
  const timer = element('span', 'remote-timer');
  const status = element('span', 'remote-status', '连接中…');
  const title = element('h1', 'remote-title');
  const notes = element('div', 'remote-notes');
  const prev = element('button', 'remote-prev', '上一页');
  const next = element('button', 'remote-next', '下一页');
  const buttons = element('nav', 'remote-buttons');
  buttons.append(prev, next);
  const head = element('header', 'remote-head');
  head.append(position, timer, status);
  const main = element('main', 'deck-remote');
  main.append(head, title, notes, buttons);
  document.body.append(main);

  let startedAt: number | undefined;
  const tick = () => {
    const clock = formatClock(new Date());
    timer.textContent = startedAt === undefined ? clock : `已讲 ${formatDuration((Date.now() - startedAt) / 1000)} · ${clock}`;
  };
  const link = openRemoteLink(
    'remote',
    (message) => {
      if (message.type !== 'state') return;
      const state = message.state as DeckPosition;
      startedAt = Date.now() - Number(message.elapsed ?? 0) * 1000;
      position.textContent = `第 ${state.index + 1} / ${state.total} 页`;
      title.textContent = state.title;
      notes.replaceChildren(...state.notes.map((text) => element('p', '', text)));
      main.dataset.index = String(state.index);
      tick();
    },
    (connected) => {
      status.textContent = connected ? '已连接' : '连接中断，正在重连…';
      main.classList.toggle('offline', !connected);
    },
  );
  prev.addEventListener('click', () => link.send({ type: 'command', action: 'prev' }));
  next.addEventListener('click', () => link.send({ type: 'command', action: 'next' }));
  tick();
  window.setInterval(tick, 1000);
}
