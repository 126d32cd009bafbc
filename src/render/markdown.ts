// The Markdown renderer: markdown-it with the deck's rules, in order.

import MarkdownIt from 'markdown-it';
import type { MarkdownIt as Markdown } from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import markdownItCjkFriendly from 'markdown-it-cjk-friendly';
import markdownItTaskLists from 'markdown-it-task-lists';
import { BRACE_ATTRIBUTES, braceTextPlugin } from './rules/brace-text.js';
import { cjkBreaksPlugin } from './rules/cjk-breaks.js';
import { cjkCommasPlugin } from './rules/cjk-commas.js';
import { codeFencesPlugin } from './rules/code-fences.js';
import { dataFencesPlugin } from './rules/data-fences.js';
import { elementAttributesPlugin } from './rules/element-attributes.js';
import { linksAndImagesPlugin } from './rules/links-and-images.js';
import { nestingLimitPlugin } from './rules/nesting-limit.js';
import { phraseBreaksPlugin } from './rules/phrase-breaks.js';
import { rawHtmlPlugin } from './rules/raw-html.js';
import { quoteAttributionPlugin } from './rules/quote-attribution.js';
import { slideFactsPlugin } from './rules/slide-facts.js';
import { starFragmentsPlugin } from './rules/star-fragments.js';

/**
 * @example createMarkdown().render('* 第一点\n* 第二点', createRenderEnv(file, 1, 'intro-1', report))
 */
export function createMarkdown(): Markdown {
  return (
    new MarkdownIt({ html: true, linkify: true, typographer: false })
      // Lists and quotes deeper than markdown-it reads are an error, not dropped content.
      .use(nestingLimitPlugin)
      // A line break between Chinese characters must not become a space.
      .use(cjkBreaksPlugin)
      // `**“破局者”**这个词` and `**破局**，` are bold (CommonMark's flanking rules miss them).
      .use(markdownItCjkFriendly)
      // `{.fragment}` after a paragraph, heading or list item; only safe attributes.
      .use(markdownItAttrs, { allowedAttributes: [...BRACE_ATTRIBUTES] })
      // …and a `{…}` that sets anything else stays text instead of vanishing.
      .use(braceTextPlugin)
      .use(elementAttributesPlugin)
      .use(starFragmentsPlugin)
      .use(linksAndImagesPlugin)
      // Raw HTML: no <script> unless deck.yaml allows it; its files and links recorded.
      .use(rawHtmlPlugin)
      .use(quoteAttributionPlugin)
      // GFM task lists, as reveal.js's marked shows them (bare URLs: linkify above).
      .use(markdownItTaskLists)
      // reveal's ```js [1-2|3] line highlights; must come before the data fences, which fall back to it.
      .use(codeFencesPlugin)
      .use(dataFencesPlugin)
      // An ASCII comma between Chinese characters shows full-width; then `<wbr>` between phrases.
      .use(cjkCommasPlugin)
      .use(phraseBreaksPlugin)
      // Last: what the slide shows, read from the tokens the rules above left.
      .use(slideFactsPlugin)
  );
}
