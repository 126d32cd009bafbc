// Data fences: ```chart, ```timeline, ```stat, ```group and ```cards blocks become SVG or HTML at
// build time, drawn from the typed data parse/ read (a block with a problem was reported there and draws nothing).

import type { MarkdownIt } from 'markdown-it';
import type { DataBlock } from '../../parse/model.js';
import type { RenderEnv } from '../render-env.js';
import { drawCards } from '../blocks/cards.js';
import { drawChart } from '../blocks/chart.js';
import { drawGroup } from '../blocks/group.js';
import { drawStat } from '../blocks/stat.js';
import { drawTimeline } from '../blocks/timeline.js';
import type { BlockContext } from '../blocks/block-context.js';

function draw(block: DataBlock, context: BlockContext): string {
  switch (block.kind) {
    case 'chart':
      return drawChart(block.data, context);
    case 'timeline':
      return drawTimeline(block.data, context);
    case 'group':
      return drawGroup(block.data, context);
    case 'cards':
      return drawCards(block.data, context);
    default:
      return drawStat(block.data, context);
  }
}

export const DATA_BLOCK_KINDS: readonly string[] = ['chart', 'timeline', 'stat', 'group', 'cards'];

export function dataFencesPlugin(md: MarkdownIt): void {
  const fallback = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, rawEnv, self) => {
    const env = rawEnv as unknown as RenderEnv;
    const token = tokens[idx]!;
    const kind = token.info.trim().split(/\s+/)[0] ?? '';
    if (!DATA_BLOCK_KINDS.includes(kind)) return fallback(tokens, idx, options, rawEnv, self);
    env.blocks.push(kind);
    const fenceLine = env.line + (token.map?.[0] ?? 0);
    const block = env.dataBlocks.find((b) => b.line === fenceLine && b.kind === kind);
    return block ? draw(block, { idPrefix: `${env.slideId}-${kind}-${env.blocks.length}`, facts: env.facts }) : '';
  };
}
