// The raw-HTML rule: scripts, refresh and base refused at file:line:column; media and links recorded.

import { describe, expect, it } from 'vitest';
import { createCollector, formatDiagnostic } from '../../src/diagnostics.js';
import { createMarkdown } from '../../src/render/markdown.js';
import { createRenderEnv } from '../../src/render/render-env.js';

const md = createMarkdown();

/** Renders `text` as if it started on line 10 of slides/a.md. */
const render = (text: string, allowScripts = false) => {
  const { report, diagnostics } = createCollector();
  const env = createRenderEnv('slides/a.md', 10, 'a-1', report);
  env.allowScripts = allowScripts;
  const html = md.render(text, env);
  return { html, env, messages: diagnostics.map(formatDiagnostic) };
};

const SCRIPT_HINT = 'remove it, or, if you wrote it and trust it, set "allowScripts: true" in deck.yaml (see AUTHORING.md)';

describe('raw HTML rule', () => {
  it.each([
    [
      'an inline script block',
      '段落\n\n<script>alert(1)</script>',
      'slides/a.md:12:1: a <script> in slide HTML is not allowed: the deck runs only its own code',
    ],
    [
      'a module script',
      '<script type="module">\nimport x from "y";\n</script>',
      'slides/a.md:10:1: a <script> in slide HTML is not allowed (type="module"): the deck runs only its own code',
    ],
    [
      'a script with src',
      '文字 <script src="https://evil.example/x.js"></script> 文字',
      'slides/a.md:10:4: a <script> in slide HTML is not allowed (src="https://evil.example/x.js"): the deck runs only its own code',
    ],
    [
      'an upper-case script in a blockquote',
      '> 引文\n>\n> <SCRIPT>x()</SCRIPT>',
      'slides/a.md:12:3: a <script> in slide HTML is not allowed: the deck runs only its own code',
    ],
    [
      'a script inside a div',
      '<div>\n  <p>文字</p>\n  <script>x()</script>\n</div>',
      'slides/a.md:12:3: a <script> in slide HTML is not allowed: the deck runs only its own code',
    ],
    [
      'a script in svg',
      '<svg><script>x()</script></svg>',
      'slides/a.md:10:6: a <script> in slide HTML is not allowed: the deck runs only its own code',
    ],
  ])('reports %s at file:line:column', (_name, text, message) => {
    expect(render(text).messages).toEqual([`${message} — ${SCRIPT_HINT}`]);
  });

  it('allows scripts when deck.yaml opts in, and leaves them in the slide', () => {
    const { messages, html } = render('<script type="module">\nconsole.log(1);\n</script>', true);
    expect(messages).toEqual([]);
    expect(html).toContain('<script type="module">');
  });

  it('refuses a script from another host even when deck.yaml allows scripts', () => {
    expect(
      render(
        '<script src="https://cdn.example/x.js"></script>\n\n<script src="//cdn.example/y.js"></script>\n\n<script src="../assets/own.js"></script>',
        true,
      ).messages,
    ).toEqual([
      'slides/a.md:10:1: a <script> from another host is not allowed (src="https://cdn.example/x.js"), even with allowScripts — the deck must work offline and run only its own code: copy the script into the project and load it from there',
      'slides/a.md:12:1: a <script> from another host is not allowed (src="//cdn.example/y.js"), even with allowScripts — the deck must work offline and run only its own code: copy the script into the project and load it from there',
    ]);
  });

  it('does not mistake code, code spans, comments or escaped text for a script', () => {
    const text =
      '`<script>` 是标签\n\n```html\n<script>x()</script>\n```\n\n    <script>y()</script>\n\n<!-- <script>z()</script> -->\n\n&lt;script&gt;';
    expect(render(text).messages).toEqual([]);
  });

  it('always refuses <meta http-equiv="refresh"> and <base>, even with scripts allowed', () => {
    const { messages } = render(
      '<meta http-equiv="Refresh" content="0; url=https://evil.example">\n\n文字 <base href="https://evil.example/">',
      true,
    );
    expect(messages).toEqual([
      'slides/a.md:10:1: <meta http-equiv="refresh"> in slide HTML is not allowed: it would take the audience away from the deck — remove it; write a link instead',
      'slides/a.md:12:4: <base> in slide HTML is not allowed: it changes where every link and file of the deck points — remove it; write each link in full instead',
    ]);
  });

  it('records raw-HTML images, sources, video posters, lazy data-src files and links with line and column', () => {
    const text = [
      '<img src="../assets/a.png" alt="甲">',
      '',
      '<video src="../assets/v.mp4" poster="../assets/p.jpg">',
      '  <source src="../assets/v.webm" srcset="../assets/s1.png 1x, ../assets/s2.png 2x">',
      '</video>',
      '',
      '见 <a href="../../../etc/passwd">这里</a> 和 <img src="/b.png">',
      '',
      '<img data-src="../assets/lazy.png" alt="乙">',
    ].join('\n');
    const { env, messages } = render(text);
    expect(messages).toEqual([]);
    expect(env.images).toEqual([
      { src: '../assets/a.png', alt: '甲', line: 10, column: 1, tag: 'img' },
      { src: '../assets/v.mp4', alt: '', line: 12, column: 1, tag: 'video' },
      { src: '../assets/p.jpg', alt: '', line: 12, column: 1, tag: 'video' },
      { src: '../assets/v.webm', alt: '', line: 13, column: 3, tag: 'source' },
      { src: '../assets/s1.png', alt: '', line: 13, column: 3, tag: 'source' },
      { src: '../assets/s2.png', alt: '', line: 13, column: 3, tag: 'source' },
      { src: '/b.png', alt: '', line: 16, column: 42, tag: 'img' },
      { src: '../assets/lazy.png', alt: '乙', line: 18, column: 1, tag: 'img' },
    ]);
    expect(env.links).toEqual([{ href: '../../../etc/passwd', line: 16, column: 12 }]);
  });

  it('keeps the positions of many tags on one line in linear time', () => {
    const start = performance.now();
    const { env } = render(`文字 ${'<img src="x.png"> '.repeat(50_000)}`);
    expect(env.images).toHaveLength(50_000);
    expect(env.images[1]!.column).toBe(22);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
