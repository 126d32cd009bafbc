// Data blocks: the ```chart, ```timeline, ```stat, ```group and ```cards fences of a slide's Markdown (and its notes),
// found as markdown-it's block rules read them, each read into typed data at its file position.

import MarkdownIt from 'markdown-it';
import type { Report } from '../diagnostics.js';
import type { DataBlock, SlideSource } from './model.js';
import { parseCards } from './cards-block.js';
import { parseChart } from './chart-block.js';
import { parseGroup } from './group-block.js';
import { parseStat } from './stat-block.js';
import { parseTimeline } from './timeline-block.js';
import type { YamlOrigin } from './yaml-data.js';

const PARSERS: Record<DataBlock['kind'], (yaml: string, origin: YamlOrigin, report: Report) => DataBlock['data'] | undefined> = {
  chart: parseChart,
  timeline: parseTimeline,
  stat: parseStat,
  group: parseGroup,
  cards: parseCards,
};

export const DATA_BLOCK_KINDS: readonly string[] = Object.keys(PARSERS);

/** Largest data block read, in characters: reading YAML far beyond it takes many seconds. */
export const MAX_DATA_BLOCK_CHARS = 1_000_000;

const blockParser = new MarkdownIt({ html: true });
// Block structure only: fences are all this needs.
blockParser.core.ruler.enableOnly(['normalize', 'block']);

/** The kind of data block a fence's info string names, if any. */
export function dataBlockKind(info: string): DataBlock['kind'] | undefined {
  const kind = info.trim().split(/\s+/)[0] ?? '';
  return Object.hasOwn(PARSERS, kind) ? (kind as DataBlock['kind']) : undefined;
}

/**
 * Every problem of a data block also says how to show the block as code: a ```chart fence may
 * hold YAML that was never meant as our chart (a Helm Chart.yaml in a reveal.js deck).
 */
function asCodeHint(kind: string, report: Report): Report {
  const asCode = `or, if this is not ${kind} data, show it as code: label the fence \`\`\`yaml instead of \`\`\`${kind}`;
  return (d) => report({ ...d, hint: d.hint ? `${d.hint}; ${asCode}` : asCode });
}

function readBlock(kind: DataBlock['kind'], content: string, line: number, file: string, report: Report): DataBlock | undefined {
  if (content.trim() === '') {
    // Reported at the fence: an empty block at the end of a file has no line of its own.
    report({
      file,
      line,
      column: 1,
      ruleId: 'block-data',
      message: `the ${kind} block is empty`,
      hint: `write the ${kind}'s YAML between the fences (see AUTHORING.md)`,
    });
    return undefined;
  }
  if (content.length > MAX_DATA_BLOCK_CHARS) {
    report({
      file,
      line,
      column: 1,
      ruleId: 'block-data',
      message: `the ${kind} block is ${content.length} characters long, over the ${MAX_DATA_BLOCK_CHARS} a data block may hold`,
      hint: `a slide cannot show that much; summarise the data in a few rows`,
    });
    return undefined;
  }
  // The YAML starts on the line after the opening fence.
  const data = PARSERS[kind](content, { file, line: line + 1, what: `${kind} block` }, asCodeHint(kind, report));
  return data === undefined ? undefined : ({ kind, line, data } as DataBlock);
}

/** The valid data blocks of a Markdown text whose first line is `firstLine` of `file`. */
export function readDataBlocks(markdown: string, firstLine: number, file: string, report: Report): DataBlock[] {
  const blocks: DataBlock[] = [];
  for (const token of blockParser.parse(markdown, {})) {
    const kind = token.type === 'fence' ? dataBlockKind(token.info) : undefined;
    if (!kind) continue;
    const block = readBlock(kind, token.content, firstLine + (token.map?.[0] ?? 0), file, report);
    if (block) blocks.push(block);
  }
  return blocks;
}

/** The slide with the data blocks of its Markdown and notes read. */
export function withDataBlocks(slide: SlideSource, report: Report): SlideSource {
  const dataBlocks = [
    ...readDataBlocks(slide.markdown, slide.markdownLine, slide.file, report),
    ...(slide.notes ? readDataBlocks(slide.notes, slide.notesLine, slide.file, report) : []),
  ];
  return { ...slide, dataBlocks };
}
