// What to print when Vite's build fails: the cause itself (a file-system error with its path, a
// CSS error at its place, a refused output folder) and what to do — never a stack trace, and never
// a later symptom such as a missing dist/index.html.

import { relative } from 'node:path';
import { OutDirError } from './atomic-out-dir.js';

interface BuildError {
  message?: string;
  code?: string;
  path?: string;
  plugin?: string;
  id?: string;
  fileName?: string;
  frame?: string;
  loc?: { file?: string; line?: number; column?: number };
  errors?: BuildError[];
}

const FILE_SYSTEM_HINTS: Record<string, string> = {
  ENAMETOOLONG:
    'a file name or path is too long for the file system — shorten "slug" in deck.yaml, or build into a folder with a shorter path (--out-dir)',
  EACCES: 'the build may not write there — make the folder writable, or build elsewhere (--out-dir)',
  EPERM: 'the build may not write there — make the folder writable, or build elsewhere (--out-dir)',
  EROFS: 'the file system is read-only — build elsewhere (--out-dir)',
  ENOSPC: 'the disk is full — free some space and build again',
  ENOTDIR: 'a part of the output path is a file, not a folder — move it away, or build elsewhere (--out-dir)',
  EEXIST: 'something is in the way of the output folder — move it away and build again',
};

/** The message without colour codes, JavaScript stack lines or rolldown's Rust backtrace. */
const withoutStack = (text: string) =>
  text
    // oxlint-disable-next-line no-control-regex -- colour codes start with ESC, which is what is removed
    .replace(/\u001b\[[\d;]*m/g, '')
    .replace(/\n\s*Stack backtrace:[\s\S]*$/, '')
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n')
    .trim();

/** Rolldown reports a failed write as text: the OS error's name and number. */
const OS_ERRORS: [RegExp, string][] = [
  // Node's error codes, when a plugin wrapped the error and kept only its message.
  ...Object.keys(FILE_SYSTEM_HINTS).map((code): [RegExp, string] => [new RegExp(`\\b${code}\\b`), code]),
  [/File name too long|os error 36\b/, 'ENAMETOOLONG'],
  [/Permission denied|os error 13\b/, 'EACCES'],
  [/Read-only file system|os error 30\b/, 'EROFS'],
  [/No space left on device|os error 28\b/, 'ENOSPC'],
  [/Not a directory|os error 20\b/, 'ENOTDIR'],
];

function describeOne(e: BuildError, projectRoot: string): string {
  const message = withoutStack(e.message ?? 'unknown error');
  // The deck's own problems are already listed one per line with file:line:column.
  if (e.plugin === 'deck:loader' || message.startsWith('[deck]')) return message;
  const code = e.code && FILE_SYSTEM_HINTS[e.code] ? e.code : OS_ERRORS.find(([pattern]) => pattern.test(message))?.[1];
  const hint = code ? FILE_SYSTEM_HINTS[code] : undefined;
  if (hint) return `build failed: ${message} — ${hint}`;
  const file = (e.loc?.file ?? e.id ?? e.fileName)?.replace(/\?.*$/, '');
  const line = e.loc?.line ? `:${e.loc.line}:${e.loc.column ?? 1}` : '';
  const where = file ? `${relative(projectRoot, file).split('\\').join('/')}${line}: ` : '';
  const frame = e.frame ? `\n${e.frame}` : '';
  if (e.plugin?.includes('css')) {
    const inPage = /index\.html\?html-proxy/.test(e.id ?? e.fileName ?? '');
    const hint = inPage
      ? 'the page\'s own style holds theme.accent from deck.yaml: make it a CSS colour such as "#4d6bfe"'
      : 'check the style sheets in src/client and any style written in the slides';
    return `${inPage ? '' : where}build failed: CSS does not parse: ${message} — ${hint}${frame}`;
  }
  return `${where}build failed in Vite${e.plugin ? ` (${e.plugin})` : ''}: ${message} — fix the cause named here and build again${frame}`;
}

/** The failure's causes, each with where it is and a hint. Pure. */
export function describeBuildFailure(error: unknown, projectRoot: string): string {
  if (error instanceof OutDirError) return `build refused: ${error.message}`;
  const e = (error && typeof error === 'object' ? error : { message: String(error) }) as BuildError;
  // Rolldown gathers the errors of a build into one; each is reported as itself.
  const causes = Array.isArray(e.errors) && e.errors.length > 0 ? e.errors : [e];
  return causes.map((cause) => describeOne(cause, projectRoot)).join('\n');
}
