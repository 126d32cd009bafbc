// The deck's text for font subsetting: all of it for the regular face, the bold part for the bold.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOLD_SELECTORS, CLIENT_TEXT, deckText, htmlText } from '../../src/bundle/deck-text.js';
import { loadRealDeck, PROJECT_ROOT } from '../_support/project.js';

const CLIENT_DIR = join(PROJECT_ROOT, 'src/client');
const chars = (text: string) => new Set([...text.replace(/\s/g, '')]);

describe('#htmlText', () => {
  it('keeps every text, and puts headings, strong and b in bold', () => {
    const { all, bold } = htmlText('<h2>标题</h2>\n<p>正文<strong>重点</strong>和<b>粗</b>，<em>斜</em></p>');
    expect(chars(all)).toEqual(chars('标题正文重点和粗，斜'));
    expect(chars(bold)).toEqual(chars('标题重点粗'));
  });

  it('follows the theme’s bold classes in SVG charts, timelines and stats', () => {
    const html =
      '<figure class="deck-stat"><p class="stat-value">2000万</p><figcaption class="stat-label">日活</figcaption></figure>' +
      '<svg class="deck-svg"><text class="chart-label">豆包</text><text class="chart-value">1695万</text>' +
      '<g class="timeline-item timeline-highlight"><text class="timeline-date">2023</text><text class="timeline-text">高亮</text></g>' +
      '<g class="timeline-item"><text class="timeline-date">2015</text><text class="timeline-text">平常</text></g></svg>';
    const { bold } = htmlText(html);
    expect(chars(bold)).toEqual(chars('2000万1695万2023高亮2015'));
  });

  it('a theme class outside its context is not bold (.stat-value outside .deck-stat)', () => {
    expect(htmlText('<p class="stat-value">数</p>').bold.trim()).toBe('');
  });

  it('bold is inherited, and a descendant of a bold element stays bold', () => {
    expect(chars(htmlText('<h3>大<em>标<span>题</span></em></h3><p>小</p>').bold)).toEqual(chars('大标题'));
  });

  it('reads raw HTML: inline font-weight, th, links (bold when printed), alt text, entities', () => {
    const { all, bold } = htmlText(
      '<span style="font-weight: 600">半粗</span><table><tr><th>表头</th><td>格</td></tr></table>' +
        '<a href="x">链接</a><img src="a.png" alt="图说"><p>&lt;&amp;&#x4E2D;&#22269;&hellip;&nbsp;</p>',
    );
    expect(chars(bold)).toEqual(chars('半粗表头链接'));
    for (const ch of ['格', '图', '说', '<', '&', '中', '国', '…', '\u00a0']) expect(all).toContain(ch);
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
    if (/font(?:-weight)?\s*:[^;]*\b(?:[6-9]00|bold|bolder)\b/.test(m[2]!)) selectors.push(...m[1]!.split(',').map((s) => s.trim().replace(/\s+/g, ' ')));
  }
  return selectors;
}

describe('BOLD_SELECTORS', () => {
  it('lists every bold rule of the theme and reader mode (add new ones there)', () => {
    const found = ['theme.css', 'reader-mode.css'].flatMap((f) => boldRuleSelectors(readFileSync(join(CLIENT_DIR, f), 'utf8')));
    expect(found.length).toBeGreaterThan(3);
    expect(found.filter((selector) => !BOLD_SELECTORS.includes(selector))).toEqual([]);
  });

  it('the CSS reader finds bold rules (so the check above can fail)', () => {
    expect(boldRuleSelectors('.a .b { color: red; font-weight: 700 }\n.c, .d { font: bold 12px x }\n.e { font-weight: 400 }')).toEqual(['.a .b', '.c', '.d']);
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
    for (const ch of chars([config.title, config.speaker, config.event, config.date, CLIENT_TEXT].filter(Boolean).join(''))) expect(all).toContain(ch);
    expect(chars(bold).size).toBeLessThan(chars(all).size / 3);
  });
});
