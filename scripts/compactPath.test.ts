import { describe, expect, it } from 'vitest';
import { compactPath } from './compactPath.ts';

/** The absolute points a path visits, read back the way a browser does (m/l relative, z back to the subpath's start). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, c, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (c === 'Z' || c === 'z') {
      [x, y] = start;
      continue;
    }
    const n = (args!.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i + 1 < n.length; i += 2) {
      const relative = c === 'm' || c === 'l';
      x = Math.round(((relative ? x : 0) + n[i]!) * 10) / 10;
      y = Math.round(((relative ? y : 0) + n[i + 1]!) * 10) / 10;
      if (i === 0 && (c === 'M' || c === 'm')) start = [x, y];
      out.push([x, y]);
    }
  }
  return out;
}

describe('compactPath', () => {
  it('visits the same points as the absolute path, across closed subpaths', () => {
    const d =
      'M240.8 164.7L240.5 164.2L240.5 164.7L240.8 164.7ZM241.6 163.2L241.7 163.6L241.7 163.3L241.6 163.2ZM10 10L10.05 9.95Z';
    const compact = compactPath(d);
    expect(points(compact)).toEqual(points(d));
    expect(compact.length).toBeLessThan(d.length);
  });

  it('leaves curves and arcs as they are', () => {
    const d = 'M0 0L10 0C12 0 14 2 14 4L14 20Z';
    expect(compactPath(d)).toBe(d);
  });
});

describe('compactPath with a minimum step', () => {
  it('leaves out points closer than the step to the last one drawn, keeping every other point', () => {
    const d = 'M0 0L0.2 0L0.4 0.1L1 0L5 5L5.3 5.3Z';
    const kept = points(compactPath(d, 0.75));
    expect(kept).toEqual([
      [0, 0],
      [1, 0],
      [5, 5],
    ]);
  });
});
