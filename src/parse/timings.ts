// timings.yaml beside the slides: seconds per slide id measured in a rehearsal (written by
// `npm run rehearsal -- <file> --apply`), which the build uses for each slide's data-timing.

import { isMap, isScalar, type Node } from 'yaml';
import type { Report } from '../diagnostics.js';
import { TIMINGS_FILE, type DeckModel } from './model.js';
import type { SourceText } from './deck.js';
import { normaliseText } from './deck.js';
import { parseYaml } from './yaml-data.js';


export interface MeasuredTiming {
  seconds: number;
  line: number;
  column: number;
}

/** Slide id → measured seconds; each bad entry is reported at its file:line:column and left out. */
export function parseTimings(source: SourceText, report: Report): Map<string, MeasuredTiming> {
  const timings = new Map<string, MeasuredTiming>();
  const parsed = parseYaml(normaliseText(source.text), { file: source.path, line: 1, what: TIMINGS_FILE }, report);
  if (!parsed.ok || parsed.root === null || parsed.root === undefined) return timings;
  if (!isMap(parsed.root)) {
    report({
      file: source.path,
      ...parsed.positionOf(parsed.root),
      ruleId: 'timings',
      message: `${TIMINGS_FILE} must map slide ids to seconds`,
      hint: 'write one line per slide, e.g. "01-breakthrough-2: 45"',
    });
    return timings;
  }
  for (const pair of parsed.root.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    const id = isScalar(key) ? String(key.value) : '';
    const seconds = isScalar(value) ? value.value : undefined;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
      const got = isScalar(value) ? JSON.stringify(value.value) : 'nothing';
      report({
        file: source.path,
        ...parsed.positionOf(value ?? key),
        ruleId: 'timings',
        message: `the time of "${id}" in ${TIMINGS_FILE} must be a number of seconds above 0, got ${got}`,
        hint: 'write the seconds as a number, e.g. "45", or delete the line to use the time estimated from the notes',
      });
      continue;
    }
    timings.set(id, { seconds: Math.round(seconds), ...parsed.positionOf(key) });
  }
  return timings;
}

/** Gives each slide its measured seconds; an id no slide has is a warning at its line. */
export function applyTimings(model: DeckModel, timings: ReadonlyMap<string, MeasuredTiming>, file: string, report: Report): void {
  const slides = new Map(model.files.flatMap((f) => f.stacks.flat()).map((slide) => [slide.id, slide]));
  for (const [id, timing] of timings) {
    const slide = slides.get(id);
    if (slide) {
      slide.measuredSeconds = timing.seconds;
      continue;
    }
    // A slide removed or renamed since the rehearsal: its time no longer applies to anything.
    report({
      file,
      line: timing.line,
      column: timing.column,
      severity: 'warning',
      ruleId: 'timings',
      message: `no slide has the id "${id}", so its time is not used`,
      hint: 'delete the line, or rehearse again and apply the new record',
    });
  }
}
