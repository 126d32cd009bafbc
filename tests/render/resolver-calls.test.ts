// The resolver's recorded questions: what a cached render or slide is used with only while the
// resolver answers them all the same.

import { describe, expect, it } from 'vitest';
import type { ImageResolver } from '../../src/render/render-env.js';
import { recordingResolver, type ResolverCall, sameAnswers } from '../../src/render/resolver-calls.js';

describe('resolver calls', () => {
  it('records each question with its answer, and passes the answer on', () => {
    const calls: ResolverCall[] = [];
    const resolve = recordingResolver((src, _file, kind) => `/${kind ?? 'img'}/${src}`, calls)!;
    expect(resolve('a.png', 'slides/01.md', 'background')).toBe('/background/a.png');
    expect(resolve('b.png', 'slides/02.md')).toBe('/img/b.png');
    expect(calls).toEqual([
      ['a.png', 'slides/01.md', 'background', '/background/a.png'],
      ['b.png', 'slides/02.md', undefined, '/img/b.png'],
    ]);
    expect(recordingResolver(undefined, calls)).toBeUndefined();
  });

  it('holds while every answer is the same, and asks every question again', () => {
    const calls: ResolverCall[] = [['a.png', 'slides/01.md', 'img', '/x/a.png']];
    const asked: string[] = [];
    const same: ImageResolver = (src) => (asked.push(src), `/x/${src}`);
    expect(sameAnswers(calls, same)).toBe(true);
    expect(asked).toEqual(['a.png']);
    expect(sameAnswers(calls, (src) => `/moved/${src}`)).toBe(false);
    expect(sameAnswers(calls, undefined)).toBe(false);
    expect(sameAnswers([], undefined)).toBe(true);
  });
});
