// The @font-face rules and the font files' names.

import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, fontFaceCss, fontFileName } from '../../src/fonts/font-face-css.js';

describe('fontFaceCss / fontFileName', () => {
  it('fontFaceCss builds data: URLs and refuses URLs that would break url()', () => {
    const files = [{ weight: 400 as const, fileName: 'a.woff2', data: new Uint8Array([1, 2, 3]) }];
    const css = fontFaceCss('X', files, (f) => `data:font/woff2;base64,${Buffer.from(f.data).toString('base64')}`);
    expect(css).toContain('src:url(data:font/woff2;base64,AQID) format("woff2")}');
    expect(() => fontFaceCss('X', files, () => 'my fonts/a.woff2')).toThrow(/whitespace/);
  });

  it('declares one blocking face per weight under the family name', () => {
    const css = fontFaceCss(FONT_FAMILY, [{ weight: 400 as const }, { weight: 700 as const }], (f) => `f${f.weight}.woff2`);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain(`font-family:"${FONT_FAMILY}";`);
    expect(css).toContain('font-weight:700;font-display:block;src:url(f700.woff2)');
    expect(FONT_FAMILY).not.toBe('Noto Sans SC'); // never mixes with an installed copy
  });

  it('names a file by its weight and the hash of its characters', () => {
    expect(fontFileName(700, '0123456789ab')).toBe('noto-sans-sc-700-0123456789ab.woff2');
  });
});
