// The deck rules that need no browser: notes, talk length, internal links, unused assets, and the
// command's arguments.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listAssetFiles } from '../../src/check/asset-files.js';
import { brokenLinkReason, checkInternalLinks, linkTargets } from '../../src/check/internal-links.js';
import { checkNotes } from '../../src/check/notes.js';
import { checkTalkLength, formatMinutes } from '../../src/check/talk-length.js';
import { checkUnusedAssets, referencedFiles } from '../../src/check/unused-assets.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { buildDeck } from '../../src/pipeline.js';

const CONFIG = { path: 'slides/deck.yaml', text: 'title: 题目\nauthor: 讲者\nduration: 2\n' };
const build = (files: Record<string, string>) => {
  const slides = Object.entries(files).map(([path, text]) => ({ path, text }));
  const deck = buildDeck(CONFIG, slides);
  return { ...deck, slides, model: deck.model!, rendered: deck.rendered! };
};
const linkProblems = (files: Record<string, string>) => {
  const deck = build(files);
  const stackSizes = deck.model.files.flatMap((f) => f.stacks.map((s) => s.length));
  return checkInternalLinks(deck.rendered.slides, linkTargets(deck.rendered.slides, stackSizes)).map(formatDiagnostic);
};

describe('#checkNotes', () => {
  it('reports each slide without notes at its line, naming its title', () => {
    const { rendered } = build({ 'slides/01-a.md': '## 有备注\n\nNote:\n说点什么。\n\n---\n\n## 没备注\n\n正文' });
    expect(checkNotes(rendered.slides).map(formatDiagnostic)).toEqual([
      'slides/01-a.md:8:1: slide has no speaker notes ("没备注") — add a line "Note:" at the end of the slide, followed by what you will say',
    ]);
  });

  it('names a slide without a heading by its id, and accepts notes on every slide', () => {
    expect(checkNotes(build({ 'slides/01-a.md': '只有正文' }).rendered.slides)[0]!.message).toBe('slide has no speaker notes (#01-a-1)');
    expect(checkNotes(build({ 'slides/01-a.md': '## 一\n\nNote: 有。' }).rendered.slides)).toEqual([]);
  });
});

describe('#checkTalkLength', () => {
  const config = build({ 'slides/01-a.md': '## 一' }).model.config;

  it('warns at the duration line when the notes fill less than 80 % of the slot', () => {
    const result = checkTalkLength(60, config, CONFIG);
    expect(result.summary).toBe('talk: 1 min from the notes, for a 2-minute slot (50 %)');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/deck.yaml:3:1: warning: the notes fill only 1 min of the 2-minute slot (50 %) — write fuller notes, or lower "duration"',
    ]);
  });

  it('says nothing when the notes fill the slot', () => {
    expect(checkTalkLength(115, config, CONFIG).diagnostics).toEqual([]);
    expect(formatMinutes(1282)).toBe('21 min 22 s');
    expect(formatMinutes(32)).toBe('32 s');
  });
});

describe('#checkInternalLinks', () => {
  it('accepts links to slide ids, element ids and existing indices', () => {
    expect(
      linkProblems({
        'slides/01-a.md': '## 一 {#top}\n\n[二](#/01-a-2) [顶](#top) [三](#/1/1) [首页](#/)\n\n---\n\n## 二\n\n--\n\n## 二之二',
      }),
    ).toEqual([]);
  });

  it('reports a link to a missing id or index at its line and column', () => {
    expect(
      linkProblems({
        'slides/01-a.md': '## 一\n\n看[这里](#/nowhere)。\n\n---\n\n<a href="#/5">五</a> [竖](#/0/1)',
      }),
    ).toEqual([
      'slides/01-a.md:3:7: link "#/nowhere" matches no slide id — link to a slide as #/id, where id is its file name and number (01-breakthrough-3) or its id="…"',
      'slides/01-a.md:7:10: link "#/5" points to slide 6, but the deck has 2 — link to a slide as #/id, where id is its file name and number (01-breakthrough-3) or its id="…"',
      'slides/01-a.md:7:25: link "#/0/1" points to vertical slide 2 of slide 1, which has 1 — link to a slide as #/id, where id is its file name and number (01-breakthrough-3) or its id="…"',
    ]);
  });

  it("reports a broken link in the notes, on the notes' first line, at its file column", () => {
    expect(linkProblems({ 'slides/01-a.md': '## 一\n\nNote: 见[这](#/nope)\n[那](#/无)' })).toEqual([
      'slides/01-a.md:3:12: link "#/nope" matches no slide id — link to a slide as #/id, where id is its file name and number (01-breakthrough-3) or its id="…"',
      'slides/01-a.md:4:5: link "#/无" matches no slide id — link to a slide as #/id, where id is its file name and number (01-breakthrough-3) or its id="…"',
    ]);
  });

  it('accepts links to ids written in raw HTML and drawn by data blocks', () => {
    expect(
      linkProblems({ 'slides/01-a.md': '<div id="甲">x</div>\n\n[甲](#甲) [图](#01-a-1-stat-1)\n\n```stat\nvalue: 1\nlabel: 一\n```' }).map(
        (m) => m.split(' matches')[0],
      ),
    ).toEqual(['slides/01-a.md:3:13: link "#01-a-1-stat-1"']);
    expect(
      linkProblems({
        'slides/01-a.md': '<div id="甲">x</div>\n\n[甲](#甲) [时](#01-a-1-timeline-1-title)\n\n```timeline\n- { date: 1, text: 一 }\n```',
      }),
    ).toEqual([]);
  });

  it('ignores links inside code spans and fenced code', () => {
    expect(linkProblems({ 'slides/01-a.md': '## 一\n\n`[x](#/nope)`\n\n```md\n[y](#/nope)\n```' })).toEqual([]);
  });

  it('reports a fragment that is not valid percent-encoding', () => {
    expect(brokenLinkReason('#/%E4', linkTargets([], [1]))).toBe('is not a valid URL fragment');
  });
});

describe('unused assets', () => {
  const root = mkdtempSync(join(tmpdir(), 'deck-assets-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists files in assets/, hidden ones left out, and reports those no slide uses', async () => {
    mkdirSync(join(root, 'assets/photos'), { recursive: true });
    for (const name of ['used.png', 'unused.png', 'photos/背景 1.png', 'bg.css-image.png', '.gitkeep'])
      writeFileSync(join(root, 'assets', name), 'x');
    const { rendered } = build({
      'slides/01-a.md': [
        '<!-- .slide: data-background-image="../assets/photos/%E8%83%8C%E6%99%AF%201.png" -->',
        '## 一',
        '',
        '![图](../assets/used.png?v=2)',
        '',
        '<div style="background: url(\'../assets/bg.css-image.png\')"></div>',
      ].join('\n'),
    });
    const assets = await listAssetFiles(join(root, 'assets'), root);
    expect(assets.map((a) => a.shown).sort()).toEqual([
      'assets/bg.css-image.png',
      'assets/photos/背景 1.png',
      'assets/unused.png',
      'assets/used.png',
    ]);
    expect(checkUnusedAssets(assets, referencedFiles(rendered.slides, root)).map(formatDiagnostic)).toEqual([
      'assets/unused.png:1:1: warning: no slide uses this file (1 B) — link it from a slide, or delete it',
    ]);
  });

  it('finds no files when there is no assets folder', async () => {
    expect(await listAssetFiles(join(root, 'nowhere'), root)).toEqual([]);
  });
});
