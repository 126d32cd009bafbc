// Finds .notdef glyphs (glyph id 0, an empty box) that a PDF's pages show: what Chromium prints for
// a character no font it may use has. Reads the content streams with pdf-lib, following the form
// XObjects they draw; codes of Type0 fonts (Identity-H, how Chromium writes TrueType web fonts)
// are 2-byte CIDs, mapped to glyph ids through the CIDToGIDMap.

import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';

export interface NotdefUse {
  /** 0-based page. */
  page: number;
  /** BaseFont of the font that shows them, e.g. `AAAAAA+NotoSansSC-Regular`. */
  font: string;
  count: number;
}

/** Every font on every page that shows .notdef, with how many times. */
export function findNotdefGlyphs(doc: PDFDocument): NotdefUse[] {
  const uses: NotdefUse[] = [];
  doc.getPages().forEach((page, index) => {
    const counts = new Map<string, number>();
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    const bytes = streams.map((s) => streamText(s)).join('\n');
    scanContent(bytes, page.node.Resources(), counts, new Set());
    for (const [font, count] of counts) uses.push({ page: index, font, count });
  });
  return uses;
}

function streamText(stream: PDFObject | undefined): string {
  if (stream instanceof PDFRawStream) return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
  if (stream instanceof PDFStream) return Buffer.from(stream.getContents()).toString('latin1');
  return '';
}

/** How a font's string bytes become glyph ids; undefined for fonts this audit does not read. */
type GlyphDecoder = (bytes: string) => number[];

function glyphDecoder(font: PDFDict | undefined): GlyphDecoder | undefined {
  if (font?.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText() !== 'Type0') return undefined;
  const encoding = font.lookupMaybe(PDFName.of('Encoding'), PDFName)?.decodeText();
  if (encoding !== 'Identity-H' && encoding !== 'Identity-V') return undefined;
  const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
  const map = descendant?.lookup(PDFName.of('CIDToGIDMap'));
  const table = map instanceof PDFStream ? Buffer.from(streamText(map), 'latin1') : undefined;
  return (bytes) => {
    const glyphs: number[] = [];
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      const cid = (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1);
      glyphs.push(table ? (2 * cid + 1 < table.length ? table.readUInt16BE(2 * cid) : 0) : cid);
    }
    return glyphs;
  };
}

interface FontInUse {
  name: string;
  decode: GlyphDecoder | undefined;
}

function fontResource(resources: PDFDict | undefined, key: string): FontInUse {
  const font = resources?.lookupMaybe(PDFName.of('Font'), PDFDict)?.lookupMaybe(PDFName.of(key), PDFDict);
  return { name: font?.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? key, decode: glyphDecoder(font) };
}

/** A token of a content stream: an operator, or an operand (strings as their bytes). */
type Operand = { string: string } | { name: string } | { array: Operand[] } | { other: string };

/** Runs the content stream's text operators, counting glyph 0 per font; recurses into forms. */
function scanContent(content: string, resources: PDFDict | undefined, counts: Map<string, number>, visited: Set<PDFStream>): void {
  let font: FontInUse | undefined;
  const saved: (FontInUse | undefined)[] = [];
  const show = (operand: Operand | undefined) => {
    if (!font?.decode || !operand || !('string' in operand)) return;
    const zeros = font.decode(operand.string).filter((g) => g === 0).length;
    if (zeros > 0) counts.set(font.name, (counts.get(font.name) ?? 0) + zeros);
  };
  for (const { operator, operands } of operations(content)) {
    if (operator === 'q') saved.push(font);
    else if (operator === 'Q') font = saved.pop();
    else if (operator === 'Tf') {
      const key = operands[0];
      if (key && 'name' in key) font = fontResource(resources, key.name);
    } else if (operator === 'Tj' || operator === "'") show(operands.at(-1));
    else if (operator === '"') show(operands.at(-1));
    else if (operator === 'TJ') {
      const array = operands.at(-1);
      if (array && 'array' in array) array.array.forEach(show);
    } else if (operator === 'Do') {
      const key = operands[0];
      const xObject =
        key && 'name' in key ? resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)?.lookup(PDFName.of(key.name)) : undefined;
      if (
        xObject instanceof PDFStream &&
        !visited.has(xObject) &&
        xObject.dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText() === 'Form'
      ) {
        visited.add(xObject);
        scanContent(streamText(xObject), xObject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources, counts, visited);
      }
    }
  }
}

const WHITE = '\0\t\n\f\r ';
const DELIMITERS = '()<>[]{}/%';

/** The operations of a content stream: each operator with the operands before it. */
function* operations(s: string): Generator<{ operator: string; operands: Operand[] }> {
  const stack: (Operand | '[')[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (WHITE.includes(c)) {
      i++;
    } else if (c === '%') {
      while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
    } else if (c === '(') {
      const [text, end] = literalString(s, i);
      stack.push({ string: text });
      i = end;
    } else if (s.startsWith('<<', i) || s.startsWith('>>', i)) {
      stack.push({ other: s.slice(i, i + 2) });
      i += 2;
    } else if (c === '<') {
      const end = s.indexOf('>', i);
      const hex = s.slice(i + 1, end < 0 ? s.length : end).replace(/[^0-9a-fA-F]/g, '');
      stack.push({ string: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1') });
      i = end < 0 ? s.length : end + 1;
    } else if (c === '[') {
      stack.push('[');
      i++;
    } else if (c === ']') {
      const at = stack.lastIndexOf('[');
      const items = stack.splice(Math.max(at, 0)).filter((x): x is Operand => x !== '[');
      stack.push({ array: items });
      i++;
    } else {
      let end = i + 1;
      while (end < s.length && !WHITE.includes(s[end]!) && !DELIMITERS.includes(s[end]!)) end++;
      const word = s.slice(i, end);
      i = end;
      if (c === '/') stack.push({ name: word.slice(1) });
      else if (/^[+\-.\d]/.test(word) || word === 'true' || word === 'false' || word === 'null') stack.push({ other: word });
      else {
        yield { operator: word, operands: stack.filter((x): x is Operand => x !== '[') };
        stack.length = 0;
        // Inline image data is binary: skip it to its EI.
        if (word === 'ID') {
          const ei = /\sEI(?=[\s]|$)/g;
          ei.lastIndex = i;
          const m = ei.exec(s);
          i = m ? m.index + m[0].length : s.length;
        }
      }
    }
  }
}

/** A literal string `( … )` starting at `start`: its bytes, and the index after it. */
function literalString(s: string, start: number): [string, number] {
  let depth = 0;
  let out = '';
  let i = start;
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      const next = s[++i] ?? '';
      if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(s.slice(i, i + 3))![0];
        out += String.fromCharCode(parseInt(octal, 8) & 0xff);
        i += octal.length - 1;
      } else if (next === '\r' || next === '\n') {
        if (next === '\r' && s[i + 1] === '\n') i++;
      } else out += escapes[next] ?? next;
    } else if (c === '(') {
      if (depth++ > 0) out += c;
    } else if (c === ')') {
      if (--depth === 0) return [out, i + 1];
      out += c;
    } else out += c;
  }
  return [out, i];
}
