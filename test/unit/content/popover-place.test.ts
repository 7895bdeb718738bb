/** Where a mark's explanation goes: beside its field, clear of the form's controls, on the page. */
import { describe, expect, it } from 'vitest';
import { BADGE_ROOM, placePopover, type Box } from '../../../entrypoints/content/popover-place';

const size = { width: 300, height: 120 };
const page: Box = { left: 0, top: 0, width: 1200, height: 2000 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });
const hit = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placePopover', () => {
  it('goes to the right of the badge when nothing is there', () => {
    const field = box(100, 100, 200, 24);
    expect(placePopover(field, size, [], page)).toEqual({ left: 300 + BADGE_ROOM, top: 100 });
  });

  it('flips to the left of the field when the right holds the form\'s controls', () => {
    const field = box(400, 300, 200, 24);
    const submit = box(640, 260, 300, 200);
    const at = placePopover(field, size, [submit], page);
    const pop = { ...at, ...size };
    expect(hit(pop, submit)).toBe(false);
    expect(hit(pop, field)).toBe(false);
    expect(at.left + size.width).toBeLessThanOrEqual(field.left);
  });

  it('in a narrow frame, goes below or above the field, never over it or the inputs around it', () => {
    const narrow: Box = { left: 0, top: 0, width: 360, height: 2000 };
    const field = box(10, 400, 300, 24);
    const inputs = [box(10, 440, 300, 24), box(10, 480, 100, 24)];
    const at = placePopover(field, { width: 340, height: 100 }, inputs, narrow);
    const pop = { ...at, width: 340, height: 100 };
    expect(hit(pop, field)).toBe(false);
    for (const input of inputs) expect(hit(pop, input)).toBe(false);
    expect(at.left).toBeGreaterThanOrEqual(0);
    expect(at.left + 340).toBeLessThanOrEqual(360);
  });

  it('stays on the page (not above its top, not past its right edge)', () => {
    const field = box(1000, 0, 150, 24);
    const at = placePopover(field, size, [], page);
    expect(at.top).toBeGreaterThanOrEqual(0);
    expect(at.left + size.width).toBeLessThanOrEqual(page.width);
  });
});
