import { describe, expect, it } from 'vitest';
import { compareRows } from '../data/select/compareRows.ts';
import { metricNameIn, translator } from '../i18n/translate.ts';
import { coreData, fact } from '../testing/fixtures.ts';
import { comparisonText } from './comparisonText.ts';
import { unitLabel } from './format.ts';

const t = translator('en');
const name = metricNameIn('en');

describe('comparisonText', () => {
  it('names the metric, the measure, the comparison’s period and level, and the unit', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 90, yoy: 5, period: '2022' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, yoy: 4, period: '2022' }),
    ]);
    const value = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'comparable', measure: 'value' });
    const text = comparisonText(value, data.metric.get('gdp'), t, 'en', name);
    expect(text.title).toBe('地区生产总值');
    expect(text.subtitle).toBe(
      `${t('comparableScope', { period: '2022', level: t('county') })} · ${t('unitPrefix')}${unitLabel('亿元', 'en')}`,
    );
    expect(text.notes).toEqual([]);
    expect(text.description).toBe(t('chartAlt', { title: '地区生产总值', n: 2 }));
    const yoy = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'comparable', measure: 'yoy' });
    expect(comparisonText(yoy, data.metric.get('gdp'), t, 'en', name).title).toBe(`地区生产总值 · ${t('measureYoy')}`);
  });

  it('says when periods differ and when estimates are not ranked', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2021' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2023', kind: 'estimate' }),
    ]);
    const latest = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' });
    const text = comparisonText(latest, data.metric.get('gdp'), t, 'en', name);
    expect(text.subtitle.startsWith(t('latest'))).toBe(true);
    expect(text.notes).toEqual([t('periodsDiffer'), t('notRanked')]);
  });
});
