// The dev server's slide memo: a render that takes unchanged slides from the render before gives
// exactly what a fresh render gives — the HTML, the slides' facts, every finding — after any edit.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceText } from '../../src/parse/deck.js';
import { buildDeck } from '../../src/pipeline.js';
import type { ImageResolver } from '../../src/render/render-env.js';
import { createSlideMemo } from '../../src/render/slide-memo.js';
import { PROJECT_ROOT } from '../_support/project.js';

const SLIDES = join(PROJECT_ROOT, 'slides');
const config: SourceText = { path: 'slides/deck.yaml', text: readFileSync(join(SLIDES, 'deck.yaml'), 'utf8') };
const talk: SourceText[] = readdirSync(SLIDES)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ path: `slides/${name}`, text: readFileSync(join(SLIDES, name), 'utf8') }));

const resolveImage: ImageResolver = (src) => `/served/${src}`;

/** A render with the memo, after a render of `before` with it; and a fresh render of `after`. */
function renderTwice(before: SourceText[], after: SourceText[], resolvers: [ImageResolver, ImageResolver] = [resolveImage, resolveImage]) {
  const memo = { slides: createSlideMemo(), highlighter: 'none' };
  buildDeck(config, before, { resolveImage: resolvers[0], memo });
  const memoized = buildDeck(config, after, { resolveImage: resolvers[1], memo });
  const fresh = buildDeck(config, after, { resolveImage: resolvers[1] });
  return { memoized, fresh, memo };
}

describe('the slide memo', () => {
  it('renders the talk again equal to a fresh render, every slide from the memo', () => {
    const { memoized, fresh, memo } = renderTwice(talk, talk);
    expect(memoized).toEqual(fresh);
    expect(memo.slides.entries.size).toBe(fresh.rendered!.slides.length);
  });

  it('renders an edited slide again and keeps the others', () => {
    const edited = talk.map((file, i) => (i === 1 ? { ...file, text: file.text.replace('破局', '破局破局') } : file));
    const { memoized, fresh } = renderTwice(talk, edited);
    expect(memoized).toEqual(fresh);
    expect(memoized.rendered!.html).toContain('破局破局');
  });

  it('reports a slide’s findings again when the slide comes from the memo', () => {
    // Found while rendering: braces that set no allowed attribute stay text.
    const broken: SourceText = { path: 'slides/09-broken.md', text: '# 标题\n\n正文 {onclick=x}\n' };
    const { memoized, fresh } = renderTwice([...talk, broken], [...talk, broken]);
    expect(fresh.diagnostics.filter((d) => d.file === broken.path).map((d) => d.ruleId)).toEqual(['brace-attributes']);
    expect(memoized.diagnostics).toEqual(fresh.diagnostics);
  });

  it('renders a slide again when the image resolver answers otherwise (an image moved)', () => {
    const withImage: SourceText = { path: 'slides/09-image.md', text: '# 图\n\n![说明](pic.png)\n' };
    const moved: ImageResolver = (src) => `/moved/${src}`;
    const { memoized, fresh } = renderTwice([withImage], [withImage], [resolveImage, moved]);
    expect(memoized.rendered!.html).toContain('/moved/pic.png');
    expect(memoized).toEqual(fresh);
  });

  it('renders every slide again when deck.yaml changes (a title slide shows its speaker, pacing uses its rate)', () => {
    const memo = { slides: createSlideMemo(), highlighter: 'none' };
    buildDeck(config, talk, { resolveImage, memo });
    const changed: SourceText = { ...config, text: `${config.text.trimEnd()}\nspeechRate: 123\n`.replace(/^speechRate:.*\n(?=[\s\S]*speechRate)/m, '') };
    const memoized = buildDeck(changed, talk, { resolveImage, memo });
    const fresh = buildDeck(changed, talk, { resolveImage });
    expect(fresh.diagnostics.filter((d) => d.file.endsWith('deck.yaml'))).toEqual([]);
    expect(memoized).toEqual(fresh);
    expect(memoized.rendered!.totalSeconds).not.toBe(buildDeck(config, talk, { resolveImage }).rendered!.totalSeconds);
  });

  it('gives a fresh render’s deck after any edit of the talk’s lines', () => {
    const lines = talk.map((file) => file.text.split('\n'));
    const edit = fc.record({
      file: fc.nat(talk.length - 1),
      line: fc.nat(400),
      text: fc.constantFrom('', '---', '# 新标题', '- 新的一点', 'Note:', '<!-- .slide: layout="columns" -->', '|||', '**加粗**', '![图](x.png)'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const after = lines.map((l) => [...l]);
        for (const e of edits) {
          const target = after[e.file]!;
          target.splice(e.line % (target.length + 1), 0, e.text);
        }
        const sources = talk.map((file, i) => ({ ...file, text: after[i]!.join('\n') }));
        const { memoized, fresh } = renderTwice(talk, sources);
        expect(memoized).toEqual(fresh);
      }),
      { numRuns: 25 },
    );
  });
});
