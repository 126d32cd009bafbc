// Chinese phrases: where a line of Chinese may break. BudouX (Simplified-Chinese model) proposes the
// boundaries; a boundary survives only where the dictionary of Intl.Segmenter also sees a word end
// (BudouX alone splits "人|工智|能"), never inside a number with its unit or a Latin word, never
// before closing or after opening punctuation; short words join their neighbours so a phrase reads
// as one ("国产大模型的", not "国产|大|模型|的"), and a last phrase of one or two characters joins
// the one before it (no orphan line).

import { Parser } from './budoux/parser.js';
import { zhHansModel } from './budoux/zh-hans-model.js';

let parser: Parser | undefined;
let words: Intl.Segmenter | undefined;

/** Characters of a phrase that count towards its length: letters, digits and ideographs. */
const COUNTED = /[\p{L}\p{N}]/u;
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;
/** Closing punctuation never starts a line; opening punctuation never ends one. */
const CLOSING = /^[，。、；：？！”’）》」』】〕〉…—·%％,.;:?!)\]}]/u;
const OPENING = /[“‘（《「『【〔〈([{]$/u;
/** Particles that belong to the word before them. */
const PARTICLE = /^[的地得了着过们吗呢吧啊]/u;
/** A word shorter than this joins the next word. */
const MIN_PHRASE = 3;

function countedLength(text: string): number {
  let n = 0;
  for (const char of text) if (COUNTED.test(char)) n++;
  return n;
}

/**
 * Offsets (in UTF-16 units) where Intl.Segmenter's dictionary ends one word and starts the next,
 * neither of them a lone Han character (which belongs to its neighbour: "旧" + "框架", "大" + "厂")
 * unless the next word is a number.
 */
function wordEnds(text: string): Set<number> {
  words ??= new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  // Only Han runs go to the dictionary: Intl.Segmenter takes quadratic time on a long run of
  // punctuation ("{" × 100,000); the other characters are single segments.
  const segments: { index: number; segment: string }[] = [];
  for (const run of text.matchAll(/\p{Script=Han}+|[^\p{Script=Han}]/gu)) {
    if (run[0].length > 1) for (const { index, segment } of words.segment(run[0])) segments.push({ index: run.index + index, segment });
    else segments.push({ index: run.index, segment: run[0] });
  }
  const lone = (i: number) => {
    const segment = segments[i]?.segment ?? '';
    // A particle ends its phrase ("大模型的" + "破局者").
    return segment.length === 1 && /\p{Script=Han}/u.test(segment) && !PARTICLE.test(segment);
  };
  const number = (i: number) => /^\p{N}/u.test(segments[i]?.segment ?? '');
  const ends = new Set<number>();
  segments.forEach(({ index, segment }, i) => {
    // A number starts a word of its own ("日活" + "2000万").
    if ((!lone(i) && !lone(i + 1)) || number(i + 1)) ends.add(index + segment.length);
  });
  return ends;
}

/** May a line break after the character `last` and before the text `after` at all (whatever the words)? */
function mayBreakBetween(last: string, after: string): boolean {
  const next = after[0] ?? '';
  if (!last || !next || /\s/.test(last) || /\s/.test(next)) return false;
  // Inside a Latin word or a number ("A100", "41.6%"), and between a number and its unit ("1500万").
  if (!CJK.test(last) && !CJK.test(next)) return false;
  if (/[\p{N}]/u.test(last)) return false;
  if (CLOSING.test(after) || OPENING.test(last) || PARTICLE.test(after)) return false;
  return true;
}

/**
 * BudouX's words, rejoined wherever a break between them is not allowed. Each word is built as a
 * list of chunks: a run of 100,000 unbreakable characters must not be re-read at every step.
 */
function allowedWords(text: string): string[] {
  parser ??= new Parser(zhHansModel);
  const ends = wordEnds(text);
  const result: string[][] = [];
  let offset = 0;
  let last = '';
  for (const chunk of parser.parse(text)) {
    if (result.length > 0 && !(ends.has(offset) && mayBreakBetween(last, chunk))) result[result.length - 1]!.push(chunk);
    else result.push([chunk]);
    offset += chunk.length;
    last = chunk.at(-1) ?? last;
  }
  return result.map((chunks) => chunks.join(''));
}

/**
 * `text` cut into phrases: joined again they give `text` exactly. A line may break between two
 * phrases; within one it breaks only at a space or after punctuation (or, as a last resort, where a
 * phrase is wider than the line).
 * @example splitPhrases('DeepSeek：国产大模型的破局者') // ['DeepSeek：', '国产大模型的', '破局者']
 */
export function splitPhrases(text: string): string[] {
  if (!CJK.test(text)) return [text];
  let phrases = knownPhrases.get(text);
  if (!phrases) {
    phrases = cutIntoPhrases(text);
    if (knownPhrases.size >= KNOWN_PHRASES_MAX) knownPhrases.clear();
    knownPhrases.set(text, phrases);
  }
  return [...phrases];
}

/**
 * Texts already cut, for the dev server: an edit renders the whole deck again, and BudouX's cut was
 * a third of that render; most of the texts are the ones cut the render before.
 */
const knownPhrases = new Map<string, readonly string[]>();
/** A few long decks' worth of texts; the map starts again when full. */
const KNOWN_PHRASES_MAX = 20_000;

function cutIntoPhrases(text: string): string[] {
  // Single characters first ("大" + "模型的"), then what is still short ("国产" + "大模型的").
  const phrases = joinShort(joinShort(allowedWords(text), 2, true), MIN_PHRASE, false);
  const last = phrases.at(-1);
  if (phrases.length > 1 && last !== undefined && countedLength(last) <= 2) phrases.splice(-2, 2, phrases.at(-2)! + last);
  return phrases;
}

/**
 * Each word of fewer than `min` counted characters joins the next; one that ends at punctuation
 * joins the one before it instead when `backward` ("很多" + "年，"), or stays alone.
 */
function joinShort(words: readonly string[], min: number, backward: boolean): string[] {
  const joined: string[] = [];
  let pending = '';
  for (const word of words) {
    const current = pending + word;
    const short = countedLength(current) < min;
    if (short && COUNTED.test(current.at(-1) ?? '')) pending = current;
    else if (short && backward && joined.length > 0) {
      joined[joined.length - 1] += current;
      pending = '';
    } else {
      joined.push(current);
      pending = '';
    }
  }
  if (pending) joined.push(pending);
  return joined;
}
