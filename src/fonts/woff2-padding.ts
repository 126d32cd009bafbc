// Zeroing a woff2 file's closing padding: the native encoder leaves the (at most three) bytes that
// round the file up to a multiple of four uninitialised, so the same font would differ run to run.

/** Table directory index of the two tables whose "transformed" version is 0 (woff2 §5.1). */
const GLYF = 10;
const LOCA = 11;
const HEADER_SIZE = 48;

/** Reads a woff2 UIntBase128 at `at`; returns the byte after it. */
function skipBase128(bytes: Uint8Array, at: number): number {
  for (let i = 0; i < 5; i++) if ((bytes[at + i]! & 0x80) === 0) return at + i + 1;
  throw new Error('woff2: bad UIntBase128 in the table directory');
}

/** Where the table directory ends. */
function tableDirectoryEnd(bytes: Uint8Array, view: DataView): number {
  let at = HEADER_SIZE;
  for (let table = view.getUint16(12); table > 0; table--) {
    const flags = bytes[at]!;
    const tag = flags & 0x3f;
    const transformVersion = flags >> 6;
    at += tag === 0x3f ? 5 : 1;
    at = skipBase128(bytes, at); // origLength
    const transformed = tag === GLYF || tag === LOCA ? transformVersion === 0 : transformVersion !== 0;
    if (transformed) at = skipBase128(bytes, at); // transformLength
  }
  return at;
}

/**
 * `woff2` with every byte after its compressed font data set to zero, in place, and returned.
 * A file with a collection directory, metadata or private data is returned as it is (the deck's
 * subsets have none).
 */
export function zeroWoff2Padding(woff2: Uint8Array): Uint8Array {
  const view = new DataView(woff2.buffer, woff2.byteOffset, woff2.byteLength);
  const flavorIsCollection = view.getUint32(4) === 0x74746366; // 'ttcf'
  const hasExtraBlocks = view.getUint32(28) !== 0 || view.getUint32(40) !== 0;
  if (view.getUint32(0) !== 0x774f4632 || flavorIsCollection || hasExtraBlocks) return woff2;
  const dataEnd = tableDirectoryEnd(woff2, view) + view.getUint32(20);
  if (dataEnd > woff2.length) throw new Error('woff2: compressed data runs past the end of the file');
  woff2.fill(0, dataEnd);
  return woff2;
}
