import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics.js';
import { buildDeck } from '../src/pipeline.js';

const CONFIG = { path: 'slides/deck.yaml', text: 'title: 题目\nauthor: 讲者\nduration: 1\n' };
const build = (files: Record<string, string>, config = CONFIG) =>
  buildDeck(
    config,
    Object.entries(files).map(([path, text]) => ({ path, text })),
  );
const messages = (files: Record<string, string>, config = CONFIG) => build(files, config).diagnostics.map(formatDiagnostic);

describe('#buildDeck', () => {
  it('renders files in order into horizontal sections, nesting vertical stacks', () => {
    const { rendered, diagnostics } = build({ 'slides/01-a.md': '## 一\n\n--\n\n## 一之二\n\n---\n\n## 二', 'slides/02-b.md': '## 三' });
    expect(diagnostics).toEqual([]);
    expect(rendered!.slides.map((s) => s.id)).toEqual(['01-a-1', '01-a-2', '01-a-3', '02-b-1']);
    expect(rendered!.html).toMatch(
      /^<section>\n<section id="01-a-1"[\s\S]*<section id="01-a-2"[\s\S]*<\/section>\n<\/section>\n<section id="01-a-3"/,
    );
  });

  it('lists every problem of every file, in file and line order', () => {
    expect(
      messages({
        'slides/01-a.md': '## 一\n\n---\n\n<!-- .slide: layout="qoute" -->\n## 二',
        'slides/02-b.md': '<!-- .slide: layout="chart" -->\n## 图\n\n```chart\ntitle: 图\ndata: []\n```',
      }),
    ).toEqual([
      'slides/01-a.md:5:1: unknown layout "qoute" — did you mean "quote"?',
      'slides/02-b.md:6:7: chart block needs a non-empty list "data" — write one "- { … }" line per item; or, if this is not chart data, show it as code: label the fence ```yaml instead of ```chart',
    ]);
  });

  it('accepts CRLF line endings and a UTF-8 BOM, keeping line numbers', () => {
    const { rendered, diagnostics } = build({
      'slides/01-a.md': '\uFEFF## 一\r\n\r\n---\r\n\r\n<!-- .slide: layout="nope" -->\r\n## 二\r\n',
    });
    expect(rendered!.slides).toHaveLength(2);
    expect(diagnostics.map(formatDiagnostic)[0]).toMatch(/^slides\/01-a\.md:5:1: unknown layout "nope"/);
  });

  it('reports an empty file, a binary file and an empty slides folder', () => {
    expect(messages({ 'slides/01-a.md': '\n\n' })).toEqual([
      'slides/01-a.md:1:1: this file has no slides — write a slide, or delete the file',
    ]);
    expect(messages({ 'slides/01-a.md': 'PNG\u0000\u0001' })[0]).toMatch(/this is not a text file/);
    expect(messages({})).toEqual(['slides/:1:1: no slide files found — add Markdown files such as slides/01-intro.md']);
  });

  it('reports duplicate slide ids at the second use', () => {
    expect(messages({ 'slides/01-a.md': '<!-- .slide: id="x" -->\n## 一\n\n---\n\n<!-- .slide: id="x" -->\n## 二' })[0]).toMatch(
      /^slides\/01-a\.md:6:1: slide id "x" is used twice/,
    );
  });

  it('warns when the notes take longer than the talk’s duration', () => {
    const long = `## 一\n\nNote:\n${'讲'.repeat(400)}`;
    expect(messages({ 'slides/01-a.md': long })).toEqual([
      'slides/deck.yaml:1:1: warning: the notes take about 2 minutes to say, over the 1-minute duration — shorten the notes or raise "duration"',
    ]);
  });

  it('keeps rendering the other slides when one has an error', () => {
    const { rendered } = build({ 'slides/01-a.md': '<!-- .slide: layout="qoute" -->\n## 一\n\n---\n\n## 二' });
    expect(rendered!.slides).toHaveLength(2);
  });

  it('returns no deck when deck.yaml is unusable, but still checks the slides', () => {
    const result = build({ 'slides/01-a.md': '<!-- .slide: layout="x" -->\n## 一' }, { path: 'slides/deck.yaml', text: 'title: [' });
    expect(result.rendered).toBeUndefined();
    expect(result.diagnostics.map((d) => d.file)).toEqual(['slides/01-a.md', 'slides/deck.yaml']);
  });

  it('gives deck.yaml the encoding checks of a slide file: binary, invalid UTF-8, BOM and CRLF', () => {
    const slides = { 'slides/01-a.md': '## 一' };
    expect(messages(slides, { path: 'slides/deck.yaml', text: 'title: \u0000\nauthor: x\n' })).toEqual([
      'slides/deck.yaml:1:1: this is not a text file — deck.yaml must be UTF-8 text (YAML)',
    ]);
    expect(messages(slides, { path: 'slides/deck.yaml', text: 'title: 题目\r\nauthor: \uFFFD\r\n' })).toEqual([
      'slides/deck.yaml:2:9: this file is not valid UTF-8 — save it as UTF-8 (in most editors: "Save with Encoding"); GBK and other encodings cannot be read',
    ]);
    const normalised = build(slides, { path: 'slides/deck.yaml', text: '\uFEFFtitle: 题目\r\nauthor: 讲者\rduration: 1\r\n' });
    expect(normalised.diagnostics).toEqual([]);
    expect(normalised.model!.config).toMatchObject({ title: '题目', author: '讲者', duration: 1 });
  });

  it('refuses a slide <script> unless deck.yaml sets allowScripts: true, in the slide and its notes', () => {
    const slides = { 'slides/01-a.md': '## 一\n\n<script>console.log(1)</script>\n\nNote:\n备注 <script src="x.js"></script>' };
    expect(messages(slides).map((m) => m.replace(/ — .*/, ''))).toEqual([
      'slides/01-a.md:3:1: a <script> in slide HTML is not allowed: the deck runs only its own code',
      'slides/01-a.md:6:4: a <script> in slide HTML is not allowed (src="x.js"): the deck runs only its own code',
    ]);
    const allowed = build(slides, { path: 'slides/deck.yaml', text: `${CONFIG.text}allowScripts: true\n` });
    expect(allowed.diagnostics).toEqual([]);
    expect(allowed.model!.config.allowScripts).toBe(true);
    expect(allowed.rendered!.html).toContain('<script>console.log(1)</script>');
  });

  it('reports a slide whose image resolver throws (a folder named like an image) and renders the others', () => {
    const slides = [{ path: 'slides/01-a.md', text: '## 一\n\n![图](../assets/x.png)\n\n---\n\n## 二' }];
    const result = buildDeck(CONFIG, slides, {
      resolveImage: () => {
        throw new Error("EISDIR: illegal operation on a directory, read 'assets/x.png'");
      },
    });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "slides/01-a.md:1:1: this slide could not be rendered: EISDIR: illegal operation on a directory, read 'assets/x.png' — fix what the message names (a file it uses?); if it names nothing in the slide, report it with the slide's text",
    ]);
    expect(result.rendered!.slides.map((s) => s.title)).toEqual(['二']);
  });

  it('places a problem on the notes’ first line at its file column, after "Note: "', () => {
    expect(messages({ 'slides/01-a.md': '## 一\n\nNote: 备注 <base href="/">' }).map((m) => m.replace(/ — .*/, ''))).toEqual([
      'slides/01-a.md:3:10: <base> in slide HTML is not allowed: it changes where every link and file of the deck points',
    ]);
    expect(messages({ 'slides/01-a.md': '## 一\n\nNote:\n\n  备注 <base href="/">' }).map((m) => m.replace(/ — .*/, ''))).toEqual([
      'slides/01-a.md:5:6: <base> in slide HTML is not allowed: it changes where every link and file of the deck points',
    ]);
  });
});
