// Data fences: ```chart, ```timeline, ```stat, ```group and ```cards blocks become SVG or HTML at build time.

import type { MarkdownIt } from 'markdown-it';
import type { RenderEnv } from '../render-env.js';
import { renderCards } from '../blocks/cards.js';
import { renderChart } from '../blocks/chart.js';
import { renderGroup } from '../blocks/group.js';
import { renderStat } from '../blocks/stat.js';
import { renderTimeline } from '../blocks/timeline.js';
import type { BlockContext } from '../blocks/block-origin.js';

const RENDERERS: Record<string, (yaml: string, context: BlockContext) => string> = {
  chart: renderChart,
  timeline: renderTimeline,
  stat: renderStat,
  group: renderGroup,
  cards: renderCards,
};

export const DATA_BLOCK_KINDS = Object.keys(RENDERERS);

/** Largest data block read, in characters: reading YAML far beyond it takes many seconds. */
export const MAX_DATA_BLOCK_CHARS = 1_000_000;

export function dataFencesPlugin(md: MarkdownIt): void {
  const fallback = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, rawEnv, self) => {
    const env = rawEnv as unknown as RenderEnv;
    const token = tokens[idx]!;
    const kind = token.info.trim().split(/\s+/)[0] ?? '';
    const render = RENDERERS[kind];
    if (!render) return fallback(tokens, idx, options, rawEnv, self);
    env.blocks.push(kind);
    const fenceLine = env.line + (token.map?.[0] ?? 0);
    if (token.content.trim() === '') {
      // Reported at the fence: an empty block at the end of a file has no line of its own.
      env.report({ file: env.file, line: fenceLine, column: 1, ruleId: 'block-data', message: `the ${kind} block is empty`, hint: `write the ${kind}'s YAML between the fences (see AUTHORING.md)` });
      return '';
    }
    if (token.content.length > MAX_DATA_BLOCK_CHARS) {
      env.report({ file: env.file, line: fenceLine, column: 1, ruleId: 'block-data', message: `the ${kind} block is ${token.content.length} characters long, over the ${MAX_DATA_BLOCK_CHARS} a data block may hold`, hint: `a slide cannot show that much; summarise the data in a few rows` });
      return '';
    }
    const context: BlockContext = {
      // The YAML starts on the line after the opening fence.
      origin: { file: env.file, line: fenceLine + 1, what: `${kind} block` },
      report: env.report,
      idPrefix: `${env.slideId}-${kind}-${env.blocks.length}`,
    };
    return render(token.content, context);
  };
}
