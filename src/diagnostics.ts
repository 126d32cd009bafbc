// Diagnostics: one shape for every problem found in a user's slides or deck.yaml.

/** A problem in user content, with a 1-based position in the file it came from. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
  /** What to do about it; printed after the message. */
  hint?: string;
  severity: 'error' | 'warning';
  ruleId: string;
}

/** Collects diagnostics while a stage carries on (user mistakes are collected, never thrown). */
export type Report = (d: Omit<Diagnostic, 'severity'> & { severity?: Diagnostic['severity'] }) => void;

export function createCollector(): { diagnostics: Diagnostic[]; report: Report } {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (d) => {
    diagnostics.push({ ...d, severity: d.severity ?? 'error' });
  };
  return { diagnostics, report };
}

/** `slides/02-accumulation.md:41:1: unknown layout "colums" — did you mean "columns"?` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const level = d.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${level}${d.message}${d.hint ? ` — ${d.hint}` : ''}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorts by file, then line, then column, so a list reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** The closest candidate by edit distance, when it is close enough to be a likely typo. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A hint for an unknown name: "did you mean …?" when one is close, else the list of valid names. */
export function unknownNameHint(input: string, candidates: readonly string[]): string {
  const guess = didYouMean(input, candidates);
  return guess ? `did you mean "${guess}"?` : `use one of: ${candidates.join(', ')}`;
}
