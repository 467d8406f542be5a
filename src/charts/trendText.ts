// The words around a trend chart: title, subtitle (periods and unit), notes and the chart's labels.
import { unitLabel } from './format.ts';
import { formatPeriod } from '../data/select/periods.ts';
import type { Trend } from '../data/select/trendSeries.ts';
import type { Metric } from '../data/schema.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Lang } from '../view-state/viewState.ts';

export function trendText(
  trend: Trend,
  metric: Metric | undefined,
  t: Translate,
  lang: Lang,
  metricName: (m: Metric | undefined) => string,
) {
  const first = trend.periods[0];
  const last = trend.periods[trend.periods.length - 1];
  const span =
    first && last
      ? first === last
        ? formatPeriod(first, lang)
        : t('trendSubPeriods', { from: formatPeriod(first, lang), to: formatPeriod(last, lang) })
      : '';
  const title = t('trendTitle', {
    metric: `${metricName(metric)}${trend.measure === 'yoy' ? ` · ${t('measureYoy')}` : ''}`,
  });
  const subtitle = [span, `${t('unitPrefix')}${unitLabel(trend.unit, lang)}`].filter(Boolean).join(' · ');
  const notes = [
    trend.chosenByDefault && trend.lines.length > 0 ? t('trendDefaultNote', { n: trend.lines.length }) : null,
    trend.lines.length > 0 ? t('trendKey') : null,
  ].filter((n): n is string => n !== null);
  return {
    title,
    subtitle,
    notes,
    description: t('trendAlt', { title, n: trend.lines.length }),
    labels: { estimate: t('estimateShort'), target: t('target'), alsoReported: t('alsoReported') },
  };
}
