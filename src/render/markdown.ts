// The Markdown renderer: markdown-it with the deck's rules, in order.

import MarkdownIt from 'markdown-it';
import type { MarkdownIt as Markdown } from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import { cjkBreaksPlugin } from './rules/cjk-breaks.js';
import { dataFencesPlugin } from './rules/data-fences.js';
import { elementAttributesPlugin } from './rules/element-attributes.js';
import { linksAndImagesPlugin } from './rules/links-and-images.js';
import { quoteAttributionPlugin } from './rules/quote-attribution.js';
import { starFragmentsPlugin } from './rules/star-fragments.js';

/**
 * @example createMarkdown().render('* 第一点\n* 第二点', createRenderEnv(file, 1, 'intro-1', report))
 */
export function createMarkdown(): Markdown {
  return (
    new MarkdownIt({ html: true, linkify: false, typographer: false })
      // A line break between Chinese characters must not become a space.
      .use(cjkBreaksPlugin)
      // `{.fragment}` after a paragraph, heading or list item; only safe attributes.
      .use(markdownItAttrs, { allowedAttributes: ['id', 'class', /^data-/] })
      .use(elementAttributesPlugin)
      .use(starFragmentsPlugin)
      .use(linksAndImagesPlugin)
      .use(quoteAttributionPlugin)
      .use(dataFencesPlugin)
  );
}
