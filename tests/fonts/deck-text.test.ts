// The deck's text for font subsetting: all of it for the regular face, the bold part for the bold.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_TEXT, deckText } from '../../src/fonts/deck-text.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadRealDeck, PROJECT_ROOT } from '../_support/project.js';

const CLIENT_DIR = join(PROJECT_ROOT, 'src/client');
const chars = (text: string) => new Set(text.replace(/\s/g, ''));

/** The text of a one-slide deck written in Markdown, as the renderer records it. */
function htmlText(markdown: string): { all: string; bold: string } {
  const slides = buildDeck({ path: 'slides/deck.yaml', text: 'title: 题\nauthor: 者\n' }, [{ path: 'slides/01-a.md', text: markdown }])
    .rendered!.slides;
  return { all: slides.flatMap((s) => s.facts.text).join(' '), bold: slides.flatMap((s) => s.facts.bold).join(' ') };
}

describe('text by face, as the renderer records it', () => {
  it('keeps every text, and puts headings, strong and b in bold', () => {
    const { all, bold } = htmlText('## 标题\n\n正文**重点**和<b>粗</b>，*斜*');
    expect(chars(all)).toEqual(chars('标题正文重点和粗，斜'));
    expect(chars(bold)).toEqual(chars('标题重点粗'));
  });

  it('follows the theme’s bold classes in SVG charts, timelines and stats', () => {
    const markdown = [
      '```stat',
      'value: 2000万',
      'label: 日活',
      '```',
      '```chart',
      'title: 图',
      'unit: 万',
      'data:',
      '  - { label: 豆包, value: 1695 }',
      '```',
      '```timeline',
      '- { date: 2023, text: 高亮, highlight: true }',
      '- { date: 2015, text: 平常 }',
      '```',
    ].join('\n');
    const { all, bold } = htmlText(markdown);
    expect(chars(bold)).toEqual(chars('2000万1695万2023高亮2015'));
    for (const ch of chars('日活图豆包平常时间线')) expect(all).toContain(ch);
  });

  it('a theme class outside its context is not bold (.stat-value outside .deck-stat)', () => {
    expect(htmlText('<p class="stat-value">数</p>').bold.trim()).toBe('');
  });

  it('bold is inherited, and a descendant of a bold element stays bold', () => {
    expect(chars(htmlText('### 大*标<span>题</span>*\n\n小').bold)).toEqual(chars('大标题'));
  });

  it('reads raw HTML: inline font-weight, th, links (bold when printed), alt text, entities', () => {
    const { all, bold } = htmlText(
      '<span style="font-weight: 600">半粗</span><table><tr><th>表头</th><td>格</td></tr></table>\n\n' +
        '<a href="x">链接</a><img src="a.png" alt="图说"><p>&lt;&amp;&#x4E2D;&#22269;&hellip;&nbsp;</p>',
    );
    expect(chars(bold)).toEqual(chars('半粗表头链接'));
    for (const ch of ['格', '图', '说', '<', '&', '中', '国', '…', '\u00a0']) expect(all).toContain(ch);
  });

  it('Markdown tables, links and images: th and links bold, alt text shown', () => {
    const { all, bold } = htmlText('| 头 | 列 |\n| - | - |\n| 格 | 子 |\n\n[链](#/) ![图说](a.png)');
    expect(chars(bold)).toEqual(chars('头列链'));
    for (const ch of chars('格子图说')) expect(all).toContain(ch);
  });

  it('shows nothing from comments, scripts and styles; survives unmatched and unclosed tags', () => {
    const { all, bold } = htmlText('<!-- 注释 --><script>var 脚本</script><style>.样式{}</style></div></h2><p>段<strong>粗</p><p>后');
    expect(chars(all)).toEqual(chars('段粗后'));
    expect(chars(bold)).toEqual(chars('粗'));
  });
});

/** Selectors of every rule in `css` that sets a bold weight (600–900, bold, bolder). */
function boldRuleSelectors(css: string): string[] {
  const selectors: string[] = [];
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (/font(?:-weight)?\s*:[^;]*\b(?:[6-9]00|bold|bolder)\b/.test(m[2]!))
      selectors.push(...m[1]!.split(',').map((s) => s.trim().replace(/\s+/g, ' ')));
  }
  return selectors;
}

