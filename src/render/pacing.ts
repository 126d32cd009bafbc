// Pacing: how long a slide's notes take to say, from their length and the speech rate.

const RE_CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/g;
const RE_LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9.%'-]*/g;

/** Spoken length of notes in "characters": each Chinese character 1, each Latin word or number 2. */
export function spokenLength(notes: string): number {
  const cjk = notes.match(RE_CJK)?.length ?? 0;
  const words = notes.match(RE_LATIN_WORD)?.length ?? 0;
  return cjk + 2 * words;
}

export const MIN_SLIDE_SECONDS = 5;

/** Seconds a slide gets for its notes at `rate` characters a second. */
export function slideSeconds(notes: string, rate: number): number {
  return Math.max(MIN_SLIDE_SECONDS, Math.round(spokenLength(notes) / rate));
}
