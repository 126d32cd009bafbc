// A rehearsal's record (the JSON file the deck saves) and its tables, planned against actual per
// slide and per arc: shared by the deck's summary and `npm run rehearsal`. No DOM, no Node.

import { formatDuration, sum } from './slide-timing.js';

export const REHEARSAL_FORMAT = 'deck-rehearsal';

export interface RehearsalSlide {
  id: string;
  arc: string;
  title: string;
  /** Seconds planned (the slide's data-timing when rehearsed). */
  planned: number;
  /** Seconds spent, to a tenth. */
  actual: number;
}

export interface RehearsalRecord {
  format: typeof REHEARSAL_FORMAT;
  version: 1;
  title: string;
  /** ISO time the run ended. */
  recordedAt: string;
  slides: RehearsalSlide[];
}

export interface ArcRow {
  arc: string;
  slides: number;
  planned: number;
  actual: number;
}

/** Arcs in the order they first appear, with their slides' planned and actual seconds summed. */
export function arcRows(slides: readonly RehearsalSlide[]): ArcRow[] {
  const rows = new Map<string, ArcRow>();
  for (const slide of slides) {
    const row = rows.get(slide.arc) ?? { arc: slide.arc, slides: 0, planned: 0, actual: 0 };
    row.slides += 1;
    row.planned += slide.planned;
    row.actual += slide.actual;
    rows.set(slide.arc, row);
  }
  return [...rows.values()];
}

/** `+0:12` / `-0:05`: actual minus planned. */
export function formatDifference(seconds: number): string {
  return Math.round(seconds) > 0 ? `+${formatDuration(seconds)}` : formatDuration(seconds);
}

export interface RehearsalTables {
  slideHeader: string[];
  slideRows: string[][];
  arcHeader: string[];
  arcRows: string[][];
  total: string[];
}

/** The summary as text cells, the same in the deck and in the terminal. */
export function rehearsalTables(record: RehearsalRecord): RehearsalTables {
  const cells = (planned: number, actual: number) => [formatDuration(planned), formatDuration(actual), formatDifference(actual - planned)];
  const planned = sum(record.slides.map((s) => s.planned));
  const actual = sum(record.slides.map((s) => s.actual));
  return {
    slideHeader: ['页', '部分', '标题', '计划', '实际', '差'],
    slideRows: record.slides.map((s, i) => [String(i + 1), s.arc, s.title, ...cells(s.planned, s.actual)]),
    arcHeader: ['部分', '页数', '计划', '实际', '差'],
    arcRows: arcRows(record.slides).map((a) => [a.arc, String(a.slides), ...cells(a.planned, a.actual)]),
    total: ['全场', String(record.slides.length), ...cells(planned, actual)],
  };
}

/** The record in a JSON text, or what is wrong with it. */
export function parseRehearsalRecord(text: string): RehearsalRecord | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const record = value as Partial<RehearsalRecord> | null;
  if (!record || typeof record !== 'object' || record.format !== REHEARSAL_FORMAT)
    return { error: `not a rehearsal record (no "format": "${REHEARSAL_FORMAT}")` };
  if (record.version !== 1) return { error: `rehearsal record version ${String(record.version)} is not known (this tool reads version 1)` };
  if (!Array.isArray(record.slides)) return { error: 'the record has no "slides" list' };
  for (const [i, slide] of record.slides.entries()) {
    const ok =
      slide && typeof slide.id === 'string' && Number.isFinite(slide.planned) && Number.isFinite(slide.actual) && slide.actual >= 0;
    if (!ok)
      return { error: `slide ${i + 1} in the record needs an "id", and "planned" and "actual" seconds (numbers, actual not negative)` };
  }
  return {
    format: REHEARSAL_FORMAT,
    version: 1,
    title: String(record.title ?? ''),
    recordedAt: String(record.recordedAt ?? ''),
    slides: record.slides.map((s) => ({
      id: s.id,
      arc: String(s.arc ?? ''),
      title: String(s.title ?? ''),
      planned: s.planned,
      actual: s.actual,
    })),
  };
}
