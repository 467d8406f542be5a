// The five first documents against a careful reader's lists of their figures
// (pipeline/corpus-expectations/*.json, written by reading the texts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithExpectations, shownWhere, type Expectations, type Located } from './corpus-expectations/compare.ts';
import { readProjectSources } from './testing/projectSources.ts';
import { runPipeline, type PipelineResult } from './runPipeline.ts';
import { realLexicon } from './testing/lexicon.ts';

const dir = 'pipeline/corpus-expectations';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
let result: PipelineResult;
const reviewed = (f: { metricId: string }) =>
  result.dataset.metrics.find((m) => m.id === f.metricId)?.reviewed !== false;

beforeAll(() => {
  result = runPipeline(readProjectSources(), realLexicon());
});

describe.each(files)('%s', (file) => {
  const exp = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expectations;
  const compare = () => compareWithExpectations(result.dataset, exp);
  const show = (f: { metric: string; region: string; period: string; kind: string } & Located) =>
    `${f.metric} ${f.region} ${f.period} ${f.kind} ${shownWhere(f)}`;

  it('is read, with the right main region', () => {
    const c = compare();
    expect(c.reportId).not.toBeNull();
    expect(c.subjectOk).toBe(true);
  });

  it('extracts no figure wrongly: a found fact has the reader’s value, growth and bound', () => {
    expect(compare().wrong.map((w) => `${show(w.expected)}: ${w.differences.join(', ')}`)).toEqual([]);
  });

  it('extracts every headline figure', () => {
    expect(
      compare()
        .missing.filter((m) => m.headline)
        .map(show),
    ).toEqual([]);
  });

  it('finds at least 95% of the figures the reader lists', () => {
    const c = compare();
    expect(c.matched.length / Math.max(1, exp.facts.length)).toBeGreaterThanOrEqual(0.95);
  });

  // These lists predate metrics named by a document's own words (reviewed: false): they judge the
  // lexicon's metrics, and the real corpus (realCorpus.test.ts) judges the unreviewed ones too.
  it('does not take the figures the reader marks as traps', () => {
    expect(
      compare()
        .forbidden.filter((f) => reviewed(f.fact))
        .map((f) => `${f.fact.metricId} ${f.fact.value} ${shownWhere(f)}`),
    ).toEqual([]);
  });

  it('states no fact the reader did not list (no invented figures)', () => {
    expect(
      compare()
        .unexpected.filter(reviewed)
        .map((f) => `${f.metricId} ${f.value} 「${f.quote}」`),
    ).toEqual([]);
  });

  it('finds the assessment rankings', () => {
    expect(compare().rankingsMissing.map((r) => `${r.region} ${r.period} ${r.result} ${shownWhere(r)}`)).toEqual([]);
  });

  it('names each ranking’s assessment, result and reporting body as the reader does', () => {
    expect(
      compare().rankingsMislabelled.map(
        (r) => `${r.expected.region} ${r.expected.period}: ${r.differences.join(', ')}`,
      ),
    ).toEqual([]);
  });
});

describe('the five documents', () => {
  it('never give two values for one region, metric, period and kind within one report', () => {
    expect(result.warnings.filter((w) => w.includes('gives two values'))).toEqual([]);
  });
});

describe('the traditional-character report', () => {
  it('is marked traditional, with simplified names and original quotes', () => {
    const report = result.dataset.reports.find((r) => r.id.includes('tongwei'));
    expect(report?.script).toBe('traditional');
    expect(report?.title).toBe('2024年通渭县政府工作报告');
    const gdp = result.dataset.facts.find(
      (f) => f.reportId === report?.id && f.metricId === 'gdp' && f.kind === 'estimate',
    );
    expect(gdp?.quote).toContain('地區生產總值');
    expect(result.dataset.regions.find((r) => r.id === '621121')?.aliases).toContain('通渭縣');
  });
});
