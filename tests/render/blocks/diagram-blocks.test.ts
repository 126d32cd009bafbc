// The diagram blocks: ```group (a group and the one that stands out) and ```cards (panels with
// lucide icons), read and checked in parse/ (mistakes named at their line), drawn to SVG in render/.

import { describe, expect, it } from 'vitest';
import { createCollector, formatDiagnostic } from '../../../src/diagnostics.js';
import { parseCards } from '../../../src/parse/cards-block.js';
import { DATA_BLOCK_KINDS as PARSED_KINDS } from '../../../src/parse/data-blocks.js';
import { parseGroup } from '../../../src/parse/group-block.js';
import { lucideIcon } from '../../../src/parse/icons.js';
import { drawCards } from '../../../src/render/blocks/cards.js';
import { drawGroup } from '../../../src/render/blocks/group.js';
import { DATA_BLOCK_KINDS as DRAWN_KINDS } from '../../../src/render/rules/data-fences.js';
import { splitPhrases } from '../../../src/render/rules/phrases.js';
import { createSlideFacts } from '../../../src/render/slide-facts.js';

function render(kind: 'group' | 'cards', yaml: string) {
  const { diagnostics, report } = createCollector();
  const origin = { file: 'slides/b.md', line: 10, what: `${kind} block` };
  const facts = createSlideFacts();
  const context = { idPrefix: `b-1-${kind}-1`, facts };
  // Read in parse/, drawn in render/: a block with a problem draws nothing.
  let html = '';
  if (kind === 'group') {
    const data = parseGroup(yaml, origin, report);
    if (data) html = drawGroup(data, context);
  } else {
    const data = parseCards(yaml, origin, report);
    if (data) html = drawCards(data, context);
  }
  return { html, facts, messages: diagnostics.map(formatDiagnostic) };
}

const GROUP =
  'title: 国内A100芯片储备超过1万张\ngroup: 几家互联网公司\nmembers: [商汤, 百度, 腾讯, 字节, 阿里]\nstandout: 幻方\nnote: 私募巨头\n';
const ICON_HINT = 'use a lucide icon name in kebab case, e.g. "cog", "sparkles", "building-2" (https://lucide.dev/icons)';

