// The image resolver's questions and answers, recorded while a deck or a slide is rendered, so a
// cached result is used only while the resolver still answers them all the same — asked again,
// it also repeats what it records on the side (the images a build carries into dist/). Pure.

import type { ImageResolver } from './render-env.js';

export type ResolverCall = [src: string, file: string, kind: 'img' | 'background' | undefined, answer: string];

/** `resolveImage`, noting each question and its answer in `calls`; undefined stays undefined. */
export function recordingResolver(resolveImage: ImageResolver | undefined, calls: ResolverCall[]): ImageResolver | undefined {
  return (
    resolveImage &&
    ((src, file, kind) => {
      const answer = resolveImage(src, file, kind);
      calls.push([src, file, kind, answer]);
      return answer;
    })
  );
}

/** True when the resolver answers every recorded question as it did (and so repeats its records). */
export function sameAnswers(calls: readonly ResolverCall[], resolveImage: ImageResolver | undefined): boolean {
  if (!resolveImage) return calls.length === 0;
  return calls.every(([src, file, kind, answer]) => resolveImage(src, file, kind) === answer);
}
