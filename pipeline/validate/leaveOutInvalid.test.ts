// A record that breaks the contract is left out with a warning that names its file, its quote and
// why; every other record of the same report is still written.
import { describe, expect, it } from 'vitest';
import type { Dataset, Ranking } from '../../src/data/schema.ts';
import { fact, metric, region, report } from '../../src/testing/fixtures.ts';
import { runOn } from '../testing/runOn.ts';
import { leaveOutInvalid } from './leaveOutInvalid.ts';

const text = '2021年临洮县地区生产总值90.52亿元，居全市第一。';
const base = (): Dataset => ({
  regions: [
    region('620000', '甘肃省', 'province', null),
    region('621100', '定西市', 'prefecture', '620000'),
    region('621124', '临洮县'),
  ],
  metrics: [metric('gdp', '地区生产总值')],
  reports: [report('r1', '2022-02-07')],
  texts: [{ id: 'r1', text, paragraphs: [[0, text.length]] }],
  facts: [],
  rankings: [],
});
const good = () =>
  fact({
    regionId: '621124',
    metricId: 'gdp',
    value: 90.52,
    raw: { value: '90.52', unit: '亿元' },
    quote: '地区生产总值90.52亿元',
    span: [8, 21],
  });
const ranking = (period: string): Ranking => ({
  id: `r-${period}`,
  regionId: '621124',
  scopeId: '621100',
  assessment: '地区生产总值',
  period,
  rank: 1,
  result: '第一',
  reportId: 'r1',
  quote: '居全市第一',
  span: [22, 27],
});

describe('leaveOutInvalid', () => {
  it('keeps valid records and leaves out a ranking whose period breaks the contract, naming file, quote and why', () => {
    const data = { ...base(), facts: [good()], rankings: [ranking('2021'), ranking('2021-UNDATED')] };
    const { records, warnings } = leaveOutInvalid(data);
    expect(records.facts).toHaveLength(1);
    expect(records.rankings.map((r) => r.period)).toEqual(['2021']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('data/sources/r1.txt');
    expect(warnings[0]).toContain('居全市第一');
    expect(warnings[0]).toMatch(/period/);
  });

  it('leaves out a figure of an unknown region, of an unknown metric, or whose quote is not its span', () => {
    const unknownRegion = fact({ ...good(), id: 'a', regionId: '999999' });
    const unknownMetric = fact({ ...good(), id: 'b', metricId: 'no-such-metric' });
    const movedQuote = fact({ ...good(), id: 'c', span: [0, 13] });
    const { records, warnings } = leaveOutInvalid({
      ...base(),
      facts: [good(), unknownRegion, unknownMetric, movedQuote],
    });
    expect(records.facts).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/unknown region 999999/);
    expect(warnings.join('\n')).toMatch(/unknown metric no-such-metric/);
    expect(warnings.join('\n')).toMatch(/quote is not its span/);
  });
});

describe('the pipeline with a malformed record', () => {
  it('writes the report’s other figures and names what it left out', () => {
    // A ranking "20年来首次…第一" is dated by a period word the contract has no shape for.
    const result = runOn({
      'report.txt': `---\ntitle: 临洮县政府工作报告\ndate: 2022-01-20\n---\n过去一年，临洮县地区生产总值90.52亿元、增长8.1%，增速20年来首次跃居全市第一。`,
    });
    expect(result.dataset.facts.find((f) => f.metricId === 'gdp')).toMatchObject({ value: 90.52, period: '2021' });
    expect(result.leftOut).toHaveLength(1);
    for (const w of result.leftOut)
      expect(w).toMatch(/report\.txt: ranking left out \(「增速20年来首次跃居全市第一」\): period/);
    expect(result.warnings).toEqual(expect.arrayContaining(result.leftOut));
  });
});
