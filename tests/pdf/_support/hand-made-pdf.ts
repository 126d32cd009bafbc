// Small PDFs assembled by hand for the reader and finishing tests: numbered objects (1 is the
// catalog) with a correct xref table, as a PDF writer would lay them out.

export type PdfObject = string | { dict: string; data: Buffer | string };

/** The PDF of `objects` (object i + 1 is objects[i]); object 1 is the catalog. */
export function handMadePdf(objects: readonly PdfObject[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const body =
      typeof object === 'string'
        ? Buffer.from(object, 'latin1')
        : Buffer.concat([
            Buffer.from(`<<${object.dict} /Length ${Buffer.byteLength(object.data, 'latin1')}>>\nstream\n`, 'latin1'),
            Buffer.isBuffer(object.data) ? object.data : Buffer.from(object.data, 'latin1'),
            Buffer.from('\nendstream', 'latin1'),
          ]);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)];
  parts.push(Buffer.from(`${xref.join('')}trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

export interface HandMadePage {
  /** The content stream (uncompressed). */
  content?: string;
  /** The resource dictionary, e.g. `<</Font <</F1 9 0 R>>>>`. */
  resources?: string;
}

/**
 * A PDF of 400×225-point pages. Objects: 1 catalog, 2 page tree, then the n pages, then their n
 * content streams; `extra` objects (fonts, forms…) follow, the first numbered 3 + 2n.
 */
export function pdfWithPages(pages: readonly HandMadePage[], extra: readonly PdfObject[] = []): Uint8Array {
  const n = pages.length;
  return handMadePdf([
    '<</Type /Catalog /Pages 2 0 R>>',
    `<</Type /Pages /Kids [${pages.map((_, i) => `${3 + i} 0 R`).join(' ')}] /Count ${n}>>`,
    ...pages.map((page, i) => `<</Type /Page /Parent 2 0 R /MediaBox [0 0 400 225] /Resources ${page.resources ?? '<<>>'} /Contents ${3 + n + i} 0 R>>`),
    ...pages.map((page) => ({ dict: '', data: page.content ?? '' })),
    ...extra,
  ]);
}
