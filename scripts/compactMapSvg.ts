// A county map's server-rendered SVG, made small enough to send ahead of the dashboard: its weight
// is thousands of boundaries, most of them drawn alike (the "no data" hatching).
import { compactPath } from './compactPath.ts';

/** Outline ids are unique across every drawing written, so two maps in one page never share one. */
let drawings = 0;

const PATH = /<path d="([^"]*)"([^>]*)><\/path>\n?/g;

/**
 * - paths that draw nothing (no fill, no stroke width: ECharts' hover targets) are dropped;
 * - ECharts' server-side metadata attributes (for its own hover client) are dropped;
 * - boundaries are written in relative steps, detail under `minStep` px left out;
 * - paths drawn alike become one path, where the first of them was: a map's regions do not
 *   overlap, so the order among them does not show;
 * - an outline drawn twice is written once and used twice.
 */
export function compactMapSvg(svg: string, minStep: number): string {
  const merged = new Map<string, string[]>();
  const body = svg.replace(PATH, (_, d: string, rawAttrs: string) => {
    const attrs = rawAttrs.replace(/ ecmeta_[a-z_]+="[^"]*"/g, '');
    if (/ fill="none"/.test(attrs) && (/ stroke-width="0"/.test(attrs) || !/ stroke=/.test(attrs))) return '';
    const ds = merged.get(attrs);
    const path = compactPath(d, minStep);
    if (ds) {
      ds.push(path);
      return '';
    }
    merged.set(attrs, [path]);
    return `\u0000${attrs}\u0000`;
  });
  // A region drawn twice (its colour, then the "no data" hatching over it) shares one outline.
  const outlines = new Map<string, number>();
  for (const ds of merged.values()) {
    const d = ds.join('');
    outlines.set(d, (outlines.get(d) ?? 0) + 1);
  }
  const ids = new Map([...outlines].filter(([, n]) => n > 1).map(([d]) => [d, `fp-outline-${(drawings += 1)}`]));
  const shapes = body.replace(/\u0000([^\u0000]*)\u0000/g, (_, attrs: string) => {
    const d = merged.get(attrs)!.join('');
    const id = ids.get(d);
    return id ? `<use href="#${id}"${attrs}/>` : `<path d="${d}"${attrs}/>`;
  });
  if (ids.size === 0) return shapes;
  const defs = [...ids].map(([d, id]) => `<path id="${id}" d="${d}"/>`).join('');
  return shapes.replace(/(<svg[^>]*>)/, `$1<defs>${defs}</defs>`);
}
