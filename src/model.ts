// The deck model: what the parser produces and the renderer consumes. Positions are 1-based.

/** deck.yaml, defaults filled in; declared (with its checks) in parse/config-schema.ts. */
import type { DeckConfig } from './parse/config-schema.js';

export type { DeckConfig };

/** A `key="value"` from a `<!-- .slide: … -->` comment. */
export interface SlideAttribute {
  name: string;
  value: string;
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
}

export interface SlideFile {
  file: string;
  arc?: string;
  accent?: string;
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
  'closing',
] as const;

export type Layout = (typeof LAYOUTS)[number];

export const DEFAULT_LAYOUT: Layout = 'bullets';
