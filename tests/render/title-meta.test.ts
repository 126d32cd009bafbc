// The title slide's speaker · event · date line: shown when deck.yaml sets them, absent otherwise.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/parse/deck-config.js';
import { speakerOf, titleMetaHtml, withTitleMeta } from '../../src/render/title-meta.js';

const config = (extra: object) => ({ ...DEFAULT_CONFIG, title: '题目', ...extra });

describe('title meta', () => {
  it('joins speaker, event and date that are set, in that order', () => {
    expect(titleMetaHtml(config({ speaker: '张三', event: '读书会', date: '2025年3月' }))).toBe('<p class="title-meta">张三 · 读书会 · 2025年3月</p>\n');
    expect(titleMetaHtml(config({ event: '读书会' }))).toBe('<p class="title-meta">读书会</p>\n');
  });

  it('shows nothing, no placeholder, when none is set', () => {
    expect(titleMetaHtml(config({}))).toBe('');
    expect(withTitleMeta('<section>\n<h1>题</h1>\n</section>\n', config({}))).toBe('<section>\n<h1>题</h1>\n</section>\n');
  });

  it('uses the older author as the speaker only when speaker is unset', () => {
    expect(speakerOf({ author: '李四' })).toBe('李四');
    expect(speakerOf({ author: '李四', speaker: '张三' })).toBe('张三');
    expect(speakerOf({ author: '  ' })).toBeUndefined();
  });

  it('puts the line before the notes, escaped', () => {
    const html = withTitleMeta('<section>\n<h1>题</h1>\n<aside class="notes">\n<p>说</p>\n</aside>\n</section>\n', config({ speaker: 'A<B' }));
    expect(html).toBe('<section>\n<h1>题</h1>\n<p class="title-meta">A&lt;B</p>\n<aside class="notes">\n<p>说</p>\n</aside>\n</section>\n');
  });
});
