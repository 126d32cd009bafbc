// The speaker view (key S): our own Chinese page in a popup, kept in step with the audience
// window both ways through reveal.js's API (its events here, its postMessage API in the
// previews), re-attached after the audience page reloads (a dev reload) in the same tab.

import type { RevealApi, RevealState } from 'reveal.js';
import { buildSpeakerPage, type SpeakerPage } from './speaker-view-page.js';
import { arcPosition, formatClock, formatDuration, SlideClock, sum, timedSlides, type TimedSlide } from './slide-timing.js';

const WINDOW_NAME = 'deck-speaker-view';
const OPEN_KEY = 'deck:speaker-view-open';
const START_KEY = 'deck:speaker-view-start';
const SPENT_KEY = 'deck:speaker-view-spent';
/** 'auto' (fit the notes) or a size in px chosen with A−/A+; remembered across talks. */
const SIZE_KEY = 'deck:speaker-notes-size';
/** Auto fit stays within this readable range; longer notes scroll. */
const FIT_MAX = 32;
const FIT_MIN = 20;
const SIZE_MIN = 14;
const SIZE_MAX = 60;

type SizeSetting = 'auto' | number;

function storedSize(): SizeSetting {
  const raw = window.localStorage?.getItem(SIZE_KEY);
  const value = Number(raw);
  return raw !== null && raw !== 'auto' && Number.isFinite(value) && value >= SIZE_MIN && value <= SIZE_MAX ? value : 'auto';
}

/** Sets the notes' size: a chosen size as is; auto, the largest size in range that shows them whole. */
function fitNotes(page: SpeakerPage): void {
  const setting = storedSize();
  const box = page.notes;
  let size = typeof setting === 'number' ? setting : FIT_MAX;
  box.style.fontSize = `${size}px`;
  if (setting === 'auto') {
    while (size > FIT_MIN && box.scrollHeight > box.clientHeight) {
      size -= 1;
      box.style.fontSize = `${size}px`;
    }
  }
  page.sizeLabel.textContent = `备注字号 ${size}${setting === 'auto' ? '（自动）' : ''}`;
}

function changeSize(page: SpeakerPage, step: number | 'auto'): void {
  const shown = parseFloat(page.notes.style.fontSize) || FIT_MAX;
  const next = step === 'auto' ? 'auto' : String(Math.min(SIZE_MAX, Math.max(SIZE_MIN, shown + step)));
  window.localStorage?.setItem(SIZE_KEY, next);
  fitNotes(page);
}

interface Session {
  page: SpeakerPage;
  popup: Window;
  slides: TimedSlide[];
  clock: SlideClock;
  start: number;
}

function fragmentSteps(slide: HTMLElement): number {
  return new Set([...slide.querySelectorAll<HTMLElement>('.fragment')].map((f) => f.dataset.fragmentIndex)).size;
}

/** The captions of the two previews; `nextTitle` is the next slide's own title (the deck's text, not ours). */
function describeSteps(reveal: RevealApi, session: Session, index: number): { current: string; next: string; nextTitle: string } {
  const slide = reveal.getCurrentSlide();
  const steps = fragmentSteps(slide);
  const shown = (reveal.getIndices().f ?? -1) + 1;
  const current = steps > 0 ? `当前：第 ${shown} / ${steps} 步` : '当前';
  if (reveal.availableFragments().next) return { current, next: `下一步：本页第 ${shown + 1} / ${steps} 步`, nextTitle: '' };
  if (index < session.slides.length - 1) {
    const title = session.slides[index + 1]!.title;
    return { current, next: title ? '下一页：' : `下一页：第 ${index + 2} 页`, nextTitle: title };
  }
  return { current, next: '下一步：已是最后一页', nextTitle: '' };
}

/** Sends the previews their state: the current step, and the current step advanced once. */
function syncPreviews(reveal: RevealApi, page: SpeakerPage, target?: Window | null): void {
  const { indexh, indexv, indexf } = reveal.getState();
  const state: RevealState = { indexh, indexv, indexf, paused: false, overview: false };
  const send = (frame: HTMLIFrameElement, messages: object[]) => {
    if (target && frame.contentWindow !== target) return;
    for (const message of messages) frame.contentWindow?.postMessage(JSON.stringify(message), '*');
  };
  send(page.currentFrame, [{ method: 'setState', args: [state] }]);
  send(page.nextFrame, [
    { method: 'setState', args: [state] },
    { method: 'next', args: [] },
  ]);
}

