// The title slide's speaker · event · date line: shown when deck.yaml sets them, absent otherwise.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/parse/deck-config.js';
import { buildDeck } from '../../src/pipeline.js';
import { speakerOf } from '../../src/parse/model.js';
import { titleMetaHtml } from '../../src/render/title-meta.js';

const config = (extra: object) => ({ ...DEFAULT_CONFIG, title: '题目', ...extra });

describe('title meta', () => {
  it('joins speaker, event and date that are set, in that order', () => {
    expect(titleMetaHtml(config({ speaker: '张三', event: '读书会', date: '2025年3月' }))).toBe(
      '<p class="title-meta">张三 · 读书会 · 2025年3月</p>\n',
    );
    expect(titleMetaHtml(config({ event: '读书会', date: 2025 }))).toBe('<p class="title-meta">读书会 · 2025</p>\n');
  });

  it('shows nothing, no placeholder, when none is set', () => {
    expect(titleMetaHtml(config({}))).toBe('');
  });

  it('uses the older author as the speaker only when speaker is unset', () => {
    expect(speakerOf({ author: '李四' })).toBe('李四');
    expect(speakerOf({ author: '李四', speaker: '张三' })).toBe('张三');
    expect(speakerOf({ author: '  ' })).toBeUndefined();
  });

  it('puts the line on the title slide, escaped, before its notes, and records its text for the fonts', () => {
    const slide = '<!-- .slide: layout="title" -->\n\n# 题\n\nNote: 说\n';
    const build = (yaml: string) =>
      buildDeck({ path: 'slides/deck.yaml', text: yaml }, [{ path: 'slides/01-a.md', text: slide }]).rendered!;
    const rendered = build('title: 题\nspeaker: "A<B"\nevent: 读书会\n');
    expect(rendered.html).toContain('<h1>题</h1>\n<p class="title-meta">A&lt;B · 读书会</p>\n<aside class="notes">');
    expect(rendered.slides[0]!.facts.text).toContain('A<B · 读书会');
    expect(build('title: 题\n').html).not.toContain('title-meta');
  });
});
