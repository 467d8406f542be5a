// A county map's server-rendered SVG, made small enough to send ahead of the dashboard: its weight
// is thousands of boundaries, most of them drawn alike (the "no data" hatching).
import { compactPath } from './compactPath.ts';

const PATH = /<path d="([^"]*)"([^>]*)><\/path>\n?/g;

/**
 * - paths that draw nothing (no fill, no stroke width: ECharts' hover targets) are dropped;
 * - ECharts' server-side metadata attributes (for its own hover client) are dropped;
 * - boundaries are written in relative steps, detail under `minStep` px left out;
 * - paths drawn alike become one path, where the first of them was: a map's regions do not
 *   overlap, so the order among them does not show.
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
  return body.replace(/\u0000([^\u0000]*)\u0000/g, (_, attrs: string) => `<path d="${merged.get(attrs)!.join('')}"${attrs}/>`);
}