function renderSlide(reveal: RevealApi, session: Session): void {
  const { page } = session;
  const index = reveal.getSlides().indexOf(reveal.getCurrentSlide());
  session.clock.enter(index, Date.now());
  window.sessionStorage?.setItem(SPENT_KEY, JSON.stringify(session.clock.spent));
  const notes = reveal.getSlideNotes() ?? '';
  page.notes.innerHTML = notes.trim() ? notes : '<p>本页没有备注。</p>';
  page.notes.scrollTop = 0;
  const steps = describeSteps(reveal, session, index);
  page.currentCaption.textContent = steps.current;
  const title = page.doc.createElement('span');
  title.dataset.deckText = '';
  title.textContent = steps.nextTitle;
  page.nextCaption.replaceChildren(steps.next, title);
  const arc = arcPosition(session.slides, index);
  page.arcName.textContent = arc.name || '（未分部分）';
  page.arcPosition.textContent = `本部分第 ${arc.position} / ${arc.count} 页`;
  page.talkPosition.textContent = `全场第 ${index + 1} / ${session.slides.length} 页`;
  syncPreviews(reveal, page);
  fitNotes(page);
  renderTimes(reveal, session);
}

function renderTimes(reveal: RevealApi, session: Session): void {
  const now = Date.now();
  const { page, slides, clock } = session;
  const index = Math.max(0, reveal.getSlides().indexOf(reveal.getCurrentSlide()));
  const elapsed = (now - session.start) / 1000;
  page.clock.textContent = formatClock(new Date(now));
  // Pacing as reveal.js's own speaker view: time left on this slide if every slide so far took its plan.
  const left = sum(slides.slice(0, index + 1).map((s) => s.planned)) - elapsed;
  const pace = left < 0 ? 'behind' : left < slides[index]!.planned ? 'on-track' : 'ahead';
  page.pacing.className = `sv-pacing ${pace}`;
  page.pacing.textContent = `本页剩余 ${formatDuration(left)}（${{ behind: '落后', 'on-track': '正常', ahead: '超前' }[pace]}）`;
  const arc = arcPosition(slides, index);
  const arcSpent = sum(arc.indices.map((i) => clock.secondsOn(i, now)));
  const arcPlanned = sum(arc.indices.map((i) => slides[i]!.planned));
  page.arcTime.textContent = `本部分 已用 ${formatDuration(arcSpent)} / 计划 ${formatDuration(arcPlanned)}`;
  page.talkTime.textContent = `全场 已用 ${formatDuration(elapsed)} / 计划 ${formatDuration(sum(slides.map((s) => s.planned)))}`;
}

/** Keys pressed in the speaker view move the audience deck (and so both windows). */
function onSpeakerKey(reveal: RevealApi, session: Session, event: KeyboardEvent): void {
  const actions: Record<string, () => void> = {
    ArrowRight: () => reveal.next(),
    ArrowDown: () => reveal.next(),
    PageDown: () => reveal.next(),
    ' ': () => reveal.next(),
    n: () => reveal.next(),
    ArrowLeft: () => reveal.prev(),
    ArrowUp: () => reveal.prev(),
    PageUp: () => reveal.prev(),
    p: () => reveal.prev(),
    Home: () => reveal.slide(0, 0, -1),
    End: () => reveal.slide(Number.MAX_SAFE_INTEGER),
    '+': () => changeSize(session.page, 2),
    '=': () => changeSize(session.page, 2),
    '-': () => changeSize(session.page, -2),
    '0': () => changeSize(session.page, 'auto'),
    b: () => reveal.togglePause(),
    '.': () => reveal.togglePause(),
    t: () => resetTimer(reveal, session),
  };
  const action =
    event.ctrlKey || event.metaKey || event.altKey ? undefined : actions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
  if (!action) return;
  event.preventDefault();
  action();
}

function resetTimer(reveal: RevealApi, session: Session): void {
  session.start = Date.now();
  window.sessionStorage?.setItem(START_KEY, String(session.start));
  session.clock = new SlideClock(session.slides.length);
  renderSlide(reveal, session);
}

