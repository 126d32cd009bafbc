// The deck model: what the parser produces and the renderer consumes. Positions are 1-based.

export interface DeckConfig {
  title: string;
  subtitle?: string;
  /** Older name for `speaker`; used when `speaker` is not set. */
  author?: string;
  /** Who gives the talk, shown on the title slide and as the PDF's Author (nothing when unset). */
  speaker?: string;
  /** Where the talk is given, shown on the title slide when set. */
  event?: string;
  /** When, as written ("2025年3月"), shown on the title slide when set. */
  date?: string | number;
  language: string;
  source?: string;
  slug: string;
  size: { width: number; height: number };
  /** Talk length in minutes. */
  duration: number;
  /** Characters spoken per second, for pacing from notes. */
  speechRate: number;
  theme: { accent: string };
  /** Lets slide HTML hold `<script>` elements (off by default: the deck runs only its own code). */
  allowScripts?: boolean;
}

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
  'diagram',
  'closing',
] as const;

export type Layout = (typeof LAYOUTS)[number];

export const DEFAULT_LAYOUT: Layout = 'bullets';
