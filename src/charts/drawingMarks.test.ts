import { describe, expect, it } from 'vitest';
import { tooltipPosition } from './drawingMarks.ts';

const box = { left: 100, top: 50, width: 800, height: 400 };
const size = { width: 300, height: 120 };

describe('a prerendered drawing’s tooltip', () => {
  it('sits below and to the right of the pointer where there is room', () => {
    expect(tooltipPosition({ clientX: 200, clientY: 100 }, box, size, 10)).toEqual({ x: 110, y: 60 });
  });

  it('goes above and to the left of the pointer near the chart’s right and bottom edges, clear of it', () => {
    // Pointer at (790, 390) inside the box: no room right (790 + 10 + 300 > 800) nor below.
    expect(tooltipPosition({ clientX: 890, clientY: 440 }, box, size, 10)).toEqual({ x: 480, y: 260 });
  });

  it('stays inside a chart smaller than itself, from the chart’s corner', () => {
    expect(
      tooltipPosition({ clientX: 250, clientY: 100 }, { left: 100, top: 50, width: 200, height: 80 }, size, 10),
    ).toEqual({ x: 0, y: 0 });
  });
});
