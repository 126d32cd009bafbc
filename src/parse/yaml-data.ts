// YAML with positions: parse a YAML text and check it against a small schema, reporting each
// problem at the line and column of the offending key or value.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type Pair } from 'yaml';
import { unknownNameHint, type Report } from '../diagnostics.js';

/** `list` only checks that the value is a list; its items are checked by the caller. */
export type FieldType = 'string' | 'number' | 'boolean' | 'text' | 'list';

export interface FieldSpec {
  type: FieldType | Schema;
  required?: boolean;
  /** For numbers: smallest allowed value. */
  min?: number;
}

export interface Schema {
  [key: string]: FieldSpec;
}

/** Where the YAML text sits in its file, so positions can be reported as file positions. */
export interface YamlOrigin {
  file: string;
  /** File line of the YAML text's first line. */
  line: number;
  /** Name of the thing being parsed, for messages ("deck.yaml", "chart block"). */
  what: string;
}

export interface ParsedYaml {
  value: unknown;
  /** File position of a node (1-based). */
  positionOf: (node: Node | null | undefined) => { line: number; column: number };
  root: Node | null;
  ok: boolean;
}

/** Parses YAML; syntax errors are reported with their file position and `ok` is false. */
export function parseYaml(text: string, origin: YamlOrigin, report: Report): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFile = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: origin.line + pos.line - 1, column: pos.col };
  };
  const positionOf = (node: Node | null | undefined) => (node?.range ? toFile(node.range[0]) : { line: origin.line, column: 1 });
  for (const error of doc.errors) {
    const { line, column } = toFile(errorOffset(text, error));
    report({
      file: origin.file,
      line,
      column,
      ruleId: 'yaml-syntax',
      message: `invalid YAML in ${origin.what}: ${firstLine(error.message)}`,
      hint: 'check indentation, colons and quotes (a value with ":" or "#" needs quotes)',
    });
  }
  if (doc.errors.length > 0) return { value: undefined, positionOf, root: doc.contents as Node | null, ok: false };
  try {
    return { value: doc.toJS(), positionOf, root: doc.contents as Node | null, ok: true };
  } catch (error) {
    // Aliases fail only when resolved: `*name` with no `&name` before it, or an alias bomb.
    let alias: Node | undefined;
    visit(doc, {
      Alias: (_key, node) => {
        alias = node;
        return visit.BREAK;
      },
    });
    report({
      file: origin.file,
      ...positionOf(alias),
      ruleId: 'yaml-syntax',
      message: `invalid YAML in ${origin.what}: ${firstLine(error instanceof Error ? error.message : String(error))}`,
      hint: 'write the value out instead of using a "*" alias',
    });
    return { value: undefined, positionOf, root: doc.contents as Node | null, ok: false };
  }
}

/**
 * Where to point for an error. The yaml library puts a missing closing quote at the end of the
 * text (often past the last line); the opening quote it lacks is where the author must look.
 */
function errorOffset(text: string, error: { code: string; message: string; pos: [number, number] }): number {
  const quote = error.code === 'MISSING_CHAR' ? /^Missing closing (["'])quote/.exec(error.message)?.[1] : undefined;
  if (!quote) return error.pos[0];
  for (let i = Math.min(error.pos[0], text.length) - 1; i >= 0; i--) {
    if (text[i] === quote && !(quote === '"' && text[i - 1] === '\\')) return i;
  }
  return error.pos[0];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Checks a YAML mapping node against a schema: unknown keys (with did-you-mean), missing required
 * keys and wrong types are reported at their position. Returns true when nothing was wrong.
 */
export function checkMapping(
  node: Node | null | undefined,
  schema: Schema,
  parsed: ParsedYaml,
  origin: YamlOrigin,
  report: Report,
  path = '',
): boolean {
  let ok = true;
  const fail = (at: Node | null | undefined, message: string, hint?: string) => {
    ok = false;
    report({ file: origin.file, ...parsed.positionOf(at), ruleId: 'schema', message, hint });
  };
  if (!isMap(node)) {
    fail(node, `${origin.what}${path ? ` "${path}"` : ''} must be a mapping of keys to values`, 'write `key: value` lines');
    return false;
  }
  const seen = new Set<string>();
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const name = path ? `${path}.${key}` : key;
    const spec = schema[key];
    seen.add(key);
    if (!spec) {
      fail(pair.key, `unknown key "${name}" in ${origin.what}`, unknownNameHint(key, Object.keys(schema)));
      continue;
    }
    if (typeof spec.type === 'object') {
      ok = checkMapping(pair.value, spec.type, parsed, origin, report, name) && ok;
      continue;
    }
    const problem = checkScalar(pair.value, spec);
    if (problem) fail(pair.value ?? pair.key, `"${name}" in ${origin.what} ${problem}`);
  }
  for (const [key, spec] of Object.entries(schema)) {
    if (spec.required && !seen.has(key)) {
      fail(node, `${origin.what} is missing "${path ? `${path}.` : ''}${key}"`, `add a line \`${key}: …\``);
    }
  }
  return ok;
}

function checkScalar(node: Node | null | undefined, spec: FieldSpec): string | undefined {
  if (spec.type === 'list') return isSeq(node) ? undefined : 'must be a list ("- …" lines)';
  if (isSeq(node) || isMap(node) || !isScalar(node)) return `must be a ${spec.type}, not a list or mapping`;
  const value = node.value;
  switch (spec.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number, got ${JSON.stringify(value)}`;
      if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}, got ${value}`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false, got ${JSON.stringify(value)}`;
    case 'text':
      // Numbers and dates are accepted as text (a year such as 2015 is read as a number by YAML).
      // An empty value (`value: ""` or `value:`) would draw an empty slot on the slide.
      if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) return undefined;
      return value === null || typeof value === 'string'
        ? `must be non-empty text, got ${JSON.stringify(value)}`
        : `must be text, got ${JSON.stringify(value)}`;
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? undefined : `must be non-empty text, got ${JSON.stringify(value)}`;
    default:
      return undefined;
  }
}
