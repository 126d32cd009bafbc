// The scale deck as the peers read it: one Markdown file, slides split by `---`. Pure. reveal-md
// takes our notes (`Note:`) and slide comments as they are; Marp takes notes as HTML comments.

export type PeerFlavour = 'reveal-md' | 'marp';

/** The slides of the deck's .md files in file order, each file's front matter dropped. */
export function deckSlides(files: ReadonlyMap<string, string>): string[] {
  return [...files.entries()]
    .filter(([name]) => name.endsWith('.md'))
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, text]) => text.replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n---\n/))
    .map((slide) => slide.trim())
    .filter((slide) => slide !== '');
}

/** One slide for Marp: its notes become the HTML comment Marp reads as presenter notes. */
function marpSlide(slide: string): string {
  const at = slide.search(/^Note:$/m);
  const body = at < 0 ? slide : slide.slice(0, at).trim();
  const notes = at < 0 ? '' : slide.slice(at + 'Note:'.length).trim();
  return notes === '' ? body : `${body}\n\n<!--\n${notes.replaceAll('--', '—')}\n-->`;
}

/** The single Markdown file a peer builds, with the title the deck has. */
export function peerMarkdown(files: ReadonlyMap<string, string>, flavour: PeerFlavour): string {
  const title = /^title: (.*)$/m.exec(files.get('deck.yaml') ?? '')?.[1] ?? 'deck';
  const slides = deckSlides(files);
  if (flavour === 'reveal-md') return `---\ntitle: ${title}\n---\n\n${slides.join('\n\n---\n\n')}\n`;
  return `---\nmarp: true\ntitle: ${title}\nsize: 16:9\n---\n\n${slides.map(marpSlide).join('\n\n---\n\n')}\n`;
}
