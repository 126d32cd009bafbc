// Issue 15's bugs, one by one: reveal.js Markdown that a migrating author writes renders as reveal.js renders it.

import { describe, expect, it } from 'vitest';
import { createCollector } from '../../src/diagnostics.js';
import { createMarkdown } from '../../src/render/markdown.js';
import { createRenderEnv } from '../../src/render/render-env.js';

const md = createMarkdown();

function render(markdown: string) {
  const { report, diagnostics } = createCollector();
  const env = createRenderEnv('slides/a.md', 10, 'a-1', report);
  return { html: md.render(markdown, env).trim(), diagnostics, env };
}

describe('reveal.js Markdown, as reveal.js renders it', () => {
  it('bug 2: a comment on the line of an image styles the image', () => {
    expect(render('![pic](p.png) <!-- .element: style="width: 200px" class="r-frame" -->').html).toBe(
      '<p><img src="p.png" alt="pic" style="width: 200px" class="r-frame"> </p>',
    );
  });

  it('bug 2: …and one after emphasis styles the emphasis, one after text the paragraph', () => {
    expect(render('a **b** <!-- .element: class="fragment" -->').html).toBe('<p>a <strong class="fragment">b</strong> </p>');
    expect(render('a b <!-- .element: class="fragment" -->').html).toBe('<p class="fragment">a b </p>');
  });

  it("bug 3: line highlights and a start line become reveal's data attributes", () => {
    expect(render('```js [1-2|3]\nlet a;\n```').html).toBe(
      '<pre><code data-line-numbers="1-2|3" class="language-js">let a;\n</code></pre>',
    );
    expect(render('```js [712: 1|2]\nlet a;\n```').html).toBe(
      '<pre><code data-line-numbers="1|2" data-ln-start-from="712" class="language-js">let a;\n</code></pre>',
    );
    expect(render('```js []\nlet a;\n```').html).toBe('<pre><code data-line-numbers="" class="language-js">let a;\n</code></pre>');
  });

  it('bug 4: a comment right after a list styles its last item; after a blank line, the list', () => {
    expect(render('- a\n- b\n<!-- .element: class="fragment" -->').html).toBe('<ul>\n<li>a</li>\n<li class="fragment">b</li>\n</ul>');
    expect(render('- a\n- b\n\n<!-- .element: class="fragment" -->').html).toBe('<ul class="fragment">\n<li>a</li>\n<li>b</li>\n</ul>');
  });

  it('bug 5: bare URLs are links and task lists show checkboxes', () => {
    expect(render('See https://revealjs.com now').html).toBe(
      '<p>See <a href="https://revealjs.com" target="_blank" rel="noopener noreferrer">https://revealjs.com</a> now</p>',
    );
    const { html } = render('- [ ] open\n- [x] done');
    expect(html).toContain('<input class="task-list-item-checkbox" disabled="" type="checkbox"> open');
    expect(html).toContain('<input class="task-list-item-checkbox" checked="" disabled="" type="checkbox"> done');
  });

  it('bug 6: a comment after a fenced block styles the <pre>', () => {
    expect(render('```js\nlet a;\n```\n<!-- .element: class="fragment" -->').html).toBe(
      '<pre class="fragment"><code class="language-js">let a;\n</code></pre>',
    );
  });
});

describe('braces (issue 15 bug 1)', () => {
  it.each([
    ['## Sets {A}', '<h2>Sets {A}</h2>'],
    ['The set is {a, b}', '<p>The set is {a, b}</p>'],
    ['Object {key}', '<p>Object {key}</p>'],
  ])('keeps %j as text, silently (it is not attributes)', (input, expected) => {
    const { html, diagnostics } = render(input);
    expect(html).toBe(expected);
    expect(diagnostics).toEqual([]);
  });

  it('warns at its line about attributes in braces that are not applied', () => {
    const { html, diagnostics } = render('text {.fragment} more\n\nnext {style=color:red}');
    expect(html).toBe('<p>text {.fragment} more</p>\n<p>next {style=color:red}</p>');
    expect(diagnostics.map((d) => `${d.line} ${d.severity}: ${d.message}`).sort()).toEqual([
      '10 warning: "{.fragment}" is shown as text: attributes in {…} apply only at the end of a paragraph, heading or list item',
      '12 warning: "{style=color:red}" is shown as text: only class, id and data-* attributes can be set with {…}',
    ]);
  });
});
