// Reading a PDF the way a reader's tools do: poppler-utils (pdfinfo, pdffonts, pdftotext,
// pdftoppm) and qpdf, installed by the test set-up.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** pdfinfo's `Key: value` lines. */
export function pdfInfo(path: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [path])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!.trim()]),
  );
}

/** Page size in points, from pdfinfo's `Page size: 997.92 x 561.12 pts`. */
export function pageSize(path: string): { width: number; height: number } {
  const m = /([\d.]+) x ([\d.]+) pts/.exec(pdfInfo(path)['Page size'] ?? '');
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** pdffonts' table; columns are read from the dashed rule under the header. */
export function pdfFonts(path: string, page?: number): PdfFont[] {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const [, rule = '', ...rows] = run('pdffonts', [...range, path]).split('\n');
  const columns: [number, number][] = [];
  for (const m of rule.matchAll(/-+/g)) columns.push([m.index!, m.index! + m[0].length]);
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => {
      const cell = (i: number) => row.slice(columns[i]![0], i + 1 < columns.length ? columns[i + 1]![0] : undefined).trim();
      return { name: cell(0), type: cell(1), embedded: cell(3) === 'yes' };
    });
}

/** The text of one page (1-based), as pdftotext reads it. */
export function pageText(path: string, page: number): string {
  return run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-']);
}

export function allText(path: string): string {
  return run('pdftotext', [path, '-']);
}

/** Text without any whitespace: Chinese has no word spaces, and line breaks fall where they may. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

export interface OutlineItem {
  title: string;
  /** 1-based page the bookmark opens. */
  page: number;
  kids: OutlineItem[];
}

/** The document outline, from qpdf's JSON. */
export function pdfOutline(path: string): OutlineItem[] {
  type Raw = { title: string; destpageposfrom1: number; kids: Raw[] };
  const simplify = (items: Raw[]): OutlineItem[] =>
    items.map((i) => ({ title: i.title, page: i.destpageposfrom1, kids: simplify(i.kids) }));
  return simplify((JSON.parse(run('qpdf', ['--json', '--json-key=outlines', path])) as { outlines: Raw[] }).outlines);
}

/** Every page rendered to a PNG of exactly `width`×`height` pixels, in page order. */
export function renderPages(path: string, width: number, height: number): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-pages-'));
  try {
    run('pdftoppm', ['-scale-to-x', String(width), '-scale-to-y', String(height), '-png', path, join(dir, 'page')]);
    return readdirSync(dir)
      .sort()
      .map((name) => readFileSync(join(dir, name)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
