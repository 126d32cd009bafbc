// Speaker notes: every slide needs them — the speaker view shows them and the pacing timer is
// computed from them, so a slide without notes is a gap in the talk.

import type { Diagnostic } from '../diagnostics.js';
import type { RenderedSlide } from '../render/section.js';

export function checkNotes(slides: readonly RenderedSlide[]): Diagnostic[] {
  return slides
    .filter((slide) => slide.notes.trim() === '')
    .map((slide) => ({
      file: slide.file,
      line: slide.line,
      column: 1,
      severity: 'error' as const,
      ruleId: 'missing-notes',
      message: `slide has no speaker notes (${slide.title ? `"${slide.title}"` : `#${slide.id}`})`,
      hint: 'add a line "Note:" at the end of the slide, followed by what you will say',
    }));
}
