// Overflow in words — how far past which edge of the canvas — shared by `npm run check`, which
// measures it on screen, and `npm run pdf`, which measures it in the print view.

export interface EdgeReach {
  /** Canvas pixels beyond each edge; 0 when inside. */
  right: number;
  bottom: number;
  left: number;
  top: number;
}

/** Overflows of a pixel or less are rounding, not content off the slide. */
export const OVERFLOW_TOLERANCE_PX = 1;

export function overflowAmount(overflow: EdgeReach): number {
  return Math.max(overflow.right, overflow.bottom, overflow.left, overflow.top);
}

/** `84 px below, 12 px past the right edge of` — the edges the content crosses, furthest first. */
export function describeOverflowEdges(overflow: EdgeReach): string {
  const edges: [number, string][] = [
    [overflow.bottom, 'below'],
    [overflow.right, 'past the right edge of'],
    [overflow.top, 'above'],
    [overflow.left, 'past the left edge of'],
  ];
  return edges
    .filter(([amount]) => amount > OVERFLOW_TOLERANCE_PX)
    .sort((a, b) => b[0] - a[0])
    .map(([amount, edge]) => `${Math.round(amount)} px ${edge}`)
    .join(', ');
}
