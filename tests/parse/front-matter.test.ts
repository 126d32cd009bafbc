import { describe, expect, it } from 'vitest';
import { createCollector } from '../../src/diagnostics.js';
import { splitFrontMatter } from '../../src/parse/front-matter.js';

const split = (text: string) => {
  const { diagnostics, report } = createCollector();
  return { ...splitFrontMatter(text.split('\n'), 'slides/a.md', report), diagnostics };
};

describe('#splitFrontMatter', () => {
  it('reads arc and accent and says where the body starts', () => {
    const result = split('---\narc: 破局\naccent: "#d9480f"\n---\n\n## 一');
    expect(result.data).toEqual({ arc: '破局', accent: '#d9480f' });
    expect(result.bodyLine).toBe(5);
    expect(result.body[1]).toBe('## 一');
  });

  it('leaves a file without front matter alone', () => {
    expect(split('## 一').bodyLine).toBe(1);
  });

  it('reports bad YAML at its file line', () => {
    expect(split('---\narc: [破局\n---\n## 一').diagnostics[0]).toMatchObject({ file: 'slides/a.md', ruleId: 'yaml-syntax' });
  });

  it('reports an unknown key at its line', () => {
    expect(split('---\narc: 破局\naccnet: red\n---\n').diagnostics[0]).toMatchObject({
      line: 3,
      message: 'unknown key "accnet" in front matter',
      hint: 'did you mean "accent"?',
    });
  });

  it('reports front matter that is never closed', () => {
    expect(split('---\narc: 破局\n').diagnostics[0]).toMatchObject({ line: 1, ruleId: 'front-matter' });
  });
});
