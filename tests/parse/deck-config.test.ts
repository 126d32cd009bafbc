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
    const { config, messages } = parse(
      'title: 题目\nsubtitle: 副\nauthor: 讲者\nlanguage: zh-CN\nsource: 原文\nslug: my-talk\nsize: { width: 1920, height: 1080 }\nduration: 30\nspeechRate: 3.5\ntheme:\n  accent: "#123456"\n',
    );
    expect(messages).toEqual([]);
    expect(config).toMatchObject({
      slug: 'my-talk',
      size: { width: 1920, height: 1080 },
      duration: 30,
      speechRate: 3.5,
      theme: { accent: '#123456' },
    });
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
    expect(parse('title: 题目\nauthor: 讲者\nsize:\n  width: wide\n').messages[0]).toMatch(
      /^slides\/deck\.yaml:4:10: "size\.width" .* must be a number/,
    );
  });

  it('reports missing required keys', () => {
    expect(parse('author: 讲者\n').messages[0]).toMatch(/deck\.yaml is missing "title"/);
  });

  it('takes speaker, event and date as optional keys, and needs no author', () => {
    const { config, messages } = parse('title: 题目\nspeaker: 张三\nevent: 读书会\ndate: 2025年3月\n');
    expect(messages).toEqual([]);
    expect(config).toMatchObject({ speaker: '张三', event: '读书会', date: '2025年3月' });
    expect(config?.author).toBeUndefined();
    expect(parse('title: 题目\nspeaker: [张三]\n').messages[0]).toMatch(/"speaker" in deck\.yaml must be a string/);
    // A bare year is a number to YAML: it is still the date as written.
    expect(parse('title: 题目\ndate: 2025\n').config?.date).toBe(2025);
    expect(parse('title: 题目\ndate: [2025]\n').messages[0]).toMatch(/"date" in deck\.yaml must be a string, not a list or mapping/);
  });

  it('says when deck.yaml is missing or empty', () => {
    expect(parse('\n').messages).toEqual([
      'slides/deck.yaml:1:1: deck.yaml is missing or empty — create it with at least `title: …` (see AUTHORING.md)',
    ]);
  });

  it('reports invalid YAML with its line', () => {
    const { config, messages } = parse('title: 题目\nauthor: [讲者\n');
    expect(config).toBeUndefined();
    expect(messages[0]).toMatch(/^slides\/deck\.yaml:\d+:\d+: invalid YAML in deck\.yaml/);
  });
});

describe('#parseDeckConfig hostile values', () => {
  it.each([['rgb(0 0 0;} .reveal{display:none} x{a:b)'], ['red; background: url(x)'], ['red blue'], ['notacolor'], ['var(--x)'], ['#12']])(
    'refuses theme.accent %j: only one valid CSS colour passes',
    (accent) => {
      const { config, messages } = parse(`title: 题目\nauthor: 讲者\ntheme:\n  accent: ${JSON.stringify(accent)}\n`);
      expect(config).toBeUndefined();
      expect(messages).toEqual([
        `slides/deck.yaml:4:11: "theme.accent" in deck.yaml must be one CSS colour such as "#2563eb" or "rgb(37 99 235)", got ${JSON.stringify(accent)}`,
      ]);
    },
  );

  it.each([['#2563eb'], ['red'], ['rgb(37 99 235)'], ['hsl(220 80% 50%)'], ['oklch(0.55 0.2 260)'], ['transparent']])(
    'accepts the colour %j',
    (accent) => {
      expect(parse(`title: 题目\nauthor: 讲者\ntheme:\n  accent: "${accent}"\n`).messages).toEqual([]);
    },
  );

  it('refuses the slug "index", which would overwrite index.html, at the slug’s line', () => {
    expect(parse('title: 题目\nauthor: 讲者\nslug: index\n').messages).toEqual([
      'slides/deck.yaml:3:7: slug "index" would overwrite dist/index.html, the deck\'s own page — choose another name, e.g. "deepseek-talk"',
    ]);
  });

  it('refuses a slug too long for a file name, and accepts one at the limit', () => {
    expect(parse(`title: 题目\nauthor: 讲者\n\nslug: ${'a'.repeat(201)}\n`).messages).toEqual([
      'slides/deck.yaml:4:7: slug is 201 characters long, over the limit of 200 — file names have a limit; choose a shorter name, e.g. "deepseek-talk"',
    ]);
    expect(parse(`title: 题目\nauthor: 讲者\nslug: ${'a'.repeat(200)}\n`).messages).toEqual([]);
  });

  it('reports a slug that is not a file name at its line', () => {
    expect(parse('title: 题目\nauthor: 讲者\nslug: "../x"\n').messages).toEqual([
      'slides/deck.yaml:3:7: slug "../x" is not usable as a file name — use lower-case letters, digits and "-", e.g. "deepseek-talk"',
    ]);
  });

  it('reads allowScripts as a boolean, off by default', () => {
    expect(parse('title: 题目\nauthor: 讲者\n').config!.allowScripts).toBeUndefined();
    expect(parse('title: 题目\nauthor: 讲者\nallowScripts: true\n').config!.allowScripts).toBe(true);
    expect(parse('title: 题目\nauthor: 讲者\nallowScripts: yes please\n').messages).toEqual([
      'slides/deck.yaml:3:15: "allowScripts" in deck.yaml must be true or false, got "yes please"',
    ]);
  });
});
