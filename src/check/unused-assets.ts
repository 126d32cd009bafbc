// Unused assets: a file in assets/ that no slide links to is dead weight in the repository (and
// often a sign of a typo in the path that should have used it).

import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { RenderedSlide } from '../render/section.js';

const RE_REMOTE = /^([a-z][a-z0-9+.-]*:|\/\/|#)/i;

export interface AssetFile {
  /** Absolute path. */
  absolute: string;
  /** As shown to the user: `assets/chart.png`. */
  shown: string;
  bytes: number;
}

/** Absolute paths of the local files the slides use, resolved against each slide's file. */
export function referencedFiles(slides: readonly RenderedSlide[], projectRoot: string): Set<string> {
  const used = new Set<string>();
  for (const slide of slides) {
    const base = resolve(projectRoot, dirname(slide.file));
    // The renderer recorded every URL an element uses (src, href, poster, backgrounds, CSS url()).
    const urls = [...slide.images.map((image) => image.src), ...slide.facts.urls];
    for (const url of urls) {
      if (RE_REMOTE.test(url)) continue;
      const path = url.replace(/[?#].*$/, '');
      let decoded = path;
      try {
        decoded = decodeURI(path);
      } catch {
        // A malformed escape: use the path as written.
      }
      used.add(resolve(base, decoded));
    }
  }
  return used;
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function checkUnusedAssets(assets: readonly AssetFile[], used: ReadonlySet<string>): Diagnostic[] {
  return assets
    .filter((asset) => !used.has(asset.absolute))
    .map((asset) => ({
      file: asset.shown,
      line: 1,
      column: 1,
      severity: 'warning' as const,
      ruleId: 'unused-asset',
      message: `no slide uses this file (${formatBytes(asset.bytes)})`,
      hint: 'link it from a slide, or delete it',
    }));
}
