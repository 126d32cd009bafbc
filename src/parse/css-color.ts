// Whether a text is exactly one CSS colour, read by a CSS parser (not a pattern).

import { color } from '@csstools/css-color-parser';
import { parseComponentValue } from '@csstools/css-parser-algorithms';
import { tokenize } from '@csstools/css-tokenizer';

/**
 * True when `text` is exactly one CSS colour, as a CSS parser reads it: a value such as
 * `rgb(0 0 0;} .reveal{display:none}` is CSS that would break out of the theme, not a colour.
 */
export function isCssColor(text: string): boolean {
  try {
    const value = parseComponentValue(tokenize({ css: text.trim() }));
    return value !== undefined && color(value) !== false;
  } catch {
    return false;
  }
}
