// Code line highlights in steps, as reveal.js's highlight plugin reads them (```js [1-2|3|4]):
// lines numbered (from data-ln-start-from), the first step's lines marked at once, each further
// step a fragment of the slide. The colours are already in the HTML (build time); no highlighter here.

import type { RevealApi } from 'reveal.js';

type Step = { from: number; to: number }[];

/** reveal's step syntax: steps split by "|", ranges by ",", a range "a-b" or "a"; "" marks nothing. */
export function readSteps(value: string): Step[] {
  return value.split('|').map((step) =>
    step
      .split(',')
      .map((range) => range.trim())
      .filter((range) => /^\d+(-\d+)?$/.test(range))
      .map((range) => {
        const [from, to] = range.split('-').map(Number) as [number, number | undefined];
        return { from, to: to ?? from };
      }),
  );
}

const STEP_CLASS = 'code-step';

/** Wraps each line of each `code[data-line-numbers]` in a numbered span and adds a fragment per step after the first. */
export function prepareCodeSteps(root: ParentNode): void {
  for (const code of root.querySelectorAll<HTMLElement>('pre > code[data-line-numbers]')) {
    if (code.dataset.stepsReady) continue;
    code.dataset.stepsReady = 'true';
    const start = Number(code.dataset.lnStartFrom ?? '1') || 1;
    // Build-time colouring never lets a span cross a line, so lines split cleanly on "\n".
    const lines = code.innerHTML.replace(/\n$/, '').split('\n');
    code.innerHTML = `${lines.map((line, i) => `<span class="code-line" data-line="${start + i}">${line}</span>`).join('\n')}\n`;
    const steps = readSteps(code.dataset.lineNumbers ?? '');
    const pre = code.parentElement!;
    for (let i = 1; i < steps.length; i++) {
      const marker = document.createElement('span');
      marker.className = `fragment ${STEP_CLASS}`;
      marker.setAttribute('aria-hidden', 'true');
      pre.appendChild(marker);
    }
    showStep(code, 0);
  }
}

function showStep(code: HTMLElement, index: number): void {
  const steps = readSteps(code.dataset.lineNumbers ?? '');
  const step = steps[Math.min(index, steps.length - 1)] ?? [];
  const start = Number(code.dataset.lnStartFrom ?? '1') || 1;
  code.classList.toggle('has-highlights', step.length > 0);
  code.querySelectorAll<HTMLElement>('.code-line').forEach((line, i) => {
    // Steps name lines by their shown numbers (reveal subtracts data-ln-start-from's offset).
    const n = start + i;
    line.classList.toggle(
      'highlight-line',
      step.some((r) => n >= r.from && n <= r.to),
    );
  });
}

/** Marks each stepped code block's lines for the fragments shown so far. */
export function updateCodeSteps(root: ParentNode): void {
  for (const code of root.querySelectorAll<HTMLElement>('pre > code[data-steps-ready]')) {
    const shown = code.parentElement!.querySelectorAll(`.${STEP_CLASS}.visible`).length;
    showStep(code, shown);
  }
}

export function followCodeSteps(reveal: RevealApi, root: ParentNode): void {
  const update = () => updateCodeSteps(root);
  for (const type of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(type, update);
}
