// The config schema (valibot) as the author meets it: every problem at its key's or value's position.

import { describe, expect, it } from 'vitest';
import { createCollector, formatDiagnostic } from '../../src/diagnostics.js';
import { DEFAULT_CONFIG } from '../../src/parse/config-schema.js';
import { parseDeckConfig } from '../../src/parse/deck-config.js';
import { splitFrontMatter } from '../../src/parse/front-matter.js';

const parse = (text: string) => {
  const { diagnostics, report } = createCollector();
  const config = parseDeckConfig(text, 'slides/deck.yaml', report);
  return { config, messages: diagnostics.map(formatDiagnostic) };
};

const frontMatter = (text: string) => {
  const { diagnostics, report } = createCollector();
  const { data } = splitFrontMatter(text.split('\n'), 'slides/a.md', report);
  return { data, messages: diagnostics.map(formatDiagnostic) };
};

describe('deck.yaml schema', () => {
  it('gives a deck.yaml with only a title and an author the schema’s defaults', () => {
    const { config, messages } = parse('title: 题目\nauthor: 讲者\n');
    expect(messages).toEqual([]);
    expect(config).toEqual({ ...DEFAULT_CONFIG, title: '题目', author: '讲者' });
    expect(DEFAULT_CONFIG).toEqual({
      language: 'zh-CN',
      slug: 'deck',
      size: { width: 1280, height: 720 },
      duration: 20,
      speechRate: 4,
      theme: { accent: '#2563eb' },
    });
  });

  it('fills a default inside a mapping that gives only some of its keys', () => {
    expect(parse('title: 题目\nauthor: 讲者\nsize:\n  width: 1920\n').config?.size).toEqual({ width: 1920, height: 720 });
  });

  it('reports every unknown key, nested ones too, in the order they are written', () => {
    expect(parse('title: 题目\nauthor: 讲者\ndurations: 20\nthem: {}\nsize:\n  widht: 2000\n  hieght: 1000\n').messages).toEqual([
      'slides/deck.yaml:3:1: unknown key "durations" in deck.yaml — did you mean "duration"?',
      'slides/deck.yaml:4:1: unknown key "them" in deck.yaml — did you mean "theme"?',
      'slides/deck.yaml:6:3: unknown key "size.widht" in deck.yaml — did you mean "width"?',
      'slides/deck.yaml:7:3: unknown key "size.hieght" in deck.yaml — did you mean "height"?',
    ]);
  });

  it('refuses keys every JS object has (the old walker took "constructor" for a known key)', () => {
    expect(parse('title: 题目\nauthor: 讲者\nconstructor: 1\ntheme:\n  toString: 2\n').messages).toEqual([
      'slides/deck.yaml:3:1: unknown key "constructor" in deck.yaml — use one of: title, subtitle, author, speaker, event, date, language, source, slug, size, duration, speechRate, theme, allowScripts',
      'slides/deck.yaml:5:3: unknown key "theme.toString" in deck.yaml — use one of: accent',
    ]);
  });

  it('lists the valid keys when no key is close', () => {
    expect(parse('title: 题目\nauthor: 讲者\ntheme:\n  background: red\n').messages).toEqual([
      'slides/deck.yaml:4:3: unknown key "theme.background" in deck.yaml — use one of: accent',
    ]);
  });

  it('refuses a list or a bare value where a mapping belongs', () => {
    expect(parse('title: 题目\nauthor: 讲者\nsize: [1920, 1080]\n').messages).toEqual([
      'slides/deck.yaml:3:7: deck.yaml "size" must be a mapping of keys to values — write `key: value` lines',
    ]);
    expect(parse('- title: 题目\n').messages).toEqual([
      'slides/deck.yaml:1:1: deck.yaml must be a mapping of keys to values — write `key: value` lines',
    ]);
  });

  it('names a missing key after the problems in the keys that are there', () => {
    expect(parse('author: [讲者]\n').messages).toEqual([
      'slides/deck.yaml:1:9: "author" in deck.yaml must be a string, not a list or mapping',
      'slides/deck.yaml:1:1: deck.yaml is missing "title" — add a line `title: …`',
    ]);
  });

  it('checks limits and kinds of values at the value’s position', () => {
    expect(parse('title: ""\nauthor: 讲者\nspeechRate: 0.1\nduration: .inf\nallowScripts: [1]\n').messages).toEqual([
      'slides/deck.yaml:1:8: "title" in deck.yaml must be non-empty text, got ""',
      'slides/deck.yaml:3:13: "speechRate" in deck.yaml must be at least 0.5, got 0.1',
      'slides/deck.yaml:4:11: "duration" in deck.yaml must be a number, got null',
      'slides/deck.yaml:5:15: "allowScripts" in deck.yaml must be a boolean, not a list or mapping',
    ]);
  });

  it('tells one problem per value: a slug that is not a file name is not also "too long"', () => {
    expect(parse(`title: 题目\nauthor: 讲者\nslug: ${'A'.repeat(201)}\n`).messages).toEqual([
      `slides/deck.yaml:3:7: slug "${'A'.repeat(201)}" is not usable as a file name — use lower-case letters, digits and "-", e.g. "deepseek-talk"`,
    ]);
  });

  it('keeps a slug’s own " — " and quotes inside the message, the hint after them', () => {
    const { diagnostics, report } = createCollector();
    parseDeckConfig('title: 题目\nauthor: 讲者\nslug: \'a — "b" {c}\'\n', 'slides/deck.yaml', report);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 3,
        column: 7,
        message: 'slug "a — "b" {c}" is not usable as a file name',
        hint: 'use lower-case letters, digits and "-", e.g. "deepseek-talk"',
      }),
    ]);
  });
});

describe('front matter schema', () => {
  it('checks the accent as one CSS colour and arc as text, each at its value', () => {
    const { data, messages } = frontMatter('---\naccent: "red; x: y"\narc: [破局]\n---\n## 一');
    expect(data).toEqual({});
    expect(messages).toEqual([
      'slides/a.md:2:9: "accent" in front matter must be one CSS colour such as "#2563eb" or "rgb(37 99 235)", got "red; x: y"',
      'slides/a.md:3:6: "arc" in front matter must be a string, not a list or mapping',
    ]);
  });

  it('reads a valid accent as written', () => {
    expect(frontMatter('---\naccent: oklch(0.55 0.2 260)\n---\n').data).toEqual({ accent: 'oklch(0.55 0.2 260)' });
  });

  it('refuses front matter that is a list, saying what the first-line "---" did', () => {
    expect(frontMatter('---\n- arc: 破局\n---\n').messages).toEqual([
      'slides/a.md:1:1: the "---" on the first line opens front matter (settings up to the "---" at line 3), but what lies between is not "key: value" settings — if the "---" is a rule or a slide separator, not front matter, remove it (a file starts with its first slide); front matter holds "arc:" and "accent:" (see AUTHORING.md)',
    ]);
  });
});
