import { describe, expect, it } from 'vitest';
import { createCollector, formatDiagnostic } from '../../src/diagnostics.js';
import { parseDeckConfig } from '../../src/parse/deck-config.js';

const parse = (text: string) => {
  const { diagnostics, report } = createCollector();
  const config = parseDeckConfig(text, 'slides/deck.yaml', report);
  return { config, messages: diagnostics.map(formatDiagnostic) };
};

describe('#parseDeckConfig', () => {
  it('fills defaults for what is not given', () => {
    const { config } = parse('title: 题目\nauthor: 讲者\n');
    expect(config).toMatchObject({ language: 'zh-CN', size: { width: 1280, height: 720 }, duration: 20, speechRate: 4 });
  });

  it('reads every documented key', () => {
    const { config, messages } = parse('title: 题目\nsubtitle: 副\nauthor: 讲者\nlanguage: zh-CN\nsource: 原文\nslug: my-talk\nsize: { width: 1920, height: 1080 }\nduration: 30\nspeechRate: 3.5\ntheme:\n  accent: "#123456"\n');
    expect(messages).toEqual([]);
    expect(config).toMatchObject({ slug: 'my-talk', size: { width: 1920, height: 1080 }, duration: 30, speechRate: 3.5, theme: { accent: '#123456' } });
  });

  it('names an unknown key and its line, with a did-you-mean', () => {
    expect(parse('title: 题目\nauthor: 讲者\ndurations: 20\n').messages).toEqual([
      'slides/deck.yaml:3:1: unknown key "durations" in deck.yaml — did you mean "duration"?',
    ]);
  });

  it('names a wrong type at the value’s position', () => {
    expect(parse('title: 题目\nauthor: 讲者\nduration: 二十\n').messages).toEqual([
      'slides/deck.yaml:3:11: "duration" in deck.yaml must be a number, got "二十"',
    ]);
  });

  it('checks nested keys', () => {
    expect(parse('title: 题目\nauthor: 讲者\nsize:\n  width: wide\n').messages[0]).toMatch(/^slides\/deck\.yaml:4:10: "size\.width" .* must be a number/);
  });

  it('reports missing required keys', () => {
    expect(parse('title: 题目\n').messages[0]).toMatch(/deck\.yaml is missing "author"/);
  });

  it('says when deck.yaml is missing or empty', () => {
    expect(parse('\n').messages).toEqual(['slides/deck.yaml:1:1: deck.yaml is missing or empty — create it with at least `title: …` and `author: …` (see AUTHORING.md)']);
  });

  it('reports invalid YAML with its line', () => {
    const { config, messages } = parse('title: 题目\nauthor: [讲者\n');
    expect(config).toBeUndefined();
    expect(messages[0]).toMatch(/^slides\/deck\.yaml:\d+:\d+: invalid YAML in deck\.yaml/);
  });
});
