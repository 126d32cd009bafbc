// markdown-it-style fixtures: an optional title line, then ".", input, ".", expected output, ".".
// Each case is named after its line so a failure points into the fixture file.

export interface FixtureCase {
  name: string;
  input: string;
  expected: string;
}

export function readFixtureCases(text: string): FixtureCase[] {
  const lines = text.split('\n');
  const cases: FixtureCase[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i] !== '.') {
      i++;
      continue;
    }
    const title = lines[i - 1]?.trim() || 'case';
    const line = i + 1;
    const input: string[] = [];
    const expected: string[] = [];
    for (i++; lines[i] !== '.'; i++) input.push(lines[i]!);
    for (i++; lines[i] !== '.'; i++) expected.push(lines[i]!);
    i++;
    cases.push({ name: `line ${line}: ${title}`, input: input.join('\n'), expected: expected.join('\n') });
  }
  return cases;
}
