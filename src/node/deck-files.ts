// Files a deck names — images, backgrounds, links, scripts: checked on disk against the project
// root after following symlinks (nothing from outside may enter dist/), and resolved to URLs the
// dev server can serve or the build carries itself.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { DeckBuild } from '../pipeline.js';
import type { ImageResolver } from '../render/render-env.js';
import { escapeHtml, unescapeHtml } from '../render/escape.js';
import { dataUrl } from './data-url.js';

/** What a URL written in a slide points at. Pure. */
export type UrlKind =
  | { kind: 'data' }
  | { kind: 'fragment' }
  | { kind: 'file-url' }
  | { kind: 'remote' }
  | { kind: 'other-scheme' }
  | { kind: 'local'; path: string };

const RE_SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export function classifyUrl(url: string): UrlKind {
  const trimmed = url.trim();
  if (trimmed.startsWith('#') || trimmed === '') return { kind: 'fragment' };
  if (trimmed.startsWith('//')) return { kind: 'remote' };
  const scheme = RE_SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'data') return { kind: 'data' };
  if (scheme === 'file') return { kind: 'file-url' };
  if (scheme === 'http' || scheme === 'https' || scheme === 'ftp' || scheme === 'ws' || scheme === 'wss') return { kind: 'remote' };
  if (scheme) return { kind: 'other-scheme' };
  // markdown-it percent-encodes URLs (`<my pic.png>` → `my%20pic.png`); the file system wants the
  // name as written. The query and fragment are cut first, so an encoded `%23` is part of the name.
  const path = trimmed.replace(/[?#].*$/, '');
  try {
    return { kind: 'local', path: decodeURIComponent(path) };
  } catch {
    return { kind: 'local', path };
  }
}

/** Is `path` the folder `root` or inside it? Both absolute and normalised. Pure. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The folder the deck may use files from: the project, or a deck folder's parent outside it. */
export function deckRoot(projectRoot: string, slidesDir: string): string {
  const project = resolve(projectRoot);
  const slides = resolve(slidesDir);
  return isInside(project, slides) ? project : dirname(slides);
}

const realpathOr = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/** Where a local file named in `file` (a slide, relative to `projectRoot`) lies, after symlinks. */
function locateLocal(projectRoot: string, root: string, file: string, path: string) {
  const absolute = resolve(projectRoot, dirname(file), path);
  const exists = existsSync(absolute);
  // Symlinks followed: a link inside the project may point anywhere. A missing file is judged
  // by its folder (which may itself be a link).
  const target = exists ? realpathOr(absolute) : join(realpathOr(dirname(absolute)), basename(absolute));
  // (A real path never runs through a link, so the root as written is safe to compare with too.)
  const inside = isInside(realpathOr(root), target) || isInside(root, target);
  return { absolute, exists, inside };
}

type Problem = Omit<Diagnostic, 'file' | 'line' | 'column'>;

const OUTSIDE_HINT = 'only files inside the project go into dist/: copy it into assets/ and link it from there';

/** A URL as the author wrote it: markdown-it percent-encodes spaces and non-ASCII (`my%20chart.png`). */
function asWritten(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

function imageProblem(encodedSrc: string, alt: string, where: { projectRoot: string; root: string; file: string }): Problem | undefined {
  const url = classifyUrl(encodedSrc);
  const src = asWritten(encodedSrc);
  switch (url.kind) {
    case 'data':
      return undefined;
    case 'file-url':
      return {
        severity: 'error',
        ruleId: 'file-url',
        message: `image "${src}" is a file:// URL, which only works on this computer`,
        hint: OUTSIDE_HINT,
      };
    case 'remote':
    case 'other-scheme':
      return {
        severity: 'error',
        ruleId: 'remote-image',
        message: `image "${src}" is on another host`,
        hint: 'the deck must work offline: copy the file into assets/ and link it from there',
      };
    case 'fragment':
      return {
        severity: 'error',
        ruleId: 'missing-image',
        message: `image "${src}" names no file`,
        hint: 'give the path of an image file',
      };
    case 'local': {
      const local = locateLocal(where.projectRoot, where.root, where.file, url.path);
      if (!local.inside)
        return { severity: 'error', ruleId: 'outside-project', message: `image "${src}" is outside the project`, hint: OUTSIDE_HINT };
      if (!local.exists)
        return {
          severity: 'error',
          ruleId: 'missing-image',
          message: `image "${src}" not found`,
          hint: `put the file at ${relative(where.projectRoot, local.absolute)}, or fix the path`,
        };
      if (!alt.trim())
        return {
          severity: 'warning',
          ruleId: 'image-alt',
          message: `image "${src}" has no alt text`,
          hint: 'describe it: ![what it shows](path)',
        };
      return undefined;
    }
  }
}

function linkProblem(href: string, where: { projectRoot: string; root: string; file: string }): Problem | undefined {
  const url = classifyUrl(href);
  if (url.kind === 'file-url')
    return {
      severity: 'error',
      ruleId: 'file-url',
      message: `link "${href}" is a file:// URL, which only works on this computer`,
      hint: 'link a web address, a slide (#/id) or a file inside the project',
    };
  if (url.kind !== 'local') return undefined;
  if (locateLocal(where.projectRoot, where.root, where.file, url.path).inside) return undefined;
  return {
    severity: 'error',
    ruleId: 'outside-project',
    message: `link "${href}" leads outside the project`,
    hint: 'link a web address, a slide (#/id) or a file inside the project',
  };
}

/**
 * Reports images that are missing, remote, file:// or outside the project, and links that lead
 * outside the project, each at the line and column that names it.
 */
export function checkImages(build: DeckBuild, projectRoot: string, slidesDir?: string): Diagnostic[] {
  const root = deckRoot(projectRoot, slidesDir ?? projectRoot);
  const problems: Diagnostic[] = checkScriptSources(build);
  for (const slide of build.rendered?.slides ?? []) {
    const where = { projectRoot, root, file: slide.file };
    for (const image of slide.images) {
      const problem = imageProblem(image.src, image.alt, where);
      if (problem) problems.push({ file: slide.file, line: image.line, column: image.column ?? 1, ...problem });
    }
    for (const link of slide.links ?? []) {
      const problem = linkProblem(link.href, where);
      if (problem) problems.push({ file: slide.file, line: link.line, column: link.column ?? 1, ...problem });
    }
  }
  return problems;
}

const RE_SCRIPT_SRC = /<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/**
 * With deck.yaml's `allowScripts`, a `<script src>` in a slide is still refused:
 * the build does not carry script files, and from file:// the policy's 'self' would let a script
 * anywhere on the disk run. Inline scripts are named by hash instead. Raw HTML is verbatim in the
 * slide's HTML (text in code is escaped and never matches).
 */
export function checkScriptSources(build: DeckBuild): Diagnostic[] {
  // Without the opt-in every <script> is already an error of the raw-HTML rule.
  if ((build.model?.config as { allowScripts?: boolean } | undefined)?.allowScripts !== true) return [];
  return (build.rendered?.slides ?? []).flatMap((slide) =>
    [...slide.html.matchAll(RE_SCRIPT_SRC)].map((m) => ({
      file: slide.file,
      line: slide.line,
      column: 1,
      severity: 'error' as const,
      ruleId: 'script-src',
      message: `<script src="${m[1] ?? m[2] ?? m[3]}"> in a slide: the deck does not carry script files`,
      hint: 'write the script inline in the slide (with allowScripts: true in deck.yaml its hash is allowed), or remove it',
    })),
  );
}

/** A file the build carries into dist/ itself: where it goes (`assets/x-1a2b3c4d.png`) and its bytes. */
export type CarriedFiles = Map<string, Uint8Array>;

/**
 * The image resolver for Vite. The dev server serves local images under /@fs/. The build copies
 * an <img>'s file into assets/ under a content-hashed name (recorded in `carried`, emitted by the
 * plugin: slides never pass through Vite's HTML processing), and inlines a slide background as a
 * data: URL. Anything not a readable file inside the project stays as written (and is reported).
 */
export function viteImageResolver(
  projectRoot: string,
  slidesDir: string,
  command: 'serve' | 'build',
  carried: CarriedFiles = new Map(),
): ImageResolver {
  const root = deckRoot(projectRoot, slidesDir);
  return (src, file, kind = 'img') => {
    const url = classifyUrl(src);
    if (url.kind !== 'local') return src;
    const local = locateLocal(projectRoot, root, file, url.path);
    if (!local.inside || !local.exists) return src;
    if (command === 'serve') return `/@fs${local.absolute}`;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(local.absolute);
    } catch {
      return src;
    }
    if (kind === 'background') return dataUrl(local.absolute, bytes);
    const extension = extname(local.absolute).toLowerCase();
    const stem = basename(local.absolute, extname(local.absolute)).replace(/[^\w-]+/g, '_') || 'image';
    const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
    const fileName = `assets/${stem}-${hash}${extension.replace(/[^\w.]/g, '')}`;
    carried.set(fileName, bytes);
    return `./${fileName}`;
  };
}

const RE_FILE_ATTRIBUTE = /(\s(?:src|data-src|poster)\s*=\s*)(["'])([^"']*)\2/gi;

/**
 * Raw HTML's files (`<img src>`, `<video poster>`, reveal.js's lazy `data-src` …), which markdown-it passes through as written
 * and Vite no longer sees: each attribute naming a local file the slides reference is pointed at
 * the URL `resolve` gives (served, or carried into dist/). Markdown images are resolved already;
 * text in code is escaped (`src=&quot;`) and never matches. All slide files share one folder, so
 * a path means the same file wherever it is written.
 */
export function resolveRawImages(
  html: string,
  slides: readonly { file: string; images: readonly { src: string }[] }[],
  resolve: ImageResolver,
): string {
  const urls = new Map<string, string>();
  for (const slide of slides) {
    for (const { src } of slide.images) {
      if (urls.has(src) || classifyUrl(src).kind !== 'local') continue;
      const url = resolve(src, slide.file);
      if (url !== src) urls.set(src, url);
    }
  }
  if (urls.size === 0) return html;
  return html.replace(RE_FILE_ATTRIBUTE, (attribute, prefix: string, quote: string, value: string) => {
    const url = urls.get(value) ?? urls.get(unescapeHtml(value));
    return url === undefined ? attribute : `${prefix}${quote}${escapeHtml(url)}${quote}`;
  });
}
