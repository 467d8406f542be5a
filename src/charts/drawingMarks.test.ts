import { describe, expect, it } from 'vitest';
import { tooltipPosition } from './drawingMarks.ts';

const box = { left: 100, top: 50, width: 800, height: 400 };
const room = { width: 300, height: 120, offset: 10 };

describe('a prerendered drawing’s tooltip', () => {
  it('sits below and to the right of the pointer', () => {
    expect(tooltipPosition({ clientX: 200, clientY: 100 }, box, room)).toEqual({ x: 110, y: 60 });
  });

  it('stays inside the chart near its right and bottom edges', () => {
    expect(tooltipPosition({ clientX: 890, clientY: 440 }, box, room)).toEqual({ x: 500, y: 280 });
  });

  it('starts at the chart’s corner when the chart is smaller than the tooltip', () => {
    expect(tooltipPosition({ clientX: 120, clientY: 60 }, { left: 100, top: 50, width: 200, height: 80 }, room)).toEqual({ x: 0, y: 0 });
  });
});
