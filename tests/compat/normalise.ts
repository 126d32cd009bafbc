// Normalisations applied to both renderings before they are compared: each removes a difference
// nobody sees on a slide, and each is named here (the test prints them).

import type { DomNode } from './render-both.js';

/** Our own bookkeeping on each `<section>` (ids for links, the source position for messages, pacing). */
const OUR_SECTION_ATTRIBUTES = new Set(['id', 'data-layout', 'data-file', 'data-line', 'data-timing', 'data-arc']);
/** reveal's plugin's bookkeeping on each `<section>`. */
const REVEAL_SECTION_ATTRIBUTES = new Set([
  'data-markdown',
  'data-markdown-parsed',
  'data-separator',
  'data-separator-vertical',
  'data-separator-notes',
]);

export const NORMALISATIONS = [
  "section bookkeeping: our id, data-layout, data-file, data-line, data-timing and layout-* class; reveal's data-markdown*",
  'code language class: "language-js" (ours, CommonMark) and "js" (reveal) are both the language name',
  'empty class attributes: reveal writes class="" on code without a language',
  'external links: our target="_blank" rel="noopener noreferrer" (opens outside the talk)',
  'whitespace: runs collapsed, texts trimmed, blank texts dropped, outside <pre> (HTML shows them alike)',
  'table alignment: align="right" (reveal) and style="text-align:right" (ours) align the cell alike',
  'strikethrough: <del> (reveal) and <s> (ours) both draw a line through the text',
  'task lists: our contains-task-list, task-list-item and task-list-item-checkbox classes (style hooks only)',
  'highlighted code: the <span> tokens of our build-time colouring are read as their text',
] as const;

const TASK_LIST_CLASSES = /\b(contains-task-list|task-list-item-checkbox|task-list-item)\b/g;

type Element = Extract<DomNode, { tag: string }>;

function sectionAttributes(attrs: [string, string][]): [string, string][] {
  return attrs
    .filter(([name]) => !OUR_SECTION_ATTRIBUTES.has(name) && !REVEAL_SECTION_ATTRIBUTES.has(name))
    .map(([name, value]): [string, string] =>
      name === 'class'
        ? [
            name,
            value
              .split(/\s+/)
              .filter((c) => !c.startsWith('layout-'))
              .join(' '),
          ]
        : [name, value],
    )
    .filter(([name, value]) => !(name === 'class' && value === ''));
}

function elementAttributes(node: Element, parent: string): [string, string][] {
  let attrs = node.attrs;
  if (node.tag === 'section') attrs = sectionAttributes(attrs);
  if (node.tag === 'code' && parent === 'pre') {
    attrs = attrs.map(([name, value]): [string, string] =>
      name === 'class'
        ? [
            name,
            value
              .replace(/\blanguage-/g, '')
              .replace(/\bhljs\b/, '')
              .trim(),
          ]
        : [name, value],
    );
  }
  if (node.tag === 'th' || node.tag === 'td') {
    attrs = attrs.map(([name, value]): [string, string] =>
      name === 'style' && /^text-align:\w+$/.test(value) ? ['align', value.slice('text-align:'.length)] : [name, value],
    );
  }
  if (node.tag === 'a') attrs = attrs.filter(([name]) => name !== 'target' && name !== 'rel');
  attrs = attrs.map(([name, value]): [string, string] =>
    name === 'class' ? [name, value.replace(TASK_LIST_CLASSES, '').trim()] : [name, value],
  );
  return attrs.filter(([name, value]) => !(name === 'class' && value.trim() === ''));
}

/** Our highlighted code is `<span style=…>` runs inside `<code>`: its text is what reveal shows. */
function textOf(node: DomNode): string {
  return 'text' in node ? node.text : node.children.map(textOf).join('');
}

function normaliseChildren(children: DomNode[], parent: string, inPre: boolean): DomNode[] {
  if (parent === 'code' && inPre) return [{ text: children.map(textOf).join('').replace(/\n$/, '') }];
  const out: DomNode[] = [];
  for (const child of children) {
    if ('text' in child) {
      const text = inPre ? child.text : child.text.replace(/\s+/g, ' ').trim();
      if (text !== '') out.push({ text });
    } else {
      out.push(normaliseNode(child, parent, inPre));
    }
  }
  return out;
}

function normaliseNode(node: Element, parent: string, inPre: boolean): Element {
  const pre = inPre || node.tag === 'pre';
  return {
    tag: node.tag === 's' ? 'del' : node.tag,
    attrs: elementAttributes(node, parent),
    children: normaliseChildren(node.children, node.tag, pre),
  };
}

export function normalise(slides: DomNode[]): DomNode[] {
  return normaliseChildren(slides, 'div', false);
}

/** One line per element or text, indented: a readable form whose diff shows where two trees differ. */
export function printTree(nodes: DomNode[], depth = 0): string {
  return nodes
    .map((node) => {
      const pad = '  '.repeat(depth);
      if ('text' in node) return `${pad}${JSON.stringify(node.text)}`;
      const attrs = node.attrs.map(([n, v]) => ` ${n}="${v}"`).join('');
      return [`${pad}<${node.tag}${attrs}>`, printTree(node.children, depth + 1)].filter((s) => s !== '').join('\n');
    })
    .join('\n');
}