describe('```group', () => {
  it('draws each member and the standout as text, the standout apart, at both widths', () => {
    const { html, messages } = render('group', GROUP);
    expect(messages).toEqual([]);
    for (const name of ['商汤', '百度', '腾讯', '字节', '阿里', '幻方', '几家互联网公司']) expect(html).toContain(`>${name}</text>`);
    for (const line of ['私募巨头', '国内A100芯片储备超过1万张']) expect(html).toContain(`>${line}</tspan>`);
    expect(html.match(/class="diagram-highlight"/g)).toHaveLength(2);
    expect(html.match(/class="diagram-member"/g)).toHaveLength(10);
    expect(html).toContain(
      '<desc id="b-1-group-1-desc">国内A100芯片储备超过1万张：几家互联网公司（商汤、百度、腾讯、字节、阿里），以及幻方（私募巨头）</desc>',
    );
    // Icons are inlined, never fetched.
    expect(html).toContain('class="diagram-icon"');
    expect(html).not.toMatch(/href=|src=/);
  });

  it('records its text for the fonts: the standout’s name bold, the rest regular', () => {
    const { facts } = render('group', GROUP);
    expect(facts.bold).toEqual(['幻方']);
    for (const text of ['商汤', '几家互联网公司', '私募巨头', '国内A100芯片储备超过1万张']) expect(facts.text.join('\n')).toContain(text);
    expect(facts.ids).toEqual(['b-1-group-1-title', 'b-1-group-1-desc', 'b-1-group-1-narrow-title', 'b-1-group-1-narrow-desc']);
  });

  it('breaks a long caption between phrases, never inside a word', () => {
    const title = '国产大模型的破局者，'.repeat(6);
    const { html } = render('group', GROUP.replace('title: 国内A100芯片储备超过1万张', `title: ${title}`));
    const narrow = html.split('<svg class="deck-svg deck-svg-narrow"')[1]!;
    const caption = /<text class="diagram-title"[^>]*>(.*?)<\/text>/.exec(narrow)![1]!;
    const lines = [...caption.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(title);
    // Every line ends where a phrase ends.
    const phraseEnds = new Set(splitPhrases(title).map((_, i, all) => all.slice(0, i + 1).join('').length));
    let at = 0;
    for (const line of lines) {
      at += line.length;
      expect(phraseEnds.has(at)).toBe(true);
    }
  });

  it('names a missing key, a member that is not a name, and an unknown icon at its line', () => {
    expect(render('group', 'title: t\ngroup: g\nstandout: s\n').messages).toEqual([
      'slides/b.md:10:1: group block is missing "members" — add a line `members: …`',
    ]);
    expect(render('group', GROUP.replace('members: [商汤, 百度', 'members: [商汤, [百度]')).messages).toEqual([
      'slides/b.md:12:15: group block member 2 must be a name, got "a list or mapping" — write them as "members: [商汤, 百度, 腾讯]"',
    ]);
    expect(render('group', `${GROUP}standoutIcon: no-such-icon\n`).messages).toEqual([
      `slides/b.md:15:15: group block: unknown icon "no-such-icon" — ${ICON_HINT}`,
    ]);
  });
});

describe('```cards', () => {
  const VERSUS =
    'title: 效率机器与“失控”\nstyle: versus\ncards:\n  - { icon: cog, head: 大厂, text: 精密运转的“效率机器” }\n  - { icon: sparkles, head: 颠覆性创新, text: 需要反效率的“失控” }\n';

  it('sets two cards against each other in two colours', () => {
    const { html, messages, facts } = render('cards', VERSUS);
    expect(messages).toEqual([]);
    expect(html).toContain('deck-cards-versus');
    expect(html.match(/diagram-side-a/g)).toHaveLength(2);
    expect(html.match(/diagram-side-b/g)).toHaveLength(2);
    for (const text of ['大厂', '颠覆性创新', '精密运转的“效率机器”', '需要反效率的“失控”']) expect(html).toContain(`>${text}<`);
    expect(facts.bold.join('\n')).toBe('大厂\n颠覆性创新');
    expect(facts.text.join('\n')).toContain('≠');
  });

  it('names an unknown icon, a wrong style, a versus of three and too few cards at their lines', () => {
    expect(render('cards', VERSUS.replace('icon: cog', 'icon: Cog')).messages).toEqual([
      `slides/b.md:13:13: cards block card 1: unknown icon "Cog" — ${ICON_HINT}`,
    ]);
    expect(render('cards', VERSUS.replace('style: versus', 'style: versu')).messages[0]).toMatch(
      /^slides\/b\.md:11:8: unknown cards style "versu" — use "versus"/,
    );
    expect(render('cards', `${VERSUS}  - { icon: anchor, head: 三, text: 三 }\n`).messages[0]).toMatch(
      /^slides\/b\.md:13:3: a "versus" cards block sets exactly two cards against each other, got 3/,
    );
    expect(render('cards', 'title: t\ncards:\n  - { icon: cog, head: 一, text: 一 }\n').messages).toEqual([
      'slides/b.md:12:3: cards block needs a list "cards" of 2 to 4 cards, got 1 — write one "- { icon: …, head: …, text: … }" line per card',
    ]);
  });
});

describe('#lucideIcon', () => {
  it('finds icons by kebab-case name and nothing else', () => {
    // building-2 is an alias (renamed to building-complex): followed to the icon it names.
    expect(lucideIcon('building-2')?.body).toMatch(/^<(g|path|rect|circle)\b/);
    expect(lucideIcon('building-2')?.body).toBe(lucideIcon('building-complex')?.body);
    expect(lucideIcon('cog')?.body).toContain('<circle');
    expect(lucideIcon('chart-candlestick')?.body).not.toContain('<svg');
    expect(lucideIcon('Building2')).toBeUndefined();
    expect(lucideIcon('constructor')).toBeUndefined();
    expect(lucideIcon('__proto__')).toBeUndefined();
  });
});

describe('data block kinds', () => {
  it('render draws every kind parse reads, and no other (group and cards included)', () => {
    expect([...DRAWN_KINDS].sort()).toEqual([...PARSED_KINDS].sort());
    expect(PARSED_KINDS).toEqual(expect.arrayContaining(['group', 'cards']));
  });
});
