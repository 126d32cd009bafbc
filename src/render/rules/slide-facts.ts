// Slide facts: after every other rule, walks the Markdown tokens (and reads raw HTML with
// htmlparser2) to record the slide's title, ids, file URLs, text by face and layout elements.

import { Parser } from 'htmlparser2';
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { DATA_BLOCK_KINDS } from './data-fences.js';
import type { RenderEnv } from '../render-env.js';
import { FactsRecorder, type ElementStack } from '../slide-facts.js';

/** The raw HTML of one rendering, read as one stream: a `<b>` and its `</b>` are often apart. */
function createRawReader(recorder: FactsRecorder, markdown: ElementStack) {
  const raw: ElementStack = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        recorder.open(raw, name, Object.entries(attributes));
        // An `alt` is drawn when its image cannot load.
        if (attributes.alt) recorder.alt(attributes.alt, raw, markdown);
      },
      onclosetag: (name) => recorder.close(raw, name),
      ontext: (text) => recorder.text(text, raw, markdown),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  return { raw, parser };
}

interface Walk {
  recorder: FactsRecorder;
  markdown: ElementStack;
  raw: ElementStack;
  parser: Parser;
}

function visitInline(children: Token[], walk: Walk): void {
  const { recorder, markdown, raw, parser } = walk;
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') recorder.text(child.content, markdown, raw);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') recorder.text('\n', markdown, raw);
    else if (child.type === 'html_inline') parser.write(child.content);
    else if (child.type === 'image') visitImage(child, walk);
    else if (child.nesting === 1) recorder.open(markdown, child.tag, child.attrs ?? []);
    else if (child.nesting === -1) recorder.close(markdown, child.tag);
  }
}

function visitImage(image: Token, { recorder, markdown, raw }: Walk): void {
  recorder.open(
    markdown,
    'img',
    (image.attrs ?? []).filter(([name]) => name !== 'src'),
  );
  recorder.close(markdown, 'img');
  const alt = image.children?.map((c) => c.content).join('') ?? '';
  if (alt) recorder.alt(alt, markdown, raw);
}

function visit(tokens: Token[], walk: Walk): void {
  const { recorder, markdown, raw, parser } = walk;
  for (const token of tokens) {
    if (token.type === 'inline') visitInline(token.children ?? [], walk);
    else if (token.type === 'html_block') parser.write(token.content);
    else if (token.type === 'fence' || token.type === 'code_block') {
      // Data blocks record their own text when drawn (blocks/); other code shows as written.
      recorder.open(markdown, 'code', token.attrs ?? []);
      if (token.type === 'code_block' || !isDataFence(token)) recorder.text(token.content, markdown, raw);
      recorder.close(markdown, 'code');
    } else if (token.nesting === 1) recorder.open(markdown, token.tag, token.attrs ?? []);
    else if (token.nesting === -1) recorder.close(markdown, token.tag);
    if (token.block && token.nesting !== 1) recorder.text('\n', markdown, raw);
  }
}

const isDataFence = (token: Token) => DATA_BLOCK_KINDS.includes(token.info.trim().split(/\s+/)[0] ?? '');

function slideFactsRule(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  const recorder = new FactsRecorder(env.facts);
  const markdown: ElementStack = [];
  const { raw, parser } = createRawReader(recorder, markdown);
  visit(state.tokens, { recorder, markdown, raw, parser });
  parser.end();
}

export function slideFactsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('deck_slide_facts', slideFactsRule);
}
