// The differential corpus: reveal.js Markdown inputs (its docs/markdown.md, its test/test-markdown*.html
// decks, and edge cases a migrating author meets), each one slide file.

export interface CompatCase {
  name: string;
  markdown: string;
}

const FENCE = '```';

export const CORPUS: CompatCase[] = [
  // reveal.js docs/markdown.md
  {
    name: 'docs: a heading and a paragraph with a link',
    markdown: '## Slide 1\nA paragraph with some text and a [link](https://hakim.se).',
  },
  {
    name: 'docs: horizontal and vertical separators',
    markdown: '# Slide 1\n\n---\n\n## Slide 2\n\n--\n\n## Slide 2.1\n\n--\n\n## Slide 2.2\n\n---\n\n## Slide 3',
  },
  { name: 'docs: speaker notes', markdown: '## Slide 1\nA paragraph with some text.\n\nNote: This will only display in the notes window.' },
  {
    name: 'docs: element attributes on list items',
    markdown:
      '- Item 1 <!-- .element: class="fragment" data-fragment-index="2" -->\n- Item 2 <!-- .element: class="fragment" data-fragment-index="1" -->',
  },
  { name: 'docs: slide background attribute', markdown: '<!-- .slide: data-background="#ff0000" -->\n## Slide with a red background' },
  {
    name: 'docs: code with line highlights in steps',
    markdown: `${FENCE}js [1-2|3|4]\nlet a = 1;\nlet b = 2;\nlet c = x => 1 + 2 + x;\nc(3);\n${FENCE}`,
  },
  {
    name: 'docs: code with a line-number offset',
    markdown: `${FENCE}js [712: 1-2|3|4]\nlet a = 1;\nlet b = 2;\nlet c = x => 1 + 2 + x;\nc(3);\n${FENCE}`,
  },
  { name: 'docs: code with line numbers, no highlight', markdown: `${FENCE}js []\nlet a = 1;\nlet b = 2;\n${FENCE}` },
  { name: 'docs: plain fenced code with a language', markdown: `${FENCE}python\nprint("hello")\n${FENCE}` },
  { name: 'docs: fenced code without a language', markdown: `${FENCE}\nplain text\n${FENCE}` },
  // reveal.js test/test-markdown.html, test-markdown-element-attributes.html, test-markdown-slide-attributes.html
  {
    name: 'test: paragraph with a fragment comment on its line',
    markdown: '## Element Attributes\nParagraph 1 <!-- .element: class="fragment" -->',
  },
  { name: 'test: comment on the line after a paragraph', markdown: 'Paragraph 2\n<!-- .element: class="fragment" -->' },
  {
    name: 'test: list items with fragment indices',
    markdown:
      '- list item 1 <!-- .element: class="fragment" data-fragment-index="3" -->\n- list item 2 <!-- .element: class="fragment" data-fragment-index="1" -->\n- list item 3 <!-- .element: class="fragment" data-fragment-index="2" -->',
  },
  {
    name: 'test: comment after a list, no blank line (last item)',
    markdown: '- list item 1\n- list item 2\n<!-- .element: class="fragment" -->',
  },
  {
    name: 'test: comment after a list, blank line (the list)',
    markdown: '- list item 1\n- list item 2\n\n<!-- .element: class="fragment" -->',
  },
  { name: 'test: image with a class on its line', markdown: '![pic](p.png) <!-- .element: style="width: 200px" class="r-frame" -->' },
  { name: 'test: slide attributes data-transition', markdown: '<!-- .slide: data-transition="zoom" -->\n## Zoom' },
  { name: 'test: slide attributes on vertical slides', markdown: '## A\n\n--\n\n<!-- .slide: data-background="#00ffff" -->\n## B' },
  { name: 'test: slide state attribute', markdown: '<!-- .slide: data-state="alert" -->\n## Alert' },
  { name: 'test: heading with a fragment', markdown: '## Title <!-- .element: class="fragment" -->' },
  { name: 'test: notes with Markdown', markdown: '## S\n\nNote:\n- point one\n- **point** two' },
  { name: 'test: notes: lower case', markdown: '## S\n\nnotes: quiet words' },
  // Markdown itself
  { name: 'md: emphasis and code spans', markdown: 'Some *emphasis*, **strong** and `code`.' },
  { name: 'md: ordered list', markdown: '1. one\n2. two\n3. three' },
  { name: 'md: nested list', markdown: '- a\n  - a1\n  - a2\n- b' },
  { name: 'md: blockquote', markdown: '> A quote\n> on two lines' },
  { name: 'md: table', markdown: '| a | b |\n|---|--:|\n| 1 | 2 |' },
  { name: 'md: image', markdown: '![A diagram](diagram.png)' },
  { name: 'md: raw HTML block', markdown: '<div class="box">\n\n**bold inside**\n\n</div>' },
  { name: 'md: inline HTML', markdown: 'text <span class="hl">marked</span> text' },
  { name: 'md: hard break', markdown: 'line one  \nline two' },
  { name: 'md: horizontal rule inside a slide', markdown: 'above\n\n***\n\nbelow' },
  { name: 'md: headings h1 to h3', markdown: '# One\n## Two\n### Three' },
  // GFM (reveal's marked runs with gfm: true)
  { name: 'gfm: bare URL', markdown: 'See https://revealjs.com for more.' },
  { name: 'gfm: file names and www links', markdown: 'Read README.md, deck.yaml or www.example.com.' },
  { name: 'gfm: e-mail address', markdown: 'Write to someone@example.com today.' },
  { name: 'gfm: task list', markdown: '- [ ] open\n- [x] done' },
  { name: 'gfm: strikethrough', markdown: 'This is ~~wrong~~ right.' },
  // Braces (bug 1)
  { name: 'braces: heading', markdown: '## Sets {A}' },
  { name: 'braces: paragraph', markdown: 'The set is {a, b}' },
  { name: 'braces: word', markdown: 'Object {key}' },
  // Edge cases
  { name: 'edge: comment after a fenced block', markdown: `${FENCE}js\nlet a = 1;\n${FENCE}\n<!-- .element: class="fragment" -->` },
  { name: 'edge: Note: inside code', markdown: `${FENCE}\nNote: not notes\n${FENCE}` },
  { name: 'edge: --- inside code', markdown: `${FENCE}yaml\n---\nkey: v\n${FENCE}` },
  { name: 'edge: star list', markdown: '* one\n* two' },
  { name: 'edge: Chinese lines joined', markdown: '第一行\n第二行' },
  { name: 'edge: entity and ampersand', markdown: 'AT&amp;T &copy; & more' },
  { name: 'edge: plain HTML comment', markdown: 'text\n\n<!-- a comment -->' },
  {
    name: 'edge: two element comments on one slide',
    markdown: 'first <!-- .element: class="fragment" -->\n\nsecond <!-- .element: class="fragment" -->',
  },
];
