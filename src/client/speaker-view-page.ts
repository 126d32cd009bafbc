// The speaker view's page, built by the deck's own script into an about:blank popup (so no
// script of its own runs there and the deck's CSP holds): Chinese labels, notes that fit or
// scroll, the current and next step as two reveal.js receivers driven by its postMessage API.

import speakerCss from './speaker-view.css?inline';

export interface SpeakerPage {
  doc: Document;
  notes: HTMLElement;
  sizeLabel: HTMLElement;
  arcName: HTMLElement;
  arcPosition: HTMLElement;
  talkPosition: HTMLElement;
  clock: HTMLElement;
  currentCaption: HTMLElement;
  nextCaption: HTMLElement;
  currentFrame: HTMLIFrameElement;
  nextFrame: HTMLIFrameElement;
  pacing: HTMLElement;
  arcTime: HTMLElement;
  talkTime: HTMLElement;
  buttons: { smaller: HTMLButtonElement; larger: HTMLButtonElement; fit: HTMLButtonElement; reset: HTMLButtonElement };
}

/** Keys of the speaker view, shown in its footer. */
export const SPEAKER_HELP = '→ 或 空格 下一步　← 上一步　+ / − 备注字号　0 自动字号　B 黑屏　T 重新计时';

/** The deck as a receiver: no controls, keys, hash or transitions; it reports `ready` to its parent. */
export function receiverUrl(location: Location): string {
  const url = new URL(location.href);
  url.hash = '';
  url.search =
    '?receiver&postMessageEvents=true&controls=false&progress=false&slideNumber=false&hash=false&history=false&keyboard=false&touch=false&overview=false&help=false&transition=none&backgroundTransition=none&autoSlide=0';
  return url.href;
}

/** Copies the deck's styles into the popup: linked sheets by URL, inline <style> (dev server, single file) by text. */
function copyStyles(from: Document, to: Document): void {
  for (const node of from.querySelectorAll('link[rel="stylesheet"], style')) {
    const copy = to.createElement(node.tagName.toLowerCase());
    if (node instanceof HTMLLinkElement) {
      copy.setAttribute('rel', 'stylesheet');
      copy.setAttribute('href', node.href);
    } else {
      copy.textContent = node.textContent;
    }
    to.head.append(copy);
  }
  const own = to.createElement('style');
  own.textContent = speakerCss;
  to.head.append(own);
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function button(doc: Document, label: string, name: string): HTMLButtonElement {
  const node = element(doc, 'button', '', label);
  node.type = 'button';
  node.setAttribute('aria-label', name);
  node.title = name;
  return node;
}

function preview(
  doc: Document,
  className: string,
  title: string,
  src: string,
): { figure: HTMLElement; caption: HTMLElement; frame: HTMLIFrameElement } {
  const figure = element(doc, 'figure', className);
  const caption = element(doc, 'figcaption', '');
  const frame = element(doc, 'iframe', '');
  frame.title = title;
  frame.tabIndex = -1;
  frame.src = src;
  figure.append(caption, frame);
  return { figure, caption, frame };
}

/** Replaces the popup's document with the speaker view; `source` is the audience page. */
export function buildSpeakerPage(doc: Document, source: Document, deckTitle: string): SpeakerPage {
  doc.documentElement.replaceChildren(doc.createElement('head'), doc.createElement('body'));
  doc.documentElement.lang = 'zh-CN';
  doc.documentElement.dataset.deckSpeaker = 'true';
  doc.title = `演讲者视图 · ${deckTitle}`;
  copyStyles(source, doc);
  const body = doc.body;
  body.className = 'speaker-view';

  const bar = element(doc, 'header', 'sv-bar');
  const arcName = element(doc, 'span', 'sv-arc-name');
  arcName.dataset.deckText = '';
  const arcPosition = element(doc, 'span', 'sv-arc-position');
  const talkPosition = element(doc, 'span', 'sv-talk-position');
  const clock = element(doc, 'span', 'sv-clock');
  clock.title = '现在时刻';
  bar.append(arcName, arcPosition, talkPosition, clock);

  const main = element(doc, 'main', 'sv-main');
  const previews = element(doc, 'section', 'sv-previews');
  previews.setAttribute('aria-label', '幻灯片预览');
  const src = receiverUrl(source.defaultView!.location);
  const current = preview(doc, 'sv-current', '当前幻灯片', src);
  const next = preview(doc, 'sv-next', '下一步', src);
  previews.append(current.figure, next.figure);

  const panel = element(doc, 'section', 'sv-notes-panel');
  const head = element(doc, 'div', 'sv-notes-head');
  const sizeLabel = element(doc, 'span', 'sv-size-label');
  const buttons = {
    smaller: button(doc, 'A−', '缩小备注字号'),
    larger: button(doc, 'A+', '放大备注字号'),
    fit: button(doc, '自动', '备注自动适配字号'),
    reset: button(doc, '重新计时', '从现在重新计时'),
  };
  head.append(sizeLabel, buttons.smaller, buttons.larger, buttons.fit);
  const notes = element(doc, 'div', 'sv-notes');
  notes.tabIndex = 0;
  notes.setAttribute('aria-label', '演讲备注');
  notes.dataset.deckText = '';
  panel.append(head, notes);
  main.append(previews, panel);

  const foot = element(doc, 'footer', 'sv-foot');
  const times = element(doc, 'div', 'sv-times');
  const pacing = element(doc, 'span', 'sv-pacing');
  pacing.title = '本页节奏：按计划，本页还剩的时间';
  const arcTime = element(doc, 'span', 'sv-arc-time');
  const talkTime = element(doc, 'span', 'sv-talk-time');
  times.append(pacing, arcTime, talkTime, buttons.reset);
  foot.append(times, element(doc, 'p', 'sv-help', `按键：${SPEAKER_HELP}`));
  body.append(bar, main, foot);

  return {
    doc,
    notes,
    sizeLabel,
    arcName,
    arcPosition,
    talkPosition,
    clock,
    currentCaption: current.caption,
    nextCaption: next.caption,
    currentFrame: current.frame,
    nextFrame: next.frame,
    pacing,
    arcTime,
    talkTime,
    buttons,
  };
}
