// The words around a comparison chart — title, subtitle, notes, screen-reader description and
// chart labels — shared by the compare page, its embeds and the prerendered embed first paint.
import { DENSE_ROWS } from './buildCompareOption.ts';
import { unitLabel } from './format.ts';
import type { Comparison } from '../data/select/compareRows.ts';
import { formatPeriod } from '../data/select/periods.ts';
import type { Metric } from '../data/schema.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Lang } from '../view-state/viewState.ts';

export function comparisonText(
  comparison: Comparison,
  metric: Metric | undefined,
  t: Translate,
  lang: Lang,
  metricName: (m: Metric | undefined) => string,
) {
  const levelName =
    comparison.comparableLevel && ['county', 'prefecture', 'zone', 'province'].includes(comparison.comparableLevel)
      ? t(comparison.comparableLevel as 'county')
      : null;
  const periodLabel =
    comparison.comparablePeriod && comparison.period === 'comparable'
      ? levelName
        ? t('comparableScope', { period: formatPeriod(comparison.comparablePeriod, lang), level: levelName })
        : formatPeriod(comparison.comparablePeriod, lang)
      : comparison.period === 'latest' || comparison.period === 'comparable'
        ? comparison.mixedPeriods
          ? t('latest')
          : comparison.rows[0]?.period
            ? formatPeriod(comparison.rows[0].period, lang)
            : t('latest')
        : formatPeriod(comparison.period, lang);
  const title = `${metricName(metric)}${comparison.measure === 'yoy' ? ` · ${t('measureYoy')}` : ''}`;
  const subtitle = `${periodLabel} · ${t('unitPrefix')}${unitLabel(comparison.unit, lang)}`;
  const dense = comparison.rows.length > DENSE_ROWS;
  const notes = [
    comparison.mixedPeriods ? t('periodsDiffer') : null,
    comparison.mixedLevels ? t('levelsDiffer') : null,
    comparison.rows.some((r) => r.estimate || r.target) ? t('notRanked') : null,
    dense ? t('denseNote', { n: comparison.rows.length.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') }) : null,
  ].filter((n): n is string => n !== null);
  return {
    title,
    subtitle,
    notes,
    description: t('chartAlt', { title, n: comparison.rows.length }),
    labels: {
      estimate: t('estimateShort'),
      target: t('target'),
      noData: t('noData'),
      regionsAxis: t('denseAxis', { n: comparison.rows.length.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') }),
    },
  };
}
