// timings.yaml: measured seconds per slide id become the slides' data-timing; bad entries are
// reported at their file:line:column and the estimate from the notes is kept.

import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { buildDeck } from '../../src/pipeline.js';

const CONFIG = { path: 'slides/deck.yaml', text: 'title: 题\nauthor: 讲者\n' };
const SLIDES = [
  {
    path: 'slides/01-a.md',
    text: '## 一\n\nNote:\n一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十\n\n---\n\n<!-- .slide: data-timing="99" -->\n\n## 二\n\n---\n\n## 三\n\nNote:\n短\n',
  },
];
const timingOf = (html: string, id: string) => new RegExp(`id="${id}"[^>]*data-timing="(\\d+)"`).exec(html)?.[1];

describe('timings.yaml', () => {
  it('sets data-timing from the measured seconds; a data-timing the slide sets itself still wins', () => {
    const before = buildDeck(CONFIG, SLIDES).rendered!.html;
    expect(timingOf(before, '01-a-1')).toBe('8');
    const after = buildDeck(CONFIG, SLIDES, { timings: { path: 'slides/timings.yaml', text: '01-a-1: 42\n01-a-2: 7\n01-a-3: 12.4\n' } });
    expect(after.diagnostics).toEqual([]);
    expect(timingOf(after.rendered!.html, '01-a-1')).toBe('42');
    expect(timingOf(after.rendered!.html, '01-a-2')).toBe('99');
    expect(timingOf(after.rendered!.html, '01-a-3')).toBe('12');
  });

  it('reports a file that is not a mapping, bad YAML and bad seconds at file:line:column', () => {
    const messages = (text: string) =>
      buildDeck(CONFIG, SLIDES, { timings: { path: 'slides/timings.yaml', text } }).diagnostics.map(formatDiagnostic);
    expect(messages('- 01-a-1\n')).toEqual([
      'slides/timings.yaml:1:1: timings.yaml must map slide ids to seconds — write one line per slide, e.g. "01-breakthrough-2: 45"',
    ]);
    expect(messages('01-a-1: [1\n')[0]).toMatch(/^slides\/timings\.yaml:\d+:\d+: invalid YAML in timings\.yaml: /);
    expect(messages('01-a-1: 42\n01-a-3: -5\n')).toEqual([
      'slides/timings.yaml:2:9: the time of "01-a-3" in timings.yaml must be a number of seconds above 0, got -5 — write the seconds as a number, e.g. "45", or delete the line to use the time estimated from the notes',
    ]);
    expect(messages('')).toEqual([]);
  });
});
