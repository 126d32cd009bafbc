// Images named in slides: resolved against their slide file, checked on disk, and rewritten to a
// URL Vite can serve (dev) or bundle (build).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { DeckBuild } from '../pipeline.js';
import type { ImageResolver } from '../render/render-env.js';
import { dataUrl } from './data-url.js';

const RE_REMOTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** Reports images that do not exist, at the line that names them. */
export function checkImages(build: DeckBuild, projectRoot: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const slide of build.rendered?.slides ?? []) {
    for (const image of slide.images) {
      if (RE_REMOTE.test(image.src)) {
        problems.push({ file: slide.file, line: image.line, column: 1, severity: 'error', ruleId: 'remote-image', message: `image "${image.src}" is on another host`, hint: 'the deck must work offline: copy the file into assets/ and link it from there' });
      } else if (!existsSync(resolve(projectRoot, dirname(slide.file), image.src))) {
        problems.push({ file: slide.file, line: image.line, column: 1, severity: 'error', ruleId: 'missing-image', message: `image "${image.src}" not found`, hint: `put the file at ${relative(projectRoot, resolve(projectRoot, dirname(slide.file), image.src))}, or fix the path` });
      } else if (!image.alt.trim()) {
        problems.push({ file: slide.file, line: image.line, column: 1, severity: 'warning', ruleId: 'image-alt', message: `image "${image.src}" has no alt text`, hint: 'describe it: ![what it shows](path)' });
      }
    }
  }
  return problems;
}

/**
 * The image resolver for Vite: the dev server serves local images under /@fs/; the build bundles
 * an <img> from a path relative to the page template, and inlines a slide background as a data:
 * URL, since Vite does not look inside data-background-* attributes (remote ones stay, and are
 * reported; a missing file stays as written, and is reported).
 */
export function viteImageResolver(projectRoot: string, htmlDir: string, command: 'serve' | 'build'): ImageResolver {
  return (src, file, kind = 'img') => {
    if (RE_REMOTE.test(src)) return src;
    const absolute = resolve(projectRoot, dirname(file), src);
    if (command === 'serve') return `/@fs${absolute}`;
    if (kind === 'img') return relative(htmlDir, absolute).split('\\').join('/');
    if (!existsSync(absolute)) return src;
    return dataUrl(absolute, readFileSync(absolute));
  };
}
