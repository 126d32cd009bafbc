// Front matter of another tool: reveal-md keys mapped or refused, a first-line "---" that opens no YAML explained.

import { describe, expect, it } from 'vitest';
import { createCollector, formatDiagnostic } from '../../src/diagnostics.js';
import { parseSlideFile } from '../../src/parse/deck.js';
import { splitFrontMatter } from '../../src/parse/front-matter.js';

const split = (text: string) => {
  const { diagnostics, report } = createCollector();
  return { ...splitFrontMatter(text.split('\n'), 'slides/a.md', report), messages: diagnostics.map(formatDiagnostic) };
};

describe('front matter of another tool', () => {
  it('says what happened when a first-line "---" opens no settings (issue 15 bug 8)', () => {
    expect(split('---\n## One\ntext\n---\n\n## Two').messages).toEqual([
      'slides/a.md:1:1: the "---" on the first line opens front matter (settings up to the "---" at line 4), but what lies between is not "key: value" settings — if the "---" is a rule or a slide separator, not front matter, remove it (a file starts with its first slide); front matter holds "arc:" and "accent:" (see AUTHORING.md)',
    ]);
  });

  it('still reports bad YAML of our own front matter as YAML', () => {
    expect(split('---\narc: [破局\n---\n## 一').messages[0]).toMatch(/invalid YAML in front matter/);
  });

  it("maps reveal-md's title and separators, and refuses theme with where it goes", () => {
    const result = split('---\ntitle: My talk\ntheme: black\nseparator: "^\\n---\\n$"\nverticalSeparator: "^\\n----\\n$"\n---\n# A');
    expect(result.foreign?.title).toBe('My talk');
    expect(result.foreign?.verticalSeparator?.test('----')).toBe(true);
    expect(result.foreign?.separator?.test('---')).toBe(true);
    expect(result.messages).toEqual([
      'slides/a.md:3:1: warning: reveal-md\'s "theme" is not used by this build — the deck has one theme; set its colour in deck.yaml as "theme: { accent: \'#2563eb\' }"',
    ]);
  });

  it('honours a reveal-md deck\'s own separators, and reveal-md\'s "----" vertical by default', () => {
    const { report, diagnostics } = createCollector();
    const ids = (text: string) => parseSlideFile({ path: 'slides/a.md', text }, report).stacks.map((s) => s.length);
    expect(ids('# A\n\n----\n\n# A.1\n\n---\n\n# B')).toEqual([2, 1]);
    expect(ids('---\nseparator: "^\\n\\\\*\\\\*\\\\*\\n$"\n---\n# A\n\n***\n\n# B\n\n---\n\nstill B')).toEqual([1, 1]);
    expect(diagnostics).toEqual([]);
  });
});