function storedNumbers(key: string): number[] {
  try {
    const value: unknown = JSON.parse(window.sessionStorage?.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.map(Number) : [];
  } catch {
    return [];
  }
}

function attach(reveal: RevealApi, popup: Window, defaultTiming: number, title: string): Session {
  const page = buildSpeakerPage(popup.document, document, title);
  const slides = timedSlides(reveal, defaultTiming);
  const start = Number(window.sessionStorage?.getItem(START_KEY)) || Date.now();
  window.sessionStorage?.setItem(START_KEY, String(start));
  window.sessionStorage?.setItem(OPEN_KEY, 'true');
  const session: Session = { page, popup, slides, clock: new SlideClock(slides.length, storedNumbers(SPENT_KEY)), start };
  page.buttons.smaller.addEventListener('click', () => changeSize(page, -2));
  page.buttons.larger.addEventListener('click', () => changeSize(page, 2));
  page.buttons.fit.addEventListener('click', () => changeSize(page, 'auto'));
  page.buttons.reset.addEventListener('click', () => resetTimer(reveal, session));
  popup.document.addEventListener('keydown', (event) => onSpeakerKey(reveal, session, event));
  popup.addEventListener('resize', () => fitNotes(page));
  window.addEventListener('pagehide', () => popup.document.body.classList.add('sv-disconnected'));
  void popup.document.fonts?.ready.then(() => fitNotes(page));
  // A preview that finished loading reports `ready` (postMessageEvents): give it the state.
  popup.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes('"ready"')) return;
    syncPreviews(reveal, page, event.source as Window | null);
  });
  renderSlide(reveal, session);
  return session;
}

/** Whether this page may reach into `popup` (false for an old popup after a file:// page reloads). */
function reachable(popup: Window): boolean {
  try {
    return Boolean(popup.document);
  } catch {
    return false;
  }
}

/**
 * The speaker view left open before this page reloaded: over http (the dev server) it is still
 * ours and is rebuilt in place. A page from file:// gets a new opaque origin when it reloads and
 * may no longer reach it, so that one is closed and a new one opened (where the browser lets a
 * page open a window without a key press; elsewhere S opens it again). A window only opened now,
 * with nothing to re-attach, is closed.
 */
function reopenSpeakerWindow(onReady: (popup: Window) => void): void {
  const popup = window.open('', WINDOW_NAME);
  if (!popup) return;
  if (reachable(popup) && popup.document.documentElement.dataset.deckSpeaker) {
    onReady(popup);
    return;
  }
  popup.close();
  window.sessionStorage?.removeItem(OPEN_KEY);
  if (reachable(popup)) return;
  const reopen = (attempt: number) => {
    if (!popup.closed && attempt < 50) {
      window.setTimeout(() => reopen(attempt + 1), 50);
      return;
    }
    const fresh = window.open('', WINDOW_NAME, 'popup,width=1100,height=700');
    if (fresh && reachable(fresh)) onReady(fresh);
  };
  reopen(0);
}

/** Binds S to the speaker view; re-attaches to one left open before this page (re)loaded. */
export function setUpSpeakerView(reveal: RevealApi, options: { defaultTiming: number; title: string }): void {
  let session: Session | undefined;
  const open = () => {
    if (session && !session.popup.closed) {
      session.popup.focus();
      return;
    }
    const popup = window.open('', WINDOW_NAME, 'popup,width=1100,height=700');
    if (popup) session = attach(reveal, popup, options.defaultTiming, options.title);
  };
  reveal.addKeyBinding({ keyCode: 83, key: 'S', description: '演讲者视图' }, () => open());
  const update = () => session && !session.popup.closed && renderSlide(reveal, session);
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(type, update);
  window.setInterval(() => {
    if (!session) return;
    if (session.popup.closed) {
      session = undefined;
      window.sessionStorage?.removeItem(OPEN_KEY);
      window.sessionStorage?.removeItem(START_KEY);
      window.sessionStorage?.removeItem(SPENT_KEY);
    } else renderTimes(reveal, session);
  }, 1000);
  if (window.sessionStorage?.getItem(OPEN_KEY)) {
    reopenSpeakerWindow((popup) => {
      session = attach(reveal, popup, options.defaultTiming, options.title);
    });
  }
}
