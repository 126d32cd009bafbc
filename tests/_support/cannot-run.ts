// A test that cannot run says so: it fails under CI (CI=true), elsewhere it is skipped with the
// reason printed, never passed silently.

import type { TestContext } from 'vitest';

export function cannotRun(context: Pick<TestContext, 'skip'>, reason: string): never {
  if (process.env.CI === 'true') throw new Error(`cannot run under CI: ${reason}`);
  console.warn(`SKIPPED: ${reason}`);
  return context.skip(reason);
}
