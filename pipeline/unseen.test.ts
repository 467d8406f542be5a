// Documents the extractor was not written against: synthetic documents in the styles of real
// sources (statistical communiqués, work reports, newspaper items, assessment notices, a
// department's summary, an HTML page, traditional characters), each with a careful reader's list
// of its figures (pipeline/fixtures/*/expected/*.json). The held-out set was written, and its
// lists read, before the pipeline first ran on it. A wrong figure fails; so does a missed headline
// figure, a trap taken, a figure no one listed, or a ranking misread.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareByLocation,
  type FixtureComparison,
  type FixtureExpectations,
  type FixtureFact,
} from './fixtures/compareByLocation.ts';
import { readSources } from './io/readSources.ts';
import { runPipeline, type PipelineResult } from './runPipeline.ts';
import { realLexicon } from './testing/lexicon.ts';

const sets = ['unseen', 'heldout'] as const;
const show = (f: FixtureFact) => `${f.metric} ${f.region} ${f.period} ${f.kind} 「${f.evidence}」`;
const results = new Map<string, PipelineResult>();
const reviewed = (f: { metricId: string }) =>
  [...results.values()].every((r) => r.dataset.metrics.find((m) => m.id === f.metricId)?.reviewed !== false);

beforeAll(() => {
  for (const set of sets)
    results.set(
      set,
      runPipeline(readSources(`pipeline/fixtures/${set}/sources`, process.cwd()).sources, realLexicon()),
    );
});

for (const set of sets) {
  const dir = `pipeline/fixtures/${set}/expected`;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

  describe(`${set} documents`, () => {
    it('are all read', () => {
      expect(results.get(set)?.outcomes.filter((o) => o.status !== 'read')).toEqual([]);
    });

    it('never give two values for one region, metric, period and kind within one report', () => {
      expect(results.get(set)?.warnings.filter((w) => w.includes('gives two values'))).toEqual([]);
    });

    it('give at least 90% of the figures the lexicon can name', () => {
      const data = (results.get(set) as PipelineResult).dataset;
      let named = 0;
      const missed: string[] = [];
      for (const file of files) {
        const exp = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FixtureExpectations;
        named += exp.facts.filter((f) => f.inLexicon !== false).length;
        missed.push(
          ...compareByLocation(data, exp)
            .missing.filter((f) => f.inLexicon !== false)
            .map(show),
        );
      }
      expect(1 - missed.length / Math.max(1, named), missed.join('\n')).toBeGreaterThanOrEqual(0.9);
    });

    describe.each(files)('%s', (file) => {
      const exp = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FixtureExpectations;
      let c: FixtureComparison;
      beforeAll(() => {
        c = compareByLocation((results.get(set) as PipelineResult).dataset, exp);
      });

      it('has the reader’s title, date, publisher, kind and subject region', () => {
        expect(c.found).toBe(true);
        expect(c.metadata).toEqual([]);
      });

      it('extracts no figure wrongly (region, period, kind, value, growth and bound as the reader has them)', () => {
        expect(c.wrong.map((w) => `${show(w.expected)}: ${w.differences.join(', ')}`)).toEqual([]);
      });

      it('extracts every headline figure', () => {
        expect(c.missing.filter((m) => m.headline).map(show)).toEqual([]);
      });

      // These lists predate metrics named by a document's own words (reviewed: false): they judge
      // the lexicon's metrics; realCorpus.test.ts judges the unreviewed ones too.
      it('takes none of the traps and gives nothing to the regions that must get nothing', () => {
        expect(
          c.trapsTaken
            .filter((t) => reviewed(t.fact))
            .map((t) => `${t.fact.metricId} ${t.fact.value} 「${t.evidence}」 (${t.why})`),
        ).toEqual([]);
        expect(c.wrongRegions).toEqual([]);
      });

      it('states no figure the reader did not list', () => {
        expect(
          c.spurious.filter(reviewed).map((f) => `${f.metricId} ${f.regionId} ${f.period} ${f.value} 「${f.quote}」`),
        ).toEqual([]);
      });

      it('reads every ranking right, and no ranking that is not there', () => {
        expect(
          c.rankingsWrong.map((r) => `${r.expected.region} 「${r.expected.evidence}」: ${r.differences.join(', ')}`),
        ).toEqual([]);
        expect(c.rankingsMissing.map((r) => `${r.region} ${r.result} 「${r.evidence}」`)).toEqual([]);
        expect(c.rankingsSpurious.map((r) => `${r.regionId} ${r.result} 「${r.quote}」`)).toEqual([]);
      });
    });
  });
}
