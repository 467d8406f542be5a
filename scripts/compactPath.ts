// SVG path data from ECharts' server renderer, written shorter for prerendered first paints.

/** Path data in relative steps of a tenth of a pixel: a boundary's points are close together, so
 *  its steps are short numbers. With minStep, points closer than that to the last one drawn are
 *  left out: a national map of 2,900 counties has most of its points within a pixel of another. */
export function compactPath(d: string, minStep = 0): string {
  // Curves and arcs (bars' corners, pies) keep their absolute form.
  if (/[^MLZ0-9.\s,-]/.test(d)) return d;
  let x = 0;
  let y = 0;
  // After a close the pen is back at its subpath's start, which the next move is relative to.
  let start: [number, number] = [0, 0];
  let out = '';
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      [x, y] = start;
      continue;
    }
    const n = args!
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    for (let i = 0; i + 1 < n.length; i += 2) {
      const nx = Math.round(n[i]! * 10);
      const ny = Math.round(n[i + 1]! * 10);
      // A step shorter than minStep pixels is not drawn (a line's joints, a boundary's wiggles).
      if (command === 'L' && minStep > 0 && Math.hypot(nx - x, ny - y) < minStep * 10) continue;
      const dx = (nx - x) / 10;
      const dy = (ny - y) / 10;
      const step = `${dx}${dy < 0 ? '' : ' '}${dy}`.replace(/(^|[ -])0\./g, '$1.');
      // The first move is absolute, so that paths can be joined one after another.
      if (out === '') out = `M${nx / 10} ${ny / 10}`;
      else out += i === 0 ? `${command === 'M' ? 'm' : 'l'}${step}` : ` ${step}`;
      x = nx;
      y = ny;
      if (i === 0 && command === 'M') start = [nx, ny];
    }
  }
  return out;
}
