// Copies the TextMate grammars of the languages the deck colours, and its theme, out of shiki's
// packages into src/node/code-grammars/ (shiki's full set of ~230 grammars is 11 MB installed).
// To refresh: `npm pack @shikijs/langs@X @shikijs/themes@X`, unpack both, then
// `node scripts/vendor-code-grammars.mjs <langs-package-folder> <themes-package-folder>`.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The languages coloured at build time; html embeds javascript and css. */
const LANGUAGES = ['javascript', 'typescript', 'python', 'shellscript', 'json', 'yaml', 'html', 'css', 'c', 'go', 'rust', 'java', 'sql', 'diff'];
const THEME = 'github-light-default';

const [langsDir, themesDir] = process.argv.slice(2);
if (!langsDir || !themesDir) {
  console.error('usage: node scripts/vendor-code-grammars.mjs <@shikijs/langs folder> <@shikijs/themes folder>');
  process.exit(2);
}
const out = resolve('src/node/code-grammars');
mkdirSync(out, { recursive: true });
for (const name of LANGUAGES) {
  const { default: grammars } = await import(pathToFileURL(join(resolve(langsDir), 'dist', `${name}.mjs`)).href);
  const own = grammars.find((g) => g.name === name);
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(own)}\n`);
}
const { default: theme } = await import(pathToFileURL(join(resolve(themesDir), 'dist', `${THEME}.mjs`)).href);
writeFileSync(join(out, `${THEME}.json`), `${JSON.stringify(theme)}\n`);
