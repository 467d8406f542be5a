import { describe, expect, it } from 'vitest';
import { paragraphRuns } from './highlights.ts';

describe('paragraphRuns', () => {
  it('covers the paragraph exactly, one run per change of coverage', () => {
    const runs = paragraphRuns([0, 20], [{ id: 'a', span: [5, 10] }], []);
    expect(runs.map((r) => [r.start, r.end, r.factIds])).toEqual([
      [0, 5, []],
      [5, 10, ['a']],
      [10, 20, []],
    ]);
  });

  it('gives a quote shared by two facts one highlight naming both, with an anchor for each', () => {
    const runs = paragraphRuns(
      [0, 30],
      [
        { id: 'urban', span: [2, 25] },
        { id: 'rural', span: [2, 25] },
      ],
      [],
    );
    const marked = runs.filter((r) => r.factIds.length);
    expect(marked).toHaveLength(1);
    expect(marked[0]?.factIds).toEqual(['urban', 'rural']);
    expect(marked[0]?.startsFacts).toEqual(['urban', 'rural']);
  });

  it('anchors a fact at its figure, once, even when its quote runs over two paragraphs (a table row)', () => {
    const fact = { id: 'row', span: [5, 25] as [number, number], at: 18 };
    const first = paragraphRuns([0, 10], [fact], []);
    const second = paragraphRuns([11, 30], [fact], []);
    expect(first.flatMap((r) => r.startsFacts)).toEqual([]);
    expect(second.filter((r) => r.startsFacts.length).map((r) => [r.start, r.startsFacts])).toEqual([[18, ['row']]]);
  });

  it('splits where quotes overlap and keeps rankings apart from facts', () => {
    const runs = paragraphRuns([0, 40], [{ id: 'f', span: [0, 20] }], [{ id: 'r', span: [10, 30] }]);
    expect(runs.map((r) => [r.start, r.end, r.factIds.join(), r.rankingIds.join()])).toEqual([
      [0, 10, 'f', ''],
      [10, 20, 'f', 'r'],
      [20, 30, '', 'r'],
      [30, 40, '', ''],
    ]);
  });

  it('ignores spans outside the paragraph', () => {
    expect(paragraphRuns([100, 110], [{ id: 'f', span: [0, 20] }], [])).toEqual([
      { start: 100, end: 110, factIds: [], rankingIds: [], startsFacts: [] },
    ]);
  });
});
