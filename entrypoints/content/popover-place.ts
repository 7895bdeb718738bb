/**
 * Where a mark's explanation goes: beside the field, never over it, and never over the inputs
 * or buttons of the page's form (the worker must still see and reach them). Tries the right of
 * the badge and the left of the field at the field's height, then both moved up or down a
 * little more each time, then below and above; takes the first place that covers nothing and
 * stays on the page, else the one that covers least. Pure geometry, so it is unit-tested.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top));

/** Room kept free to the right of a field for its badges. */
export const BADGE_ROOM = 30;
const GAP = 6;

/**
 * `field` is the marked field, `obstacles` the page's controls to keep clear, `page` the area the
 * popover must stay inside (the document's width, from the top of the page down); all in page
 * coordinates. Returns the popover's top-left corner.
 */
export function placePopover(field: Box, size: { width: number; height: number }, obstacles: readonly Box[], page: Box): { left: number; top: number } {
  const { width, height } = size;
  const xs = [field.left + field.width + BADGE_ROOM, field.left - GAP - width];
  const shifts = [0, 1, -1, 2, -2, 3, -3, 4, -4, 6, -6, 8, -8].map((k) => k * Math.max(20, Math.round(height / 4)));
  const candidates: Array<{ left: number; top: number }> = [];
  // Nearest first: beside the field at its height (right, then left), then moved up or down.
  for (const d of shifts) for (const left of xs) candidates.push({ left, top: field.top + d });
  for (const top of [field.top + field.height + GAP, field.top - GAP - height]) {
    for (const d of [0, ...shifts.slice(1)]) candidates.push({ left: field.left + d * 2, top });
  }
  const inside = (c: { left: number; top: number }) => c.left >= page.left && c.top >= page.top && c.left + width <= page.left + page.width && c.top + height <= page.top + page.height;
  const cost = (c: { left: number; top: number }) => {
    const box = { ...c, width, height };
    // Covering the field itself counts double: the worker is looking at it.
    return 2 * overlap(box, field) + obstacles.reduce((sum, o) => sum + overlap(box, o), 0);
  };
  let best = candidates[0]!;
  let bestCost = Infinity;
  for (const c of candidates) {
    if (!inside(c)) continue;
    const k = cost(c);
    if (k === 0) return c;
    if (k < bestCost) [best, bestCost] = [c, k];
  }
  if (bestCost === Infinity) {
    // Nothing fits on the page (a very narrow frame): below the field, kept within the page's width.
    best = { left: Math.max(page.left, Math.min(field.left, page.left + page.width - width)), top: field.top + field.height + GAP };
  }
  return best;
}
