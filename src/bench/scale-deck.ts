// A large, realistic deck for the scale run, pure and repeatable: Chinese slides with notes built
// from a corpus (the real talk's sentences), a few stats, charts, timelines and quotes, and new
// terms coined from common hanzi so the character set grows with the deck as a real one would.

import { slideSeconds } from '../render/pacing.js';

export interface ScaleCorpus {
  /** Short lines for titles and bullets. */
  lines: string[];
  /** Full sentences for speaker notes. */
  sentences: string[];
}

export interface ScaleDeck {
  /** File name → text: `deck.yaml` and one Markdown file per ten slides. */
  files: Map<string, string>;
  slides: number;
}

const SLIDES_PER_FILE = 10;
const SPEECH_RATE = 4;

/** mulberry32: a small seeded generator, so every run builds the same deck. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 3,755 hanzi of GB2312 level 1 (the most common ones), in their GB2312 order. */
export function commonHanzi(): string {
  const decoder = new TextDecoder('gbk');
  let s = '';
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd') s += ch;
    }
  }
  return s;
}

interface Picker {
  pick: <T>(list: readonly T[]) => T;
  int: (min: number, max: number) => number;
  term: () => string;
}

function picker(seed: number, hanzi: string): Picker {
  const next = random(seed);
  const chars = [...hanzi];
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { pick, int, term: () => `${pick(chars)}${pick(chars)}` };
}

/** At most `max` characters, without trailing punctuation or characters YAML and Markdown give meaning to. */
const clip = (text: string, max: number) =>
  [
    ...text
      .replace(/[,:{}[\]#&*!|>'"%@`<\\_~-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, max)
    .join('')
    .replace(/[。！？，、；：\s]+$/u, '');

function notes(p: Picker, corpus: ScaleCorpus): string {
  const sentences = Array.from({ length: p.int(2, 4) }, () => p.pick(corpus.sentences));
  return `${sentences.join('')}这里说的“${p.term()}”，是第${p.int(2, 99)}个要点。`;
}

function slideBody(i: number, p: Picker, corpus: ScaleCorpus): string {
  const title = clip(p.pick(corpus.lines), 12) || `第${i}页`;
  if (i % 40 === 0) return `<!-- .slide: layout="section" -->\n\n# ${title}\n\n${clip(p.pick(corpus.lines), 18)}`;
  if (i % 25 === 0) {
    const items = Array.from(
      { length: p.int(3, 5) },
      (_, k) => `  - { label: ${p.term()}${k + 1}, value: ${p.int(10, 900)}${k === 0 ? ', highlight: true' : ''} }`,
    );
    return `<!-- .slide: layout="chart" -->\n\n## ${title}\n\n\`\`\`chart\ntype: ${i % 2 ? 'bar' : 'column'}\ntitle: ${p.term()}的${p.term()}（万）\nunit: 万\ndata:\n${items.join('\n')}\nnote: 数据来源：${p.term()}报告\n\`\`\``;
  }
  if (i % 30 === 0) {
    const items = Array.from(
      { length: p.int(4, 6) },
      (_, k) => `- { date: "${2010 + k * 2}", text: ${clip(p.pick(corpus.lines), 12)}${k === 2 ? ', highlight: true' : ''} }`,
    );
    return `<!-- .slide: layout="timeline" -->\n\n## ${title}\n\n\`\`\`timeline\n${items.join('\n')}\n\`\`\``;
  }
  if (i % 12 === 0) {
    return `<!-- .slide: layout="stat" -->\n\n## ${title}\n\n\`\`\`stat\nvalue: ${p.int(2, 999)}万\nlabel: ${clip(p.pick(corpus.lines), 16)}\nsource: ${p.term()}所引数据\n\`\`\``;
  }
  if (i % 17 === 0)
    return `<!-- .slide: layout="quote" -->\n\n## ${title}\n\n> ${clip(p.pick(corpus.sentences), 36)}。\n\n— ${p.term()}${p.term()}`;
  const marker = i % 3 === 0 ? '-' : '*';
  const bullets = Array.from(
    { length: p.int(3, 5) },
    () => `${marker} ${clip(p.pick(corpus.lines), 16)}${p.int(0, 3) === 0 ? `，**${p.term()}**` : ''}`,
  );
  return `## ${title}\n\n${bullets.join('\n')}`;
}

/**
 * A deck of `slides` slides (title first, closing last) in files of ten, with a deck.yaml whose
 * duration fits the notes, so the deck checks clean.
 */
export function scaleDeck(slides: number, corpus: ScaleCorpus, options: { seed?: number; hanzi?: string } = {}): ScaleDeck {
  if (corpus.lines.length === 0 || corpus.sentences.length === 0) throw new Error('the scale corpus needs lines and sentences');
  const p = picker(options.seed ?? 1, options.hanzi ?? commonHanzi());
  const files = new Map<string, string>();
  let seconds = 0;
  let chunk: string[] = [];
  for (let i = 1; i <= slides; i++) {
    let body: string;
    if (i === 1) body = `<!-- .slide: layout="title" -->\n\n# 规模测试：${slides}页的演示\n\n一份自动生成的中文演示`;
    else if (i === slides)
      body = `<!-- .slide: layout="closing" -->\n\n## 小结\n\n- ${clip(p.pick(corpus.lines), 16)}\n- ${clip(p.pick(corpus.lines), 16)}\n\n来源：自动生成`;
    else body = slideBody(i, p, corpus);
    const said = notes(p, corpus);
    seconds += slideSeconds(said, SPEECH_RATE);
    chunk.push(`${body}\n\nNote:\n${said}`);
    if (chunk.length === SLIDES_PER_FILE || i === slides) {
      const index = files.size + 1;
      const name = `${String(index).padStart(3, '0')}-part.md`;
      files.set(name, `---\narc: 第${index}部分\n---\n\n${chunk.join('\n\n---\n\n')}\n`);
      chunk = [];
    }
  }
  const duration = Math.max(1, Math.round(seconds / 60));
  files.set(
    'deck.yaml',
    `title: 规模测试：${slides}页\nsubtitle: 自动生成\nauthor: 基准测试\nlanguage: zh-CN\nsource: 自动生成\nslug: scale-${slides}\nsize: { width: 1280, height: 720 }\nduration: ${duration}\nspeechRate: ${SPEECH_RATE}\n`,
  );
  return { files, slides };
}
