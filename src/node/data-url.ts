// data: URLs for files inlined into the page (background images, the single-file deck's assets).

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  avif: 'image/avif',
  mp4: 'video/mp4',
  webm: 'video/webm',
  woff2: 'font/woff2',
};

/** `path` gives the type by its extension (a query string is ignored). */
export function dataUrl(path: string, bytes: Uint8Array): string {
  const extension = path.split('?')[0]!.split('.').pop()!.toLowerCase();
  return `data:${MIME[extension] ?? 'application/octet-stream'};base64,${Buffer.from(bytes).toString('base64')}`;
}
