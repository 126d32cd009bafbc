// The bad-input corpus: each folder under tests/fixtures/bad/ is a deck with mistakes (or with
// quirks it must survive) and the exact messages `npm run check` must print for it. Running the
// check must never change a file in the corpus.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDeckSources } from '../../src/node/read-sources.js';
import { fillIndexHtml } from '../../src/bundle/index-html.js';
import { runCheck } from '../../src/check/run-check.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { buildDeck } from '../../src/pipeline.js';
import { PROJECT_ROOT } from '../_support/project.js';

const BAD = join(PROJECT_ROOT, 'tests/fixtures/bad');
const cases = readdirSync(BAD);
/** Every tiny corpus deck lacks notes and is short of its slot; tests/check covers those rules. */
const DECK_RULES_LEFT_OUT = new Set(['missing-notes', 'talk-length']);

const loadCase = async (name: string) => {
  const sources = await readDeckSources(join(BAD, name), PROJECT_ROOT);
  return buildDeck(sources.config, sources.slides);
};

/** Content hash and modification time of every file in the corpus. */
function fingerprint(): Record<string, string> {
  const prints: Record<string, string> = {};
  for (const entry of readdirSync(BAD, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    prints[relative(BAD, path)] = `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${statSync(path).mtimeMs}`;
  }
  return prints;
}

/** Names of the attributes of every tag in an HTML text (quoted values skipped whole). */
function attributeNames(html: string): string[] {
  const tags = html.match(/<[a-zA-Z][^\s/>]*(?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g) ?? [];
  return tags.flatMap((tag) => [...tag.matchAll(/\s([^\s=>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map((m) => m[1]!));
}

describe('bad input', () => {
  let before: Record<string, string>;
  beforeAll(() => {
    before = fingerprint();
  });

  it.each(cases)('%s: gives the expected messages with file:line:column', async (name) => {
    const dir = join(BAD, name);
    const result = await runCheck({ projectRoot: PROJECT_ROOT, slidesDir: dir, browser: false });
    const messages = result.diagnostics.filter((d) => !DECK_RULES_LEFT_OUT.has(d.ruleId)).map(formatDiagnostic);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.replaceAll('{dir}', relative(PROJECT_ROOT, dir)));
    expect(messages).toEqual(expected);
  });

  it('crlf: CRLF line endings give the same slides, notes and lines as LF', async () => {
    const { rendered, model } = await loadCase('crlf');
    expect(model!.config.title).toBe('测试');
    expect(model!.files[0]!.arc).toBe('破局');
    expect(rendered!.slides.map((s) => [s.title, s.notes])).toEqual([
      ['一', '一的备注。'],
      ['二', ''],
    ]);
    expect(rendered!.html).toContain('<p>第一行第二行</p>');
    expect(rendered!.html).not.toContain('\r');
  });

  it('notes-not-at-top-level: only a top-level "Note:" at column 1 starts the notes; the rest stays on the slide', async () => {
    const { rendered, diagnostics } = await loadCase('notes-not-at-top-level');
    expect(diagnostics).toEqual([]);
    expect(rendered!.slides.map((s) => s.notes)).toEqual(['这才是备注。']);
    const body = rendered!.html.slice(0, rendered!.html.indexOf('<aside'));
    expect(body).toContain('Note: 代码里的字，不是备注');
    expect(body).toContain('<blockquote>\n<p>Note: 引文里的字</p>');
    expect(body).toContain('<p>notes: 小写的是正文</p>');
  });

  it('bom: a UTF-8 BOM before deck.yaml and before front matter is not part of the text', async () => {
    const { rendered, model, diagnostics } = await loadCase('bom');
    expect(diagnostics).toEqual([]);
    expect(model!.config.title).toBe('测试');
    expect(model!.files[0]!.arc).toBe('破局');
    expect(rendered!.html).not.toContain('\uFEFF');
  });

  it('script-in-yaml: script and event handlers from YAML values and attributes never reach the page as markup', async () => {
    const { rendered, model } = await loadCase('script-in-yaml');
    const page = fillIndexHtml('<html><head><title></title></head><body><!--deck:slides--></body></html>', model!.config, rendered!.html);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img|<b\s|<svg\s+onload/i);
    // No tag carries an event handler attribute; the text shows what the author wrote, escaped.
    expect(attributeNames('<p onclick="x" title="a > b">')).toEqual(['onclick', 'title']);
    expect(attributeNames(page)).toContain('data-arc');
    expect(attributeNames(page).filter((name) => /^on/i.test(name))).toEqual([]);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(rendered!.html).toContain('data-arc="&lt;script&gt;alert(&#39;arc&#39;)&lt;/script&gt;"');
  });

  it('npm run check lists every problem, skips Chromium, exits 1 and prints no stack trace', async () => {
    const dir = join(BAD, 'bad-chart');
    const run = promisify(execFile)('node', ['src/commands/deck.mjs', 'check', dir], { cwd: PROJECT_ROOT });
    const error = (await run.then(
      () => undefined,
      (e: unknown) => e,
    )) as { code: number; stderr: string } | undefined;
    expect(error?.code).toBe(1);
    expect(error!.stderr).toContain('01-a.md:9:25: "value" in chart block item 2 must be a number');
    expect(error!.stderr).toContain('01-a.md:10:5: chart block item 3 is missing "value"');
    expect(error!.stderr).toContain('checks in Chromium skipped: the deck cannot be built until the parser errors above are fixed');
    expect(error!.stderr.trim().split('\n').at(-1)).toBe('3 errors, 1 warning');
    expect(error!.stderr).not.toMatch(/^\s+at /m);
  });

  it('leaves every file of the corpus as it was', () => {
    expect(fingerprint()).toEqual(before);
  });
});
