// The single-file deck: the built page with its script, styles and images inlined, so one
// .html file works from disk, by e-mail or on a USB stick, with no request at all.

import { dataUrl } from '../node/data-url.js';

export type ReadAsset = (relativeUrl: string) => Uint8Array | undefined;

function text(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('utf8');
}

/** Resolves `url` (relative to `base`, a file's folder inside dist) to a dist-relative path. */
function joinUrl(base: string, url: string): string {
  const parts = `${base}/${url}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return out.join('/');
}

function inlineCssUrls(css: string, cssPath: string, read: ReadAsset): string {
  const base = cssPath.split('/').slice(0, -1).join('/');
  return css.replace(/url\((['"]?)(?!data:|https?:|#)([^'")]+)\1\)/g, (match, _quote: string, url: string) => {
    const bytes = read(joinUrl(base, url));
    return bytes ? `url(${dataUrl(url, bytes)})` : match;
  });
}

/** Returns the page with everything it loads inlined; `missing` lists what could not be read. */
export function inlineDeckPage(html: string, read: ReadAsset): { html: string; missing: string[]; inlineScripts: string[] } {
  const missing: string[] = [];
  const need = (url: string) => {
    const bytes = read(joinUrl('', url));
    if (!bytes) missing.push(url);
    return bytes;
  };
  const scripts: string[] = [];
  let page = html
    .replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (tag, href: string) => {
      const bytes = need(href);
      return bytes ? `<style>${inlineCssUrls(text(bytes), joinUrl('', href), read)}</style>` : tag;
    })
    .replace(/<script defer src="([^"]+)"><\/script>\s*/g, (tag, src: string) => {
      const bytes = need(src);
      if (!bytes) return tag;
      // An inline script runs where it stands: at the end of <body>, like a deferred one.
      scripts.push(text(bytes).replace(/<\/(script)/gi, '<\\/$1'));
      return '';
    })
    .replace(/<img([^>]*?) src="(?!data:|https?:)([^"]+)"/g, (tag, attributes: string, src: string) => {
      const bytes = need(src);
      return bytes ? `<img${attributes} src="${dataUrl(src, bytes)}"` : tag;
    });
  page = page.replace('</body>', () => `${scripts.map((script) => `<script>${script}</script>`).join('\n')}\n</body>`);
  return { html: page, missing, inlineScripts: scripts };
}
