// Byte accounting for a built deck, pure: which files a page loads, and their bytes by type — with
// data: URLs (the inlined fonts, reveal.js's icons) counted as the fonts and images they are.

import { gzipSync } from 'node:zlib';

export const RESOURCE_TYPES = ['html', 'js', 'css', 'fonts', 'images', 'other'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export interface Bytes {
  raw: number;
  /** gzip at zlib's default level 6, what a web server typically sends. */
  gzip: number;
}

export type BytesByType = Record<ResourceType, Bytes>;

/** One file as loaded: its bytes, and the data: URLs found inside it. */
export interface MeasuredFile {
  path: string;
  bytes: Bytes;
  byType: BytesByType;
  /** The decoded payload of each `data:font/…` URL inside the file. */
  fonts: Uint8Array[];
}

const RE_DATA_URL = /data:([\w.+-]+\/[\w.+-]+)((?:;[\w-]+=?[\w-]*)*?)(;base64)?,([^"')\s]*)/g;
const RE_TAG = /<(script|link|img|source|video|audio|iframe|input)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const RE_ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;
const RE_CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g;

const EXTENSION_TYPES: Record<string, ResourceType> = {
  html: 'html',
  htm: 'html',
  js: 'js',
  mjs: 'js',
  css: 'css',
  woff2: 'fonts',
  woff: 'fonts',
  ttf: 'fonts',
  otf: 'fonts',
  png: 'images',
  jpg: 'images',
  jpeg: 'images',
  gif: 'images',
  svg: 'images',
  webp: 'images',
  avif: 'images',
  ico: 'images',
};

export function typeOfPath(path: string): ResourceType {
  const extension = /\.([a-z\d]+)$/i.exec(path.split(/[?#]/)[0]!)?.[1]?.toLowerCase() ?? '';
  return EXTENSION_TYPES[extension] ?? 'other';
}

export function typeOfMime(mime: string): ResourceType {
  if (mime.startsWith('font/') || /^application\/(x-)?font/.test(mime)) return 'fonts';
  if (mime.startsWith('image/')) return 'images';
  if (mime === 'text/css') return 'css';
  if (/javascript|ecmascript/.test(mime)) return 'js';
  if (mime === 'text/html') return 'html';
  return 'other';
}

export function emptyByType(): BytesByType {
  return Object.fromEntries(RESOURCE_TYPES.map((t) => [t, { raw: 0, gzip: 0 }])) as BytesByType;
}

export function measure(data: Uint8Array | string): Bytes {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 6 }).length };
}

export function addBytes(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

export function sumByType(list: readonly BytesByType[]): BytesByType {
  const total = emptyByType();
  for (const byType of list) for (const t of RESOURCE_TYPES) total[t] = addBytes(total[t], byType[t]);
  return total;
}

/**
 * A file's bytes by type: each data: URL inside it counts as its MIME type (its text as shipped,
 * gzipped on its own), the rest as the file's own type.
 */
export function measureFile(path: string, data: Uint8Array): MeasuredFile {
  const type = typeOfPath(path);
  const byType = emptyByType();
  const fonts: Uint8Array[] = [];
  const text = type === 'html' || type === 'css' || type === 'js' || type === 'images' ? Buffer.from(data).toString('utf8') : undefined;
  let rest: Uint8Array | string = data;
  if (text !== undefined && type !== 'images') {
    rest = text.replace(RE_DATA_URL, (url, mime: string, _params, base64: string | undefined, payload: string) => {
      const inner = typeOfMime(mime.toLowerCase());
      byType[inner] = addBytes(byType[inner], measure(url));
      if (inner === 'fonts') fonts.push(base64 ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload), 'latin1'));
      return '';
    });
  }
  byType[type] = addBytes(byType[type], measure(rest));
  return { path, bytes: measure(data), byType, fonts };
}

function attributesOf(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of source.matchAll(RE_ATTRIBUTE)) map.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return map;
}

/** True for references that name a file beside the page (not data:, not another host). */
export function isLocalReference(url: string): boolean {
  return url !== '' && !/^(?:[a-z][a-z\d+.-]*:|\/\/|#)/i.test(url);
}

/**
 * The URLs an HTML page fetches while loading, in order: scripts, style sheets, icons and
 * preloads, images (a browser fetches every `<img>`, shown or not), media posters and sources.
 */
export function pageReferences(html: string): string[] {
  const urls: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of withoutComments.matchAll(RE_TAG)) {
    const tag = m[1]!.toLowerCase();
    const attrs = attributesOf(m[2] ?? '');
    if (tag === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.some((r) => ['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest'].includes(r))) urls.push(attrs.get('href') ?? '');
    } else if (tag === 'input') {
      if ((attrs.get('type') ?? '').toLowerCase() === 'image') urls.push(attrs.get('src') ?? '');
    } else {
      urls.push(attrs.get('src') ?? '', attrs.get('poster') ?? '');
      const srcset = attrs.get('srcset');
      if (srcset) urls.push(srcset.trim().split(/\s+/)[0]!);
    }
  }
  return urls.filter(isLocalReference);
}

/** The url(…) and @import references of a style sheet that are files, not data: URLs. */
export function cssReferences(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(RE_CSS_URL)) {
    urls.push((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim());
  }
  return urls.filter(isLocalReference);
}
