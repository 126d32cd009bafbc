// deck.yaml and slide front matter, declared once: keys, types, limits, defaults and messages.

import * as v from 'valibot';
import { isCssColor } from './css-color.js';
import { mapping, sentence, wrongValue } from './yaml-schema.js';

/*
 * Messages follow yaml-schema.ts: "must …" is said of the key it belongs to; `sentence()` names
 * the key itself and says what to do. The key order is the order hints list them in.
 */

/** Non-empty text. */
const text = v.pipe(
  v.string(wrongValue('string', 'non-empty text')),
  v.check((value) => value.trim() !== '', wrongValue('string', 'non-empty text')),
);

/** A finite number no smaller than `min`. */
const numberAtLeast = (min: number) =>
  v.pipe(
    v.number(wrongValue('number', 'a number')),
    v.finite(wrongValue('number', 'a number')),
    v.minValue(min, (issue) => `must be at least ${min}, got ${String(issue.input)}`),
  );

const flag = v.boolean(wrongValue('boolean', 'true or false'));

const COLOUR_EXAMPLE = 'one CSS colour such as "#2563eb" or "rgb(37 99 235)"';
/** One CSS colour and nothing else: it is written into the theme's CSS. */
const cssColour = v.pipe(v.string(wrongValue('color', COLOUR_EXAMPLE)), v.check(isCssColor, wrongValue('color', COLOUR_EXAMPLE)));

const RE_SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** Longest slug: `<slug>-notes.pdf` must stay well under the 255-byte file-name limit. */
export const MAX_SLUG_LENGTH = 200;
/** Slugs whose `<slug>.html` would overwrite a file the build writes itself. */
const RESERVED_SLUGS = new Set(['index']);

/** The base of `dist/<slug>.html` and `<slug>-notes.pdf`. */
const slug = v.pipe(
  text,
  v.regex(RE_SLUG, (issue) =>
    sentence(`slug "${String(issue.input)}" is not usable as a file name`, 'use lower-case letters, digits and "-", e.g. "deepseek-talk"'),
  ),
  v.check(
    (value) => !RESERVED_SLUGS.has(value),
    (issue) =>
      sentence(
        `slug "${String(issue.input)}" would overwrite dist/${String(issue.input)}.html, the deck's own page`,
        'choose another name, e.g. "deepseek-talk"',
      ),
  ),
  v.maxLength(MAX_SLUG_LENGTH, (issue) =>
    sentence(
      `slug is ${issue.received} characters long, over the limit of ${MAX_SLUG_LENGTH}`,
      'file names have a limit; choose a shorter name, e.g. "deepseek-talk"',
    ),
  ),
);

/** Text as written; YAML reads a bare year (`date: 2025`) as a number, which is text here too. */
const textOrNumber = v.union([text, v.pipe(v.number(), v.finite())], wrongValue('string', 'non-empty text'));

/** deck.yaml. Keys left out get the defaults given here. */
export const deckConfigSchema = mapping({
  title: text,
  subtitle: v.optional(text),
  /** Older name for `speaker`; used when `speaker` is not set. */
  author: v.optional(text),
  /** Who gives the talk: shown on the title slide and as the PDF's Author (nothing when unset). */
  speaker: v.optional(text),
  /** Where the talk is given: shown on the title slide when set. */
  event: v.optional(text),
  /** When, as written ("2025年3月"): shown on the title slide when set. */
  date: v.optional(textOrNumber),
  language: v.optional(text, 'zh-CN'),
  source: v.optional(text),
  slug: v.optional(slug, 'deck'),
  size: v.optional(mapping({ width: v.optional(numberAtLeast(320), 1280), height: v.optional(numberAtLeast(200), 720) }), {}),
  /** Talk length in minutes. */
  duration: v.optional(numberAtLeast(1), 20),
  /** Characters spoken per second, for pacing from notes. */
  speechRate: v.optional(numberAtLeast(0.5), 4),
  theme: v.optional(mapping({ accent: v.optional(cssColour, '#2563eb') }), {}),
  /** Lets slide HTML hold `<script>` elements (off by default: the deck runs only its own code). */
  allowScripts: v.optional(flag),
});

/** A slide file's front matter: the arc it belongs to and its accent colour. */
export const frontMatterSchema = mapping({
  arc: v.optional(text),
  accent: v.optional(cssColour),
});

export type DeckConfig = v.InferOutput<typeof deckConfigSchema>;
export type FrontMatter = v.InferOutput<typeof frontMatterSchema>;

/** What a deck.yaml with only a title becomes: the defaults above, read from the schema. */
const { title: _title, ...defaults } = v.parse(deckConfigSchema, { title: '-' });
export const DEFAULT_CONFIG: Omit<DeckConfig, 'title'> = defaults;
