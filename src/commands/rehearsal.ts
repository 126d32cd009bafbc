// `npm run rehearsal -- <record.json> [--apply] [deck folder]`: prints a rehearsal's planned
// against actual per arc and per slide (the deck's own summary, as text); with --apply writes the
// measured seconds to timings.yaml beside the slides, which the next build uses for data-timing.
// No slide file is ever written.

import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { eastAsianWidth } from 'get-east-asian-width';
import { parseRehearsalRecord, rehearsalTables, type RehearsalRecord } from '../client/rehearsal-record.js';
import { TIMINGS_FILE } from '../parse/model.js';
import { buildDeck } from '../pipeline.js';
import { readDeckSources } from '../node/read-sources.js';
import { deckFolder, PROJECT_ROOT, parseCommandArgs, UsageError } from './run-command.js';

export const REHEARSAL_USAGE = 'usage: npm run rehearsal -- <record.json> [--apply] [deck folder]';

const width = (text: string) => [...text].reduce((sum, ch) => sum + eastAsianWidth(ch.codePointAt(0)!), 0);

function clip(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (width(`${out}${ch}…`) > max) break;
    out += ch;
  }
  return `${out}…`;
}

/** Columns padded by display width (a Chinese character takes two). */
export function formatTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows].map((row) => row.map((cell) => clip(cell, 30)));
  const widths = header.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell + ' '.repeat(widths[i]! - width(cell)))
      .join('  ')
      .trimEnd();
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export function printRehearsal(record: RehearsalRecord): string {
  const tables = rehearsalTables(record);
  return [
    `排练结果${record.title ? `：${record.title}` : ''}${record.recordedAt ? `（${record.recordedAt}）` : ''}`,
    '',
    formatTable(tables.arcHeader, [...tables.arcRows, tables.total]),
    '',
    formatTable(tables.slideHeader, tables.slideRows),
  ].join('\n');
}

/** timings.yaml's text: one `id: seconds` line per slide the run spent at least a second on. */
export function timingsYaml(record: RehearsalRecord, file: string): string {
  const lines = record.slides.filter((s) => s.actual >= 1).map((s) => `${s.id}: ${Math.round(s.actual)}`);
  return [
    `# Seconds per slide measured in a rehearsal (${record.recordedAt || 'undated'}), written by`,
    `# npm run rehearsal -- ${file} --apply. The build uses them for each slide's data-timing (the pacing);`,
    '# delete a line to go back to the time estimated from the notes.',
    ...lines,
    '',
  ].join('\n');
}

async function apply(record: RehearsalRecord, recordFile: string, slidesDir: string, print: (line: string) => void): Promise<number> {
  const sources = await readDeckSources(slidesDir, PROJECT_ROOT);
  const ids = new Set(buildDeck(sources.config, sources.slides).rendered?.slides.map((s) => s.id) ?? []);
  if (ids.size === 0) {
    print(`${relative(PROJECT_ROOT, slidesDir) || '.'}: no slides found there, so nothing was applied`);
    return 1;
  }
  const known = record.slides.filter((s) => ids.has(s.id));
  const unknown = record.slides.filter((s) => !ids.has(s.id)).map((s) => s.id);
  if (unknown.length > 0)
    print(`warning: ${unknown.length} slide(s) of the record are not in the deck any more and are left out: ${unknown.join(', ')}`);
  const path = join(slidesDir, TIMINGS_FILE);
  await writeFile(path, timingsYaml({ ...record, slides: known }, recordFile));
  print(
    `wrote ${relative(PROJECT_ROOT, path)}: ${known.filter((s) => s.actual >= 1).length} slides; the next build paces them by this run`,
  );
  return 0;
}

export async function main(args: readonly string[], print: (line: string) => void = console.log): Promise<number> {
  const fileIndex = args.findIndex((word) => !word.startsWith('-'));
  if (fileIndex < 0) throw new UsageError('name the rehearsal record: the .json file the deck saved at the end of a rehearsal');
  const file = args[fileIndex]!;
  const { values, deckDir } = parseCommandArgs([...args.slice(0, fileIndex), ...args.slice(fileIndex + 1)], { apply: { type: 'boolean' } });
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    print(
      `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}) — give the path of the .json file the deck saved`,
    );
    return 1;
  }
  const record = parseRehearsalRecord(text);
  if ('error' in record) {
    print(`${file}: ${record.error} — give the .json file the deck saved at the end of a rehearsal (key T)`);
    return 1;
  }
  print(printRehearsal(record));
  if (!values.apply) return 0;
  print('');
  return apply(record, file, deckFolder(deckDir), print);
}

