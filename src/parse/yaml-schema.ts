// Checks parsed YAML against a valibot schema, reporting each issue at its key's or value's position.

import * as v from 'valibot';
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { unknownNameHint, type Diagnostic, type Report } from '../diagnostics.js';
import type { ParsedYaml, YamlOrigin } from './yaml-data.js';

/*
 * A schema message is either said of its key ("must be a number, got …" becomes
 * `"duration" in deck.yaml must be a number, got …`) or a whole sentence with what to do,
 * made by `sentence()` (valibot messages are strings, so the pair travels as JSON).
 */
const NOT_A_MAPPING = 'must be a mapping of keys to values';

const isMappingValue = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** A YAML mapping with exactly these keys (a list is not a mapping, though it is a JS object). */
export function mapping<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(v.custom<Record<string, unknown>>(isMappingValue, NOT_A_MAPPING), v.strictObject(entries));
}

/** A message that names its key itself, with what to do about it. */
export function sentence(message: string, hint: string): string {
  return JSON.stringify({ message, hint });
}

function readMessage(text: string): { message: string; hint?: string; ofKey: boolean } {
  if (!text.startsWith('{')) return { message: text, ofKey: true };
  const { message, hint } = JSON.parse(text) as { message: string; hint: string };
  return { message, hint, ofKey: false };
}

/** The issue message for a value of the wrong kind: lists and mappings are named as such. */
export function wrongValue(kind: string, expected: string) {
  return (issue: { input: unknown }) =>
    typeof issue.input === 'object' && issue.input !== null
      ? `must be a ${kind}, not a list or mapping`
      : `must be ${expected}, got ${JSON.stringify(issue.input)}`;
}

/**
 * Validates a parsed YAML document; returns the schema's output (defaults filled in), or
 * undefined when something is wrong — every problem then reported at its file position.
 */
export function validateYaml<TSchema extends v.GenericSchema>(
  schema: TSchema,
  parsed: ParsedYaml,
  origin: YamlOrigin,
  report: Report,
): v.InferOutput<TSchema> | undefined {
  // One problem per value, as an author fixes them: a slug that is not text is not also "too long".
  const result = v.safeParse(schema, parsed.value, { abortPipeEarly: true });
  if (result.success) return result.output;
  // valibot finds problems in schema order; they are told in the document's order, missing keys last.
  const problems: (Diagnostic & { rank: number })[] = [];
  for (const issue of result.issues) {
    const rank = isMissingKey(issue) ? 1 : 0;
    reportIssue(issue, schema, parsed, origin, (problem) => problems.push({ ...problem, severity: problem.severity ?? 'error', rank }));
  }
  problems.sort((a, b) => a.rank - b.rank || a.line - b.line || a.column - b.column);
  for (const { rank: _rank, ...problem } of problems) report(problem);
  return undefined;
}

function reportIssue(issue: v.BaseIssue<unknown>, schema: v.GenericSchema, parsed: ParsedYaml, origin: YamlOrigin, report: Report): void {
  const keys = (issue.path ?? []).map((item) => String(item.key));
  const name = keys.join('.');
  const container = keys.slice(0, -1);
  const at = (node: Node | null | undefined, message: string, hint?: string) =>
    report({ file: origin.file, ...parsed.positionOf(node), ruleId: 'schema', message, hint });
  const lastKey = keys[keys.length - 1] ?? '';
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const known = keysAt(schema, container);
    const reported = reportUnknownKeys(container, known, parsed, origin, at);
    // A key valibot sees but the YAML walk names differently (a key that is not plain text).
    if (!reported) at(mappingAt(parsed.root, container), `unknown key "${name}" in ${origin.what}`, unknownNameHint(lastKey, known));
  } else if (isMissingKey(issue)) {
    at(mappingAt(parsed.root, container), `${origin.what} is missing "${name}"`, `add a line \`${lastKey}: …\``);
  } else if (issue.message === NOT_A_MAPPING) {
    const node = keys.length > 0 ? pairAt(parsed.root, keys)?.value : parsed.root;
    at(node, `${origin.what}${name ? ` "${name}"` : ''} ${NOT_A_MAPPING}`, 'write `key: value` lines');
  } else {
    const pair = pairAt(parsed.root, keys);
    const { message, hint, ofKey } = readMessage(issue.message);
    at(pair?.value ?? pair?.key, ofKey ? `"${name}" in ${origin.what} ${message}` : message, hint);
  }
}

const isMissingKey = (issue: v.BaseIssue<unknown>) => issue.type === 'strict_object' && issue.input === undefined;

/** valibot names a mapping's first unknown key; every one is reported, each at its own line. Returns how many. */
function reportUnknownKeys(
  container: string[],
  known: string[],
  parsed: ParsedYaml,
  origin: YamlOrigin,
  at: (node: Node | null | undefined, message: string, hint?: string) => void,
): number {
  const map = mappingAt(parsed.root, container);
  if (!isMap(map)) return 0;
  let count = 0;
  for (const pair of map.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (known.includes(key)) continue;
    at(pair.key, `unknown key "${[...container, key].join('.')}" in ${origin.what}`, unknownNameHint(key, known));
    count++;
  }
  return count;
}

/** The key/value pair at a path of keys in a YAML document. */
function pairAt(root: Node | null, keys: readonly string[]): Pair<Node, Node> | undefined {
  let node: Node | null | undefined = root;
  let found: Pair<Node, Node> | undefined;
  for (const key of keys) {
    if (!isMap(node)) return undefined;
    found = (node.items as Pair<Node, Node>[]).find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
    node = found?.value;
  }
  return found;
}

function mappingAt(root: Node | null, keys: readonly string[]): Node | null | undefined {
  return keys.length > 0 ? pairAt(root, keys)?.value : root;
}

/** The shape of a valibot schema as far as finding a mapping's keys needs it. */
interface SchemaShape {
  entries?: Record<string, SchemaShape>;
  wrapped?: SchemaShape;
  pipe?: SchemaShape[];
}

/** The keys a schema allows in the mapping at a path (for did-you-mean hints). */
function keysAt(schema: v.GenericSchema, keys: readonly string[]): string[] {
  let entries = entriesOf(schema as SchemaShape);
  for (const key of keys) entries = entriesOf(entries[key]);
  return Object.keys(entries);
}

function entriesOf(schema: SchemaShape | undefined): Record<string, SchemaShape> {
  if (!schema) return {};
  if (schema.entries) return schema.entries;
  if (schema.wrapped) return entriesOf(schema.wrapped);
  return entriesOf(schema.pipe?.find((item) => item.entries));
}
