// Rehearsal (key T, or `?rehearse`): times each slide over a run; at the end (T again) shows
// planned against actual per slide and per arc — tables and a bar chart — and saves the record as
// a JSON file (a blob link: no network) for `npm run rehearsal`.

import type { RevealApi } from 'reveal.js';
import { REHEARSAL_FORMAT, rehearsalTables, type RehearsalRecord } from './rehearsal-record.js';
import { formatDuration, SlideClock, timedSlides, type TimedSlide } from './slide-timing.js';

export const REHEARSAL_PARAM = 'rehearse';

interface Run {
  slides: TimedSlide[];
  clock: SlideClock;
  start: number;
  badge: HTMLElement;
  timer: number;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function table(caption: string, header: string[], rows: string[][], className: string): HTMLTableElement {
  const node = element('table', className);
  node.createCaption().textContent = caption;
  const head = node.createTHead().insertRow();
  for (const cell of header) head.append(element('th', '', cell));
  const body = node.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const cell of row) tr.insertCell().textContent = cell;
  }
  return node;
}

/** One row per slide: a grey bar for the plan, a coloured one for the run (red when over). */
function barChart(record: RehearsalRecord): HTMLElement {
  const chart = element('figure', 'rehearsal-chart');
  chart.append(element('figcaption', '', '每页用时：灰色为计划，彩色为实际'));
  const longest = Math.max(1, ...record.slides.flatMap((s) => [s.planned, s.actual]));
  record.slides.forEach((slide, i) => {
    const row = element('div', 'rehearsal-bar-row');
    row.title = `${i + 1}. ${slide.title}：计划 ${formatDuration(slide.planned)}，实际 ${formatDuration(slide.actual)}`;
    const planned = element('span', 'rehearsal-bar planned');
    planned.style.width = `${(slide.planned / longest) * 100}%`;
    const actual = element('span', `rehearsal-bar actual${slide.actual > slide.planned ? ' over' : ''}`);
    actual.style.width = `${(slide.actual / longest) * 100}%`;
    const bars = element('span', 'rehearsal-bars');
    bars.append(planned, actual);
    row.append(element('span', 'rehearsal-bar-label', String(i + 1)), bars);
    chart.append(row);
  });
  return chart;
}

function saveLink(record: RehearsalRecord): HTMLAnchorElement {
  const link = element('a', 'rehearsal-save', '保存为文件');
  const stamp = record.recordedAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  link.href = URL.createObjectURL(new Blob([`${JSON.stringify(record, null, 2)}\n`], { type: 'application/json' }));
  link.download = `rehearsal-${stamp}.json`;
  return link;
}

/** The summary over the deck: totals, the arcs, a bar chart and every slide. */
function showSummary(record: RehearsalRecord): void {
  document.querySelector('.rehearsal-summary')?.remove();
  const tables = rehearsalTables(record);
  const box = element('section', 'rehearsal-summary');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', '排练结果');
  const close = element('button', 'rehearsal-close', '关闭');
  close.type = 'button';
  close.addEventListener('click', () => box.remove());
  const actions = element('p', 'rehearsal-actions');
  actions.append(saveLink(record), close);
  box.append(
    element('h2', '', '排练结果'),
    element('p', 'rehearsal-total', `全场：计划 ${tables.total[2]}，实际 ${tables.total[3]}（${tables.total[4]}）`),
    actions,
    table('各部分', tables.arcHeader, [...tables.arcRows, tables.total], 'rehearsal-arcs'),
    barChart(record),
    table('每页', tables.slideHeader, tables.slideRows, 'rehearsal-slides'),
  );
  document.body.append(box);
}

function currentIndex(reveal: RevealApi): number {
  return reveal.getSlides().indexOf(reveal.getCurrentSlide());
}

export function setUpRehearsal(reveal: RevealApi, options: { defaultTiming: number; title: string }): void {
  let run: Run | undefined;
  const tick = () => {
    if (!run) return;
    const now = Date.now();
    const slide = run.clock.secondsOn(currentIndex(reveal), now);
    run.badge.firstChild!.textContent =
      `排练计时中 ${formatDuration((now - run.start) / 1000)} · 本页 ${formatDuration(slide)} · 按 T 结束`;
  };
  const start = () => {
    const slides = timedSlides(reveal, options.defaultTiming);
    const badge = element('div', 'rehearsal-badge');
    badge.setAttribute('role', 'status');
    const stop = element('button', '', '结束排练');
    stop.type = 'button';
    stop.addEventListener('click', () => finish());
    badge.append(element('span', ''), stop);
    document.body.append(badge);
    run = { slides, clock: new SlideClock(slides.length), start: Date.now(), badge, timer: window.setInterval(tick, 1000) };
    run.clock.enter(currentIndex(reveal), run.start);
    tick();
  };
  const finish = () => {
    if (!run) return;
    const now = Date.now();
    run.clock.close(now);
    window.clearInterval(run.timer);
    run.badge.remove();
    const { clock } = run;
    const slides = run.slides.map((s, i) => ({
      id: s.id,
      arc: s.arc,
      title: s.title,
      planned: s.planned,
      actual: Math.round(clock.spent[i]! * 10) / 10,
    }));
    run = undefined;
    showSummary({ format: REHEARSAL_FORMAT, version: 1, title: options.title, recordedAt: new Date(now).toISOString(), slides });
  };
  reveal.addKeyBinding({ keyCode: 84, key: 'T', description: '计时排练（再按一次结束）' }, () => (run ? finish() : start()));
  reveal.on('slidechanged', () => run?.clock.enter(currentIndex(reveal), Date.now()));
  if (new URLSearchParams(window.location.search).has(REHEARSAL_PARAM)) start();
}
