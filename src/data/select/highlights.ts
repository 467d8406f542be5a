// Cuts a paragraph of report text into runs, each covered by the facts and rankings whose quotes
// include it, so overlapping quotes ("城乡居民人均可支配收入分别…" quoted by two facts) render as one
// highlight that names both. Pure, so the report page's highlighting is tested without a DOM.
import type { Fact, Ranking } from '../schema.ts';

export type Run = { start: number; end: number; factIds: string[]; rankingIds: string[]; startsFacts: string[] };

/** A fact to highlight; `at` is where its figure is written (its anchor), the start of its quote by default. */
export type HighlightFact = Pick<Fact, 'id' | 'span'> & { at?: number };

/** Where a fact's figure is written in the report text: its anchor on the page. */
export function figureOffset(f: Pick<Fact, 'span' | 'quote' | 'raw'>): number {
  const i = f.quote.indexOf(f.raw.value);
  return f.span[0] + (i < 0 ? 0 : i);
}

export function paragraphRuns(
  paragraph: [number, number],
  facts: HighlightFact[],
  rankings: Pick<Ranking, 'id' | 'span'>[],
): Run[] {
  const [ps, pe] = paragraph;
  const inside = <T extends { span: [number, number] }>(list: T[]) =>
    list.filter((x) => x.span[0] < pe && x.span[1] > ps);
  const f = inside(facts);
  const r = inside(rankings);
  const anchorOf = (x: HighlightFact) => x.at ?? x.span[0];
  const cuts = new Set<number>([ps, pe]);
  for (const x of [...f, ...r]) {
    cuts.add(Math.max(ps, x.span[0]));
    cuts.add(Math.min(pe, x.span[1]));
  }
  // Each fact's anchor starts a run: the one that holds its figure (a quote may run over paragraphs).
  for (const x of f) if (anchorOf(x) >= ps && anchorOf(x) < pe) cuts.add(anchorOf(x));
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] ?? ps;
    const end = points[i + 1] ?? pe;
    if (end <= start) continue;
    const factIds = f.filter((x) => x.span[0] < end && x.span[1] > start).map((x) => x.id);
    const rankingIds = r.filter((x) => x.span[0] < end && x.span[1] > start).map((x) => x.id);
    const startsFacts = f.filter((x) => anchorOf(x) === start).map((x) => x.id);
    const last = runs[runs.length - 1];
    if (last && startsFacts.length === 0 && same(last.factIds, factIds) && same(last.rankingIds, rankingIds))
      last.end = end;
    else runs.push({ start, end, factIds, rankingIds, startsFacts });
  }
  return runs;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
