import { describe, expect, it } from 'vitest';
import { trendSeries } from '../data/select/trendSeries.ts';
import { metricNameIn, translator } from '../i18n/translate.ts';
import { coreData, fact } from '../testing/fixtures.ts';
import { unitLabel } from './format.ts';
import { trendText } from './trendText.ts';

const t = translator('en');
const name = metricNameIn('en');

describe('trendText', () => {
  const data = coreData([
    fact({ regionId: '621124', metricId: 'gdp', value: 80, period: '2020' }),
    fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
    fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2021' }),
  ]);

  it('names the metric over time, the span of periods and the unit', () => {
    const trend = trendSeries(data, { metricId: 'gdp', regionIds: ['621124', '621121'], measure: 'value' });
    const text = trendText(trend, data.metric.get('gdp'), t, 'en', name);
    expect(text.title).toBe(t('trendTitle', { metric: '地区生产总值' }));
    expect(text.subtitle).toBe(
      `${t('trendSubPeriods', { from: '2020', to: '2022' })} · ${t('unitPrefix')}${unitLabel('亿元', 'en')}`,
    );
    // Regions chosen by the reader: only the key is a note.
    expect(text.notes).toEqual([t('trendKey')]);
  });

  it('says which regions a default trend shows', () => {
    const trend = trendSeries(data, { metricId: 'gdp', regionIds: null, measure: 'value' });
    expect(trendText(trend, data.metric.get('gdp'), t, 'en', name).notes).toEqual([
      t('trendDefaultNote', { n: trend.lines.length }),
      t('trendKey'),
    ]);
  });
});
