// A rolldown plugin for bundling our TypeScript to run from a cache folder: each module keeps its
// own `import.meta.url` (the .ts file's URL), so paths it resolves from itself stay right. Shared by
// the commands' launcher (deck.mjs) and scripts/run-script.mjs.

import { pathToFileURL } from 'node:url';

/** The plugin; `seen` is told every module it transforms (the launcher records its sources with it). */
export function keepOwnImportMetaUrl(seen = () => {}) {
  return {
    name: 'keep-own-import-meta-url',
    transform(code, id) {
      seen(id);
      if (!id.endsWith('.ts') || !code.includes('import.meta.url')) return null;
      return { code: code.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id).href)) };
    },
  };
}
