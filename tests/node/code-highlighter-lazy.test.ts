// shiki (its core) is loaded only for a deck whose fences name a language it colours: a talk's
// ```note or ```cards fences cost no ~0.1–0.2 s of loading it at every dev start and build.

import { describe, expect, it, vi } from 'vitest';
import { createCodeHighlighter } from '../../src/node/code-highlighter.js';

const shikiLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('@shikijs/core', async (importOriginal) => {
  shikiLoads.count++;
  return importOriginal();
});

describe('#createCodeHighlighter, loading', () => {
  it('never loads shiki for fences that name no language it knows, and loads it for one that does', async () => {
    expect(await createCodeHighlighter(['note', 'cards', 'deepseek'])).toBeUndefined();
    expect(shikiLoads.count).toBe(0);
    expect(await createCodeHighlighter(['note', 'js'])).toBeTypeOf('function');
    expect(shikiLoads.count).toBe(1);
  });
});
