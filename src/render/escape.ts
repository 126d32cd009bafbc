// HTML escaping for every value that comes from YAML or attributes.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITY_TEXT: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Undoes escapeHtml (the five entities it writes, and markdown-it writes). */
export function unescapeHtml(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITY_TEXT[entity]!);
}

/** Approximate rendered width in em: CJK and full-width characters are 1em, the rest about half. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u201C-\u201D\u2014\u2026]/.test(char) ? 1 : 0.56;
  return width;
}
