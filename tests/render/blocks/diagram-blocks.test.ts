// The diagram blocks: ```group (a group and the one that stands out) and ```cards (panels with
// lucide icons), drawn to SVG at build time, with their mistakes named at their line.

import { describe, expect, it } from 'vitest';
import { createCollector, formatDiagnostic } from '../../../src/diagnostics.js';
import { renderCards } from '../../../src/render/blocks/cards.js';
import { renderGroup } from '../../../src/render/blocks/group.js';
import { lucideIcon } from '../../../src/render/blocks/icon.js';

const context = (what: string, report: ReturnType<typeof createCollector>['report']) => ({ origin: { file: 'slides/b.md', line: 10, what }, report, idPrefix: `b-1-${what}` });

function render(kind: 'group' | 'cards', yaml: string) {
  const { diagnostics, report } = createCollector();
  const html = kind === 'group' ? renderGroup(yaml, context('group block', report)) : renderCards(yaml, context('cards block', report));
  return { html, messages: diagnostics.map(formatDiagnostic) };
}

const GROUP = 'title: 国内A100芯片储备超过1万张\ngroup: 几家互联网公司\nmembers: [商汤, 百度, 腾讯, 字节, 阿里]\nstandout: 幻方\nnote: 私募巨头\n';

describe('```group', () => {
  it('draws each member and the standout as text, the standout apart, at both widths', () => {
    const { html, messages } = render('group', GROUP);
    expect(messages).toEqual([]);
    for (const name of ['商汤', '百度', '腾讯', '字节', '阿里', '幻方', '私募巨头', '几家互联网公司', '国内A100芯片储备超过1万张']) expect(html).toContain(`>${name}</text>`);
    expect(html.match(/class="diagram-highlight"/g)).toHaveLength(2);
    expect(html.match(/class="diagram-member"/g)).toHaveLength(10);
    expect(html).toContain('<desc id="b-1-group block-desc">国内A100芯片储备超过1万张：几家互联网公司（商汤、百度、腾讯、字节、阿里），以及幻方（私募巨头）</desc>');
    // Icons are inlined, never fetched.
    expect(html).toContain('class="diagram-icon"');
    expect(html).not.toMatch(/href=|src=/);
  });

  it('names a missing key, and an unknown icon at its line', () => {
    expect(render('group', 'title: t\ngroup: g\nstandout: s\n').messages).toEqual(['slides/b.md:10:1: group block is missing "members" — add a line `members: …`']);
    expect(render('group', `${GROUP}standoutIcon: no-such-icon\n`).messages).toEqual([
      'slides/b.md:15:15: group block: unknown icon "no-such-icon" — use a lucide icon name in kebab case, e.g. "cog", "sparkles", "building-2" (https://lucide.dev/icons)',
    ]);
  });
});

describe('```cards', () => {
  const VERSUS = 'title: 效率机器与“失控”\nstyle: versus\ncards:\n  - { icon: cog, head: 大厂, text: 精密运转的“效率机器” }\n  - { icon: sparkles, head: 颠覆性创新, text: 需要反效率的“失控” }\n';

  it('sets two cards against each other in two colours', () => {
    const { html, messages } = render('cards', VERSUS);
    expect(messages).toEqual([]);
    expect(html).toContain('deck-cards-versus');
    expect(html.match(/diagram-side-a/g)).toHaveLength(2);
    expect(html.match(/diagram-side-b/g)).toHaveLength(2);
    for (const text of ['大厂', '颠覆性创新', '精密运转的“效率机器”', '需要反效率的“失控”']) expect(html).toContain(`>${text}<`);
  });

  it('names an unknown icon, a wrong style and a versus of three at their lines', () => {
    expect(render('cards', VERSUS.replace('icon: cog', 'icon: Cog')).messages).toEqual([
      'slides/b.md:13:13: cards block card 1: unknown icon "Cog" — use a lucide icon name in kebab case, e.g. "cog", "sparkles", "building-2" (https://lucide.dev/icons)',
    ]);
    expect(render('cards', VERSUS.replace('style: versus', 'style: versu')).messages[0]).toMatch(/^slides\/b\.md:11:8: unknown cards style "versu" — use "versus"/);
    expect(render('cards', `${VERSUS}  - { icon: anchor, head: 三, text: 三 }\n`).messages[0]).toMatch(/^slides\/b\.md:13:3: a "versus" cards block sets exactly two cards/);
  });
});

describe('#lucideIcon', () => {
  it('finds icons by kebab-case name and nothing else', () => {
    expect(lucideIcon('building-2')).toContain('<svg');
    expect(lucideIcon('chart-candlestick')).toContain('<svg');
    expect(lucideIcon('Building2')).toBeUndefined();
    expect(lucideIcon('constructor')).toBeUndefined();
    expect(lucideIcon('__proto__')).toBeUndefined();
  });
});
