// Gansu's county pages (../shared/county-pages) against the answer keys beside them. The floors
// are where the reading stands (measured on 2026-12-08: 116 of 124 keyed figures found, 111 fully
// right, 116 of 118 written headline figures keyed); a change that reads worse fails here, and one
// that reads better raises them. The aim (issue 18) is 95 % found, 90 % fully right.
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from './runPipeline.ts';
import { realLexicon } from './testing/lexicon.ts';
import { readProjectSources } from './testing/projectSources.ts';
import { COUNTY_PAGES, readAnswerKeys, scoreCountyPages, type CountyScore } from './testing/scoreCountyPages.ts';

const keys = readAnswerKeys();
let score: CountyScore;

beforeAll(() => {
  score = scoreCountyPages(runPipeline(readProjectSources([COUNTY_PAGES]), realLexicon()).dataset, keys, realLexicon());
});

describe('the county pages against their answer keys', () => {
  it('read every page and name every keyed metric in the lexicon', () => {
    expect(keys.length).toBeGreaterThanOrEqual(120);
    expect(score.results.filter((r) => r.differences.includes('page not read')).map((r) => r.key.doc)).toEqual([]);
    expect(score.results.filter((r) => r.metricId === null).map((r) => r.key.metric)).toEqual([]);
  });

  it('find at least as many keyed figures as before, with the right county and value', () => {
    expect(score.found, `${score.found} of ${score.keyed}`).toBeGreaterThanOrEqual(116);
  });

  it('get at least as many fully right (period, kind, growth) as before', () => {
    expect(score.fullyRight, `${score.fullyRight} of ${score.keyed}`).toBeGreaterThanOrEqual(111);
  });

  it('write headline figures for the counties that are keyed, at least 95 % of them', () => {
    expect(score.writtenRight / score.written, `${score.writtenRight} of ${score.written}`).toBeGreaterThanOrEqual(
      0.95,
    );
  });
});
