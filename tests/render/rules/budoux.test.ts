// The vendored BudouX parser and model (src/render/rules/budoux/) cut sentences as the published
// budoux 0.9.2 package does: these chunks are that package's own output.

import { describe, expect, it } from 'vitest';
import { Parser } from '../../../src/render/rules/budoux/parser.js';
import { zhHansModel } from '../../../src/render/rules/budoux/zh-hans-model.js';

describe('vendored BudouX (zh-hans)', () => {
  const parser = new Parser(zhHansModel);

  it.each([
    ['DeepSeek：国产大模型的破局者', ['DeepSeek：', '国产', '大', '模型', '的', '破局者']],
    ['今天是晴天。', ['今天', '是', '晴天。']],
    ['人工智能一定会改变世界', ['人', '工智', '能', '一定', '会', '改变', '世界']],
    ['幻方量化在2019年建成萤火一号集群', ['幻', '方量化', '在', '20', '19年', '建成', '萤火', '一', '号', '集群']],
  ])('%s', (sentence, chunks) => {
    expect(parser.parse(sentence)).toEqual(chunks);
  });

  it('gives nothing for an empty sentence', () => {
    expect(parser.parse('')).toEqual([]);
  });
});
