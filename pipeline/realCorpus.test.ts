// The real corpus: pages from the web nobody here wrote (../shared/real-corpus, read where they
// are, never copied into the repository), against careful-reader lists written by reading them before the pipeline ran
// on them (pipeline/corpus-expectations/real). Matching is by location: the fact written where
// the reader found the figure is that figure, and every field of it is checked.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FixtureExpectations } from './fixtures/compareByLocation.ts';
import { isReportOf, shownWhere } from './corpus-expectations/compare.ts';
import { readProjectSources } from './testing/projectSources.ts';
import { runPipeline, type PipelineResult } from './runPipeline.ts';
import { realLexicon } from './testing/lexicon.ts';
import { describeFact, readRealLists, scoreRealCorpus, type CorpusScore } from './testing/scoreRealCorpus.ts';

const lists = readRealLists();
let result: PipelineResult;
let score: CorpusScore;

beforeAll(() => {
  result = runPipeline(readProjectSources(), realLexicon());
  score = scoreRealCorpus(result.dataset, lists);
});

const pct = (a: number, b: number) => a / Math.max(1, b);

describe('the real corpus as a whole', () => {
  it('has a list for every real page in data/sources', () => {
    expect(lists.length).toBeGreaterThanOrEqual(35);
    for (const l of lists)
      expect(
        result.dataset.reports.some((r) => isReportOf(r, l.source)),
        l.source,
      ).toBe(true);
  });

  it('finds at least 90 % of the listed figures with the right region and value', () => {
    expect(pct(score.found, score.listed), `${score.found} of ${score.listed}`).toBeGreaterThanOrEqual(0.9);
  });

  it('gets at least 80 % of the listed figures fully right (metric, period, kind, growth, bound)', () => {
    expect(pct(score.fullyRight, score.listed), `${score.fullyRight} of ${score.listed}`).toBeGreaterThanOrEqual(0.8);
  });

  it('writes figures that are on the lists, at least 95 % of them', () => {
    expect(pct(score.onList, score.written), `${score.onList} of ${score.written}`).toBeGreaterThanOrEqual(0.95);
  });

  it('attaches no figure to a wrong region, nor to a year its document does not name', () => {
    expect(score.wrongRegion).toEqual([]);
    expect(score.wrongYear).toEqual([]);
    expect(score.unsupportedYears).toEqual([]);
  });
});

describe.each(lists.map((l): [string, FixtureExpectations] => [l.source, l]))('%s', (source) => {
  const doc = () => {
    const d = score.documents.find((x) => x.exp.source === source);
    if (!d) throw new Error(`no score for ${source}`);
    return d;
  };

  it('is read, about the reader’s region, with the title and date its front matter gives', () => {
    const c = doc().comparison;
    expect(c.found).toBe(true);
    // A report's kind is the pipeline's classification, not the reader's; the rest must agree.
    expect(c.metadata.filter((m) => !m.startsWith('kind '))).toEqual([]);
  });

  it('extracts no figure wrongly', () => {
    expect(doc().comparison.wrong.map((w) => `${describeFact(w.expected)}: ${w.differences.join(', ')}`)).toEqual([]);
  });

  it('extracts every headline figure', () => {
    expect(
      doc()
        .comparison.missing.filter((m) => m.headline)
        .map(describeFact),
    ).toEqual([]);
  });

  it('takes none of the traps and gives nothing to the regions that must get nothing', () => {
    const c = doc().comparison;
    expect(c.trapsTaken.map((t) => `${t.fact.metricId} ${t.fact.value} ${shownWhere(t)} (${t.why})`)).toEqual([]);
    expect(c.wrongRegions).toEqual([]);
  });
});