/**
 * For each bold rule of the theme, a slide it applies to and the text it sets in bold: the
 * renderer must mark that text bold, or the bold face would lack its characters.
 */
const BOLD_RULE_SAMPLES: Record<string, { markdown: string; bold: string }> = {
  '.deck h1': { markdown: '# 一号', bold: '一号' },
  '.deck h2': { markdown: '## 二号', bold: '二号' },
  '.deck h3': { markdown: '### 三号', bold: '三号' },
  '.deck strong': { markdown: '正**强**', bold: '强' },
  '.deck .deck-stat .stat-value': { markdown: '```stat\nvalue: 九成\nlabel: 份额\n```', bold: '九成' },
  '.deck .deck-svg .chart-value': { markdown: '```chart\ntitle: 图\nunit: 亿\ndata:\n  - { label: 甲, value: 3 }\n```', bold: '3亿' },
  '.deck .deck-svg .timeline-date': { markdown: '```timeline\n- { date: 五月, text: 事 }\n```', bold: '五月' },
  '.deck .deck-svg .timeline-highlight .timeline-text': {
    markdown: '```timeline\n- { date: 1, text: 要事, highlight: true }\n```',
    bold: '1要事',
  },
  '.deck .deck-svg .diagram-label': {
    markdown: '```group\ntitle: 题\ngroup: 组\nmembers: [甲, 乙]\nstandout: 丙方\nnote: 注\n```',
    bold: '丙方',
  },
  '.deck .deck-svg .diagram-head': {
    markdown: '```cards\ntitle: 题\ncards:\n  - { icon: cog, head: 大厂, text: 效率 }\n  - { icon: sparkles, head: 新人, text: 失控 }\n```',
    bold: '大厂新人',
  },
};

describe('bold rules of the theme', () => {
  it('each bold rule of the theme and reader mode has a sample here (add new ones)', () => {
    const found = ['theme.css', 'reader-mode.css'].flatMap((f) => boldRuleSelectors(readFileSync(join(CLIENT_DIR, f), 'utf8')));
    expect(found.length).toBeGreaterThan(3);
    expect(found.filter((selector) => !(selector in BOLD_RULE_SAMPLES))).toEqual([]);
  });

  it.each(Object.entries(BOLD_RULE_SAMPLES))('the renderer marks the text of %s bold', (_selector, sample) => {
    expect(chars(htmlText(sample.markdown).bold)).toEqual(chars(sample.bold));
  });

  it('the CSS reader finds bold rules (so the check above can fail)', () => {
    expect(boldRuleSelectors('.a .b { color: red; font-weight: 700 }\n.c, .d { font: bold 12px x }\n.e { font-weight: 400 }')).toEqual([
      '.a .b',
      '.c',
      '.d',
    ]);
  });
});

describe('CLIENT_TEXT', () => {
  it('holds every non-ASCII character the client code writes (comments aside)', () => {
    const missing = new Set<string>();
    for (const file of readdirSync(CLIENT_DIR).filter((f) => /\.(ts|css|html)$/.test(f))) {
      const code = readFileSync(join(CLIENT_DIR, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      for (const ch of code) if (ch.codePointAt(0)! > 0x7e && !CLIENT_TEXT.includes(ch)) missing.add(`${ch} (${file})`);
    }
    expect([...missing]).toEqual([]);
  });
});

describe('#deckText on the real talk', () => {
  it('all holds titles, slides, notes and client labels; bold holds the headings and big numbers only', async () => {
    const build = await loadRealDeck();
    const { all, bold } = deckText(build);
    const { config } = build.model!;
    for (const slide of build.rendered!.slides) {
      for (const ch of chars(slide.notes)) expect(all).toContain(ch);
      for (const ch of chars(slide.title)) expect(bold).toContain(ch);
    }
    for (const ch of chars([config.title, config.speaker, config.event, config.date, CLIENT_TEXT].filter(Boolean).join('')))
      expect(all).toContain(ch);
    expect(chars(bold).size).toBeLessThan(chars(all).size / 3);
  });
});
