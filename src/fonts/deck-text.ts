// The text a deck shows — slides, notes, titles, the client's own labels — and the part of it set
// in bold, so each font weight is subset to just the characters drawn in it. The renderer records
// both (src/render/slide-facts.ts): what the theme and the browser draw in bold is marked there.

import type { DeckBuild } from '../pipeline.js';

export interface DeckText {
  /** Every character the deck can show, in any weight (the regular face covers all of it). */
  all: string;
  /** The text drawn in bold (weight 700): headings, strong, big numbers, chart values… */
  bold: string;
}

/**
 * Labels the client draws itself in the deck's font (src/client): reader mode's link, the speaker
 * view's size buttons. A test keeps this in step with the non-ASCII text in src/client.
 */
export const CLIENT_TEXT =
  '演示模式 视图切换 A− A+ 缩小备注字号 放大备注字号 字 议程' +
  // the speaker view, rehearsal and the phone remote (src/client/speaker-view*.ts, rehearsal*.ts, remote*.ts)
  ' ·←→　。一上下从余全分划刻前剩动后在场奏屏已常幻当或按新时是最有未本格正步没灯片现用的空第者自节落览计讲超还适部配重键间页预黑（），：中为件保关再各存实差彩排数文束果标次每灰练结色闭际题…器待接控断等连遥会刷口开窗打';

export function deckText(build: DeckBuild): DeckText {
  const config = build.model?.config;
  const slides = build.rendered?.slides ?? [];
  // Arc names: the client draws them itself, as content slides' labels and in the agenda strip (src/client/arc-chrome.ts).
  const arcs = (build.model?.files ?? []).map((file) => file.arc);
  const meta = [config?.title, config?.subtitle, config?.author, config?.source, ...arcs].filter(Boolean).join('\n');
  const all = slides.flatMap((slide) => slide.facts.text).join(' ');
  const bold = slides.flatMap((slide) => slide.facts.bold).join(' ');
  return { all: [meta, CLIENT_TEXT, all].join('\n'), bold };
}
