// Slide 1 must never flash in a fallback face: the deck starts once its fonts are loaded, or
// after a time limit so a broken font never keeps the talk from starting.

export const FONT_WAIT_LIMIT_MS = 3000;

/** Loads the deck's font faces used by `sample` (both weights); resolves true when they loaded in time. */
export async function waitForFonts(family: string, sample: string, limitMs = FONT_WAIT_LIMIT_MS): Promise<boolean> {
  if (!('fonts' in document)) return true;
  const text = sample.trim() || '字';
  const loads = Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 1em "${family}"`, text)))
    .then((faces) => faces.every((list) => list.length > 0))
    .catch(() => false);
  const limit = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), limitMs));
  return Promise.race([loads, limit]);
}
