// Worker entry: loads the TypeScript worker through tsx (a worker does not inherit the loader
// that vitest or tsx gave its parent thread).
import { tsImport } from 'tsx/esm/api';

await tsImport('./build-worker.ts', import.meta.url);
