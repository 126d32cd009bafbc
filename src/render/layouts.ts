// Layouts: what each named layout requires of a rendered slide, checked after rendering.

import type { Report } from '../diagnostics.js';
import type { SlideSource } from '../parse/model.js';
import type { SlideFacts } from './slide-facts.js';

/** What a layout can ask of a rendered slide: its headings, quote, data blocks and images. */
export type LayoutElements = Pick<SlideFacts, 'headings' | 'blockquote' | 'attribution'> & { blocks: readonly string[]; images: number };

interface LayoutRule {
  check: (facts: LayoutElements) => boolean;
  problem: string;
  hint: string;
}

const hasBlock = (kind: string) => (facts: LayoutElements) => facts.blocks.includes(kind);
const hasH1 = (facts: LayoutElements) => facts.headings.includes(1);

const LAYOUT_RULES: Record<string, LayoutRule[]> = {
  title: [{ check: hasH1, problem: 'a title slide needs a "# " heading', hint: 'start the slide with "# 标题"' }],
  section: [{ check: hasH1, problem: 'a section slide needs a "# " heading', hint: 'start the slide with "# 标题"' }],
  quote: [
    {
      check: (facts) => facts.blockquote,
      problem: 'a quote slide needs a ">" blockquote',
      hint: 'write the quotation on lines starting with ">"',
    },
    {
      check: (facts) => facts.attribution,
      problem: 'a quote slide needs an attribution',
      hint: 'after the quote, add a line "— 说话人" naming who said it',
    },
  ],
  stat: [
    { check: hasBlock('stat'), problem: 'a stat slide needs a ```stat block', hint: 'add a ```stat block with value, label and source' },
  ],
  chart: [{ check: hasBlock('chart'), problem: 'a chart slide needs a ```chart block', hint: 'add a ```chart block with its data' }],
  diagram: [
    {
      check: (facts) => facts.blocks.includes('group') || facts.blocks.includes('cards'),
      problem: 'a diagram slide needs a ```group or ```cards block',
      hint: 'add a ```group or ```cards block (see AUTHORING.md)',
    },
  ],
  timeline: [{ check: hasBlock('timeline'), problem: 'a timeline slide needs a ```timeline block', hint: 'add a ```timeline block' }],
  image: [{ check: (facts) => facts.images > 0, problem: 'an image slide needs an image', hint: 'add "![alt text](../assets/file.png)"' }],
};

/** Reports each requirement of the slide's layout that the rendered slide does not meet. */
export function checkLayout(slide: SlideSource, facts: LayoutElements, report: Report): void {
  for (const rule of LAYOUT_RULES[slide.layout] ?? []) {
    if (!rule.check(facts)) {
      report({
        file: slide.file,
        line: slide.line,
        column: 1,
        ruleId: 'layout',
        message: `${rule.problem} (layout "${slide.layout}")`,
        hint: rule.hint,
      });
    }
  }
}
