// A trend drawn: the option from the pure builder, clicks opening the sentence behind a point.
// Used by the compare page's trend view, its embed and slide, the metric page and, compact, by
// the region page's small multiples.
import { useCallback, useMemo } from 'react';
import { paths, useLocalHref } from '../view-state/paths.ts';
import { buildTrendOption, trendChartHeight } from '../charts/buildTrendOption.ts';
import { regionColors, themeTokens } from '../charts/themes.ts';
import type { CoreData } from '../data/coreData.ts';
import { colourOrder } from '../data/select/regions.ts';
import { reportLabelById } from '../data/select/reports.ts';
import type { Trend } from '../data/select/trendSeries.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { trendText } from '../charts/trendText.ts';
import type { Theme } from '../view-state/viewState.ts';
import { useOpenPage } from './AppLink.tsx';
import { Chart, type ChartHandle } from './Chart.tsx';

type Props = {
  data: CoreData;
  trend: Trend;
  theme: Theme;
  valueLabels?: boolean;
  compact?: boolean;
  height?: number;
  chartRef?: (handle: ChartHandle | null) => void;
  /** A label for a compact chart (the metric's name); the full chart describes itself. */
  label?: string;
};

export function TrendChart({
  data,
  trend,
  theme,
  valueLabels = false,
  compact = false,
  height,
  chartRef,
  label,
}: Props) {
  const { t, lang, metricName } = useI18n();
  const openPage = useOpenPage();
  const local = useLocalHref();
  const tokens = themeTokens[theme];
  const colorOf = useMemo(() => regionColors(colourOrder(data)), [data]);
  const text = trendText(trend, data.metric.get(trend.metricId), t, lang, metricName);
  const option = useMemo(
    () =>
      buildTrendOption(trend, {
        lang,
        tokens,
        colorOf,
        labels: text.labels,
        sourceOf: (id) => `${t('sourcePrefix')}${reportLabelById(data, id)}`,
        description: label ?? text.description,
        valueLabels,
        compact,
      }),
    [trend, lang, tokens, colorOf, text.labels, text.description, label, t, data, valueLabels, compact],
  );
  const openFact = useCallback(
    (item: { factId: string | null }) => {
      const fact = item.factId ? data.fact.get(item.factId) : undefined;
      if (fact) openPage(local(paths.report(fact.reportId, fact.id)));
    },
    [data, openPage, local],
  );
  return (
    <Chart
      option={option}
      height={height ?? trendChartHeight(tokens.fontScale, compact)}
      theme={theme}
      label={label ?? text.description}
      onItemClick={openFact}
      chartRef={chartRef}
    />
  );
}
