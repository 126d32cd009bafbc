// Appending an incremental update to a PDF (PDF 32000-1 §7.5.6): new objects, a new version of the
// catalog and a new Info dictionary after the original bytes, with an xref section and a trailer
// pointing back (/Prev) at the original's. Enough for the PDFs Chromium (Skia) writes: a classic
// xref table and trailer, no object streams.

export interface PdfObjectRef {
  num: number;
  gen: number;
}

export interface UpdateWriter {
  /** A new object number, as the reference text `N 0 R`, for an object `set` later. */
  reserve(): string;
  set(ref: string, body: string): void;
}

export interface UpdateResult {
  /** The document's new Info dictionary. */
  info: string;
  /** Catalog entries to set (replacing the printed catalog's entries of the same keys). */
  catalog: Record<string, string>;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** The PDF with `build`'s objects appended as an incremental update. */
export function appendUpdate(pdf: Uint8Array, build: (writer: UpdateWriter) => UpdateResult): Uint8Array {
  const text = latin1(pdf);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1];
  const trailerAt = text.lastIndexOf('trailer');
  if (startxref === undefined || trailerAt < 0) throw new Error('the printed PDF has no classic trailer: it cannot be finished');
  const trailer = new Map(dictEntries(text.slice(trailerAt + 'trailer'.length, text.lastIndexOf('startxref'))));
  const root = trailer.get('Root');
  const size = Number(trailer.get('Size'));
  if (!root || !Number.isInteger(size)) throw new Error('the printed PDF’s trailer names no catalog (/Root) or /Size');

  const bodies = new Map<number, string>();
  let next = size;
  const writer: UpdateWriter = {
    reserve: () => `${next++} 0 R`,
    set: (ref, body) => bodies.set(refNumber(ref), body),
  };
  const result = build(writer);
  const info = writer.reserve();
  bodies.set(refNumber(info), result.info);
  const catalog = new Map(dictEntries(objectBody(text, root)));
  for (const [key, value] of Object.entries(result.catalog)) catalog.set(key, value);
  bodies.set(refNumber(root), `<<${[...catalog].map(([k, v]) => `/${k} ${v}`).join(' ')}>>`);

  // Objects, then the xref section (one subsection per run of consecutive numbers), then the trailer.
  let out = text.endsWith('\n') ? '' : '\n';
  const offsets = new Map<number, number>();
  // New objects are generation 0; the catalog's new version keeps the printed one's generation.
  const rootGen = Number(root.split(/\s+/)[1] ?? 0);
  const genOf = (num: number) => (num === refNumber(root) ? rootGen : 0);
  for (const [num, body] of [...bodies].sort(([a], [b]) => a - b)) {
    offsets.set(num, pdf.length + out.length);
    out += `${num} ${genOf(num)} obj\n${body}\nendobj\n`;
  }
  const xrefAt = pdf.length + out.length;
  out += 'xref\n';
  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  for (let i = 0; i < numbers.length; ) {
    let end = i + 1;
    while (end < numbers.length && numbers[end] === numbers[end - 1]! + 1) end++;
    out += `${numbers[i]} ${end - i}\n`;
    for (const num of numbers.slice(i, end)) out += `${String(offsets.get(num)).padStart(10, '0')} ${String(genOf(num)).padStart(5, '0')} n \n`;
    i = end;
  }
  const id = trailer.get('ID');
  out += `trailer\n<</Size ${next} /Root ${root} /Info ${info} /Prev ${startxref}${id ? ` /ID ${id}` : ''}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const appended = Buffer.from(out, 'latin1');
  const whole = new Uint8Array(pdf.length + appended.length);
  whole.set(pdf);
  whole.set(appended, pdf.length);
  return whole;
}

function refNumber(ref: string): number {
  return Number(ref.split(/\s+/)[0]);
}

/** The dictionary of indirect object `ref` (its last definition in the file). */
function objectBody(text: string, ref: string): string {
  const [num, gen] = ref.split(/\s+/);
  const heads = [...text.matchAll(new RegExp(`(?:^|[\\s>])${num}\\s+${gen}\\s+obj\\b`, 'g'))];
  const head = heads.at(-1);
  if (!head) throw new Error(`the printed PDF has no object ${num} ${gen} (its catalog)`);
  const start = head.index + head[0].length;
  const end = text.indexOf('endobj', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/**
 * The top-level entries of a dictionary's text `<< /Key value … >>`, values kept as written
 * (nested dictionaries, arrays, strings and `N G R` references whole).
 */
export function dictEntries(dictText: string): [string, string][] {
  const open = dictText.indexOf('<<');
  const items = tokens(dictText, open + 2);
  const entries: [string, string][] = [];
  for (let i = 0; i + 1 < items.length; i += 2) {
    const key = items[i]!;
    let value = items[i + 1]!;
    // An indirect reference is three tokens: number, generation, R.
    if (/^\d+$/.test(value) && /^\d+$/.test(items[i + 2] ?? '') && items[i + 3] === 'R') {
      value = `${value} ${items[i + 2]} R`;
      i += 2;
    }
    if (key.startsWith('/')) entries.push([key.slice(1), value]);
  }
  return entries;
}

/** The tokens of a dictionary body from `start` to its closing `>>`; nested objects are one token. */
function tokens(s: string, start: number): string[] {
  const out: string[] = [];
  let i = start;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) i++;
    else if (s.startsWith('>>', i)) break;
    else if (c === '%') while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
    else {
      const end = tokenEnd(s, i);
      out.push(s.slice(i, end));
      i = end;
    }
  }
  return out;
}

/** The index after the token (name, number, string, array or dictionary) starting at `i`. */
function tokenEnd(s: string, i: number): number {
  const c = s[i]!;
  if (c === '(') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      if (s[j] === '\\') j++;
      else if (s[j] === '(') depth++;
      else if (s[j] === ')' && --depth === 0) return j + 1;
    }
    return s.length;
  }
  if (s.startsWith('<<', i) || c === '[') {
    const [open, close] = c === '[' ? ['[', ']'] : ['<<', '>>'];
    let j = i + open.length;
    while (j < s.length && !s.startsWith(close, j)) j = /\s/.test(s[j]!) ? j + 1 : tokenEnd(s, j);
    return j + close.length;
  }
  if (c === '<') return s.indexOf('>', i) + 1;
  let j = i + 1;
  while (j < s.length && !/[\s()<>[\]{}/%]/.test(s[j]!)) j++;
  return j;
}

/** A text string: literal when printable ASCII, else UTF-16BE with its byte-order mark. */
export function pdfText(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  return `<FEFF${Buffer.from(value, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

/** A dictionary from entries whose values are already PDF text. */
export function pdfDict(entries: Record<string, string>): string {
  return `<<${Object.entries(entries)
    .map(([k, v]) => `/${k} ${v}`)
    .join(' ')}>>`;
}
