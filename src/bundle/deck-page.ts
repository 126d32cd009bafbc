// The built pages, finished after Vite is done with them: Vite's tags made to work from file://,
// the slides put in (never seen by Vite's HTML processing, so it can neither bundle a script
// written in a slide nor rewrite the author's text), and the Content-Security-Policy on top.
// Pure: the bundle's files come in as arguments.

import { contentSecurityPolicy, inlineScriptsOf, withContentSecurityPolicy } from './content-security-policy.js';
import { dataUrl } from '../node/data-url.js';
import { insertSlides, makeFileUrlSafe } from './index-html.js';
import { inlineDeckPage, type ReadAsset } from './single-file.js';

export interface DeckPageInput {
  /** index.html as Vite wrote it (the deck.yaml shell filled, the slides' placeholder in it). */
  vitePage: string;
  slidesHtml: string;
  /** deck.yaml's `allowScripts`: the slides' inline scripts are named in the policy. */
  allowScripts: boolean;
  /** Files the build carries itself (slides' images), by their path in dist. */
  carried: ReadonlyMap<string, Uint8Array>;
  /** Reads a file Vite wrote, by its path in dist. */
  read: ReadAsset;
}

export interface DeckPages {
  indexHtml: string;
  singleFileHtml: string;
  /** Files the single-file deck could not inline. */
  missing: string[];
}

/** The slides with every carried image (`src="./assets/…"`) inlined as a data: URL. */
function inlineCarriedImages(slidesHtml: string, carried: ReadonlyMap<string, Uint8Array>): string {
  let html = slidesHtml;
  for (const [fileName, bytes] of carried) html = html.split(`src="./${fileName}"`).join(`src="${dataUrl(fileName, bytes)}"`);
  return html;
}

export function finishDeckPages(input: DeckPageInput): DeckPages {
  const page = makeFileUrlSafe(input.vitePage);
  const slideScripts = input.allowScripts ? inlineScriptsOf(input.slidesHtml) : [];
  // The policy goes in before the slides, so nothing a slide holds is mistaken for the page's own.
  const indexHtml = insertSlides(withContentSecurityPolicy(page, contentSecurityPolicy(slideScripts)), input.slidesHtml);
  // Inline Vite's files first, then put the slides in: the inliner's patterns never see slide text.
  const single = inlineDeckPage(page, input.read);
  const singleFileHtml = insertSlides(
    withContentSecurityPolicy(single.html, contentSecurityPolicy([...single.inlineScripts, ...slideScripts])),
    inlineCarriedImages(input.slidesHtml, input.carried),
  );
  return { indexHtml, singleFileHtml, missing: single.missing };
}
