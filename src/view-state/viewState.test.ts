import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, defaultViewState } from './viewState.ts';

const known = {
  metricIds: new Set(['gdp', 'retail-sales']),
  regionIds: new Set(['621124', '621121']),
  periods: new Set(['2021', '2023-H1']),
};
const parse = (q: string) => parseViewState(new URLSearchParams(q), known);

describe('parseViewState', () => {
  it('reads every parameter of a full link', () => {
    const { state, problems } = parse(
      'metric=gdp&regions=621124~621121&period=2023-H1&view=table&measure=yoy&x=retail-sales&sort=name&theme=dark&lang=en&hideTitle=1',
    );
    expect(problems).toEqual([]);
    expect(state).toMatchObject({
      metric: 'gdp',
      regions: ['621124', '621121'],
      period: '2023-H1',
      view: 'table',
      measure: 'yoy',
      x: 'retail-sales',
      sort: 'name',
      theme: 'dark',
      lang: 'en',
      hideTitle: true,
    });
  });

  it('keeps what is valid and names what it ignored', () => {
    const { state, problems } = parse('metric=gpd&regions=621124~999999&view=pie&period=20x1');
    expect(state.metric).toBeNull();
    expect(state.regions).toEqual(['621124']);
    expect(state.view).toBe('bar');
    expect(problems).toEqual([
      { param: 'view', raw: 'pie', reason: 'bad-value' },
      { param: 'metric', raw: 'gpd', reason: 'unknown-metric' },
      { param: 'regions', raw: '999999', reason: 'unknown-region' },
      { param: 'period', raw: '20x1', reason: 'bad-value' },
    ]);
  });

  it('reads region lists written with commas (hand-edited links)', () => {
    expect(parse('regions=621124,621121').state.regions).toEqual(['621124', '621121']);
  });

  it('says when a well-formed period has no data', () => {
    expect(parse('period=2019').problems).toEqual([{ param: 'period', raw: '2019', reason: 'unknown-period' }]);
  });

  it('without a known dataset, accepts ids as written', () => {
    expect(parseViewState(new URLSearchParams('metric=anything')).state.metric).toBe('anything');
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeViewState(defaultViewState).toString()).toBe('');
  });

  it('writes only what differs, and parses back to the same state', () => {
    const state = {
      ...defaultViewState,
      metric: 'gdp',
      regions: ['621124', '621121'],
      view: 'table' as const,
      theme: 'dark' as const,
    };
    const q = serializeViewState(state);
    expect(q.toString()).toBe('metric=gdp&regions=621124%7E621121&view=table&theme=dark');
    expect(parseViewState(q, known).state).toEqual(state);
  });
});
