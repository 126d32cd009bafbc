// Types for wawoff2's WOFF2 decoder (the package ships none): WOFF2 bytes in, TrueType bytes out.
declare module 'wawoff2/decompress.js' {
  export default function decompress(data: Uint8Array): Promise<Uint8Array>;
}
