// The talk's slides as the speaker's tools see them (id, arc, title, planned seconds from
// data-timing), where an index sits in its arc, and a clock of the seconds spent on each slide.

import type { RevealApi } from 'reveal.js';

export interface TimedSlide {
  id: string;
  arc: string;
  title: string;
  /** Planned seconds: the slide's data-timing, else reveal.js's defaultTiming. */
  planned: number;
}

export interface ArcPosition {
  name: string;
  /** 1-based position of the slide within its arc. */
  position: number;
  count: number;
  /** Indices (into the slide list) of the arc's slides. */
  indices: number[];
}

/** Every leaf slide in presenting order (reveal.js's getSlides), with its planned time. */
export function timedSlides(reveal: RevealApi, defaultTiming: number): TimedSlide[] {
  return reveal.getSlides().map((slide) => ({
    id: slide.id,
    arc: slide.dataset.arc ?? '',
    title: slide.querySelector('h1, h2, h3')?.textContent?.trim() ?? '',
    planned: Number(slide.dataset.timing) > 0 ? Number(slide.dataset.timing) : defaultTiming,
  }));
}

/** The arc of slide `index`: consecutive slides with the same data-arc. */
export function arcPosition(slides: readonly TimedSlide[], index: number): ArcPosition {
  const name = slides[index]?.arc ?? '';
  let first = index;
  while (first > 0 && slides[first - 1]!.arc === name) first--;
  let last = index;
  while (last < slides.length - 1 && slides[last + 1]!.arc === name) last++;
  const indices = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return { name, position: index - first + 1, count: indices.length, indices };
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** `m:ss` (or `h:mm:ss`), with a minus sign for negative times. */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const total = Math.round(Math.abs(seconds));
  const s = String(total % 60).padStart(2, '0');
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`;
}

/** 24-hour wall clock, `HH:MM:SS`. */
export function formatClock(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** Seconds spent per slide index: `enter` closes the running slide's time and starts the next. */
export class SlideClock {
  readonly spent: number[];
  private current = -1;
  private since = 0;

  constructor(count: number, spent: readonly number[] = []) {
    this.spent = Array.from({ length: count }, (_, i) => spent[i] ?? 0);
  }

  enter(index: number, now: number): void {
    this.close(now);
    this.current = index;
    this.since = now;
  }

  /** Adds the running slide's time so far; the clock keeps running on it. */
  close(now: number): void {
    if (this.current >= 0 && this.current < this.spent.length) this.spent[this.current]! += Math.max(0, now - this.since) / 1000;
    this.since = now;
  }

  /** Seconds on slide `index` including the running interval. */
  secondsOn(index: number, now: number): number {
    const running = index === this.current ? Math.max(0, now - this.since) / 1000 : 0;
    return (this.spent[index] ?? 0) + running;
  }
}
