// The deck model: what the parser produces and the renderer consumes. Positions are 1-based.

import type { Report } from '../diagnostics.js';
/** deck.yaml, defaults filled in; declared (with its checks) in parse/config-schema.ts. */
import type { DeckConfig } from './config-schema.js';

export type { DeckConfig };

/** A `key="value"` from a `<!-- .slide: … -->` comment. */
export interface SlideAttribute {
  name: string;
  value: string;
}

// The attribute syntax of `.slide` comments (read in parse/) and `.element` comments (applied in render/).
const RE_ATTRIBUTE = /([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;
const RE_ATTRIBUTE_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

/** Parses `key="value" flag key=value` into attributes; a bad name or an event handler is reported. */
export function parseAttributes(text: string, at: { file: string; line: number; column: number }, report: Report): SlideAttribute[] {
  const attributes: SlideAttribute[] = [];
  for (const match of text.matchAll(RE_ATTRIBUTE)) {
    const name = match[1]!;
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    const column = at.column + (match.index ?? 0);
    if (!RE_ATTRIBUTE_NAME.test(name)) {
      report({ ...at, column, ruleId: 'attribute', message: `"${name}" is not a valid attribute name`, hint: 'write name="value"' });
    } else if (/^on/i.test(name)) {
      report({
        ...at,
        column,
        ruleId: 'attribute',
        message: `event handler attribute "${name}" is not allowed`,
        hint: 'the deck forbids inline scripts; remove it',
      });
    } else {
      attributes.push({ name, value });
    }
  }
  return attributes;
}

export interface SlideSource {
  /** Stable address: `<file base>-<n>` unless set by hand with `id=`. */
  id: string;
  file: string;
  /** First line of the slide in its file. */
  line: number;
  layout: string;
  attributes: SlideAttribute[];
  /** The slide's Markdown with the notes and `.slide` comments removed (line structure kept). */
  markdown: string;
  /** Line in `file` where `markdown` starts. */
  markdownLine: number;
  notes: string;
  /** Line in `file` of the notes' first written line (0 when there are none). */
  notesLine: number;
  /** Column in `file` where the notes' text starts on `notesLine` (after "Note: " when on that line). */
  notesColumn?: number;
  /** Seconds measured in a rehearsal (timings.yaml); the pacing uses them instead of the notes' estimate. */
  measuredSeconds?: number;
  /** The valid data blocks (```chart, ```timeline, ```stat, ```group, ```cards) of the slide and its notes, read in parse/. */
  dataBlocks?: DataBlock[];
  /** A `columns` slide's Markdown split at `|||` lines, each part with its first file line. */
  columns?: MarkdownPart[];
}

export interface MarkdownPart {
  text: string;
  line: number;
}

export interface StatData {
  value: string | number;
  label: string;
  source?: string;
}

export interface TimelineItem {
  date: string | number;
  text: string;
  highlight?: boolean;
}

export interface ChartItem {
  label: string | number;
  value: number;
  highlight?: boolean;
}

export interface ChartData {
  type: 'bar' | 'column';
  title: string;
  unit?: string | number;
  note?: string;
  data: ChartItem[];
}

/** A lucide icon by name, with the inside of its SVG (paths on a 24×24 grid) as the Iconify set ships it. */
export interface IconData {
  name: string;
  body: string;
}

/** A ```group block: members drawn as one group, and one that stands out beside them. */
export interface GroupData {
  title: string;
  /** The group's name, written above it. */
  group: string;
  members: string[];
  standout: string;
  /** A line under the standout's name. */
  note?: string;
  icon: IconData;
  standoutIcon: IconData;
}

export interface CardData {
  icon: IconData;
  head: string;
  text: string;
}

/** A ```cards block: two to four panels; `versus` sets exactly two against each other. */
export interface CardsData {
  title: string;
  style: 'versus' | 'row';
  cards: CardData[];
}

/** A data block's typed content, at the file line of its opening fence. */
export type DataBlock = { line: number } & (
  | { kind: 'stat'; data: StatData }
  | { kind: 'timeline'; data: TimelineItem[] }
  | { kind: 'chart'; data: ChartData }
  | { kind: 'group'; data: GroupData }
  | { kind: 'cards'; data: CardsData }
);

export interface SlideFile {
  file: string;
  arc?: string;
  accent?: string;
  /** A reveal-md deck's front-matter `title` (the deck's title when deck.yaml gives none). */
  title?: string;
  /** Horizontal slides; each holds one slide or a vertical stack of several. */
  stacks: SlideSource[][];
}

export interface DeckModel {
  config: DeckConfig;
  files: SlideFile[];
}

export const LAYOUTS = [
  'title',
  'section',
  'bullets',
  'quote',
  'stat',
  'columns',
  'chart',
  'timeline',
  'image',
  'diagram',
  'closing',
] as const;

export type Layout = (typeof LAYOUTS)[number];

export const DEFAULT_LAYOUT: Layout = 'bullets';

/** Who gives the talk: `speaker`, or the older `author`; undefined when neither is set. */
export function speakerOf(config: Pick<DeckConfig, 'speaker' | 'author'>): string | undefined {
  return config.speaker?.trim() || config.author?.trim() || undefined;
}

/** The file a rehearsal keeps its seconds per slide in, beside the slides. */
export const TIMINGS_FILE = 'timings.yaml';
