import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { embeddedFontProblems, imageProblems, overflowProblems, staleBuildProblem, webFontProblems } from '../../src/pdf/print-problems.js';

const place = { slideId: '01-a-3', file: 'slides/01-a.md', line: 12 };
const size = { width: 1280, height: 720 };
const overflow = (edges: Partial<Record<'right' | 'bottom' | 'left' | 'top', number>>, slideId = place.slideId) => ({
  ...place,
  slideId,
  id: slideId,
  right: 0,
  bottom: 0,
  left: 0,
  top: 0,
  element: 'ul',
  ...edges,
});

describe('#overflowProblems', () => {
  it('names the slide’s file and line, the edges and the element', () => {
    expect(overflowProblems([overflow({ bottom: 36.2, right: 4 })], size).map(formatDiagnostic)).toEqual([
      'slides/01-a.md:12:1: the content reaches 36 px below, 4 px past the right edge of the 1280×720 slide (ul), so the PDF would cut it off — shorten the slide or split it into two',
    ]);
  });

  it('lets sub-pixel rounding pass', () => {
    expect(overflowProblems([overflow({ bottom: 0.8, left: 1 })], size)).toEqual([]);
  });

  it('reports a slide printed on several pages (fragments) once, at its worst', () => {
    const problems = overflowProblems([overflow({ bottom: 10 }), overflow({ bottom: 30 }), overflow({ top: 5 }, '02-b-1')], size);
    expect(problems.map((p) => p.message.match(/reaches ([^(]+) the/)![1])).toEqual(['30 px below', '5 px above']);
  });
});

describe('#imageProblems and #webFontProblems', () => {
  it('name the slide that shows the broken image', () => {
    expect(imageProblems([{ ...place, src: './assets/x.png' }]).map(formatDiagnostic)[0]).toMatch(
      /^slides\/01-a\.md:12:1: the image "\.\/assets\/x\.png" did not load/,
    );
  });

  it('report a failed font on the first slide set in it, counting the others', () => {
    const second = { slideId: '02-b-1', file: 'slides/02-b.md', line: 3 };
    const [problem] = webFontProblems([{ family: 'Noto Sans SC Subset', slides: [place, second] }], second);
    expect(formatDiagnostic(problem!)).toMatch(
      /^slides\/01-a\.md:12:1: the web font "Noto Sans SC Subset" did not load; this slide \(and 1 more slide\) would print/,
    );
  });

  it('fall back to the given slide when no slide uses the failed font', () => {
    const [problem] = webFontProblems([{ family: 'Unused', slides: [] }], place);
    expect(problem).toMatchObject({ file: 'slides/01-a.md', line: 12 });
  });
});

describe('#embeddedFontProblems', () => {
  it('names the slide on the page that carries the font', () => {
    const problems = embeddedFontProblems(
      [
        { page: 1, font: 'DejaVuSans', problem: 'drawn as Type 3 glyphs' },
        { page: 7, font: 'X', problem: 'not embedded' },
      ],
      (page) => (page === 1 ? place : undefined),
    );
    expect(problems.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^slides\/01-a\.md:12:1: the font "DejaVuSans" on this slide is drawn as Type 3 glyphs/),
    ]);
  });
});

describe('#staleBuildProblem', () => {
  const slides = [
    { id: 'a-1', file: 'slides/a.md', line: 1 },
    { id: 'a-2', file: 'slides/a.md', line: 9 },
  ];

  it('accepts a build that prints exactly the deck’s slides (fragments may repeat one)', () => {
    expect(staleBuildProblem(['a-1', 'a-2', 'a-2'], slides)).toBeUndefined();
  });

  it('names a slide the build lacks, and a slide only the build has', () => {
    expect(formatDiagnostic(staleBuildProblem(['a-1'], slides)!)).toBe(
      'slides/a.md:9:1: the built deck has no slide "a-2" — the build in dist/ is older than the slides: run `npm run pdf` (it builds first)',
    );
    expect(staleBuildProblem(['a-1', 'a-2', 'old'], slides)?.message).toBe('the built deck has a slide "old" the slides do not');
  });
});
