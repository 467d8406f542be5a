// A comparison drawn as bars with its period and unit, notes, source line, table alternative and
// chart actions, for pages that show one beside other content (a region's siblings, a metric's
// ranking). The compare page itself uses CompareView.
import { useCallback, useMemo, useState } from 'react';
import { paths, useLocalHref } from '../view-state/paths.ts';
import { buildCompareOption, compareChartHeight, factOfClick } from '../charts/buildCompareOption.ts';
import { regionColors, themeTokens } from '../charts/themes.ts';
import type { CoreData } from '../data/coreData.ts';
import type { Comparison } from '../data/select/compareRows.ts';
import { reportLabelById } from '../data/select/reports.ts';
import { comparisonToCsv } from '../data/select/toCsv.ts';
import { colourOrder } from '../data/select/regions.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { comparisonText } from '../charts/comparisonText.ts';
import { usePresentation } from '../view-state/useViewState.ts';
import { useOpenPage } from './AppLink.tsx';
import { Chart, type ChartHandle } from './Chart.tsx';
import { ChartToolbar } from './ChartToolbar.tsx';
import { SourceLine, sourceText } from './SourceLine.tsx';
import { TableAlternative } from './TableAlternative.tsx';

type Props = {
  data: CoreData;
  comparison: Comparison;
  /** What the chart's embed snippet embeds and its slide presents. */
  view: { embed: { pathname: string; search: string }; slide: string };
};

export function ComparisonChart({ data, comparison, view }: Props) {
  const { t, lang, metricName } = useI18n();
  const { theme } = usePresentation();
  const openPage = useOpenPage();
  const local = useLocalHref();
  const [chart, setChart] = useState<ChartHandle | null>(null);
  const colorOf = useMemo(() => regionColors(colourOrder(data)), [data]);
  const text = comparisonText(comparison, data.metric.get(comparison.metricId), t, lang, metricName);
  const option = useMemo(
    () =>
      buildCompareOption(comparison, {
        lang,
        tokens: themeTokens[theme],
        colorOf,
        sourceOf: (id) => `${t('sourcePrefix')}${reportLabelById(data, id)}`,
        description: text.description,
        labels: text.labels,
      }),
    [comparison, lang, theme, colorOf, data, text.description, text.labels, t],
  );
  const openFact = useCallback(
    (item: { factId: string | null; dataIndex: number }) => {
      const fact = factOfClick(comparison, data.fact, item);
      if (fact) openPage(local(paths.report(fact.reportId, fact.id)));
    },
    [data, comparison, openPage, local],
  );
  return (
    <>
      <p className="text-sm text-muted">{text.subtitle}</p>
      <Chart
        option={option}
        height={compareChartHeight(comparison.rows.length)}
        theme={theme}
        label={text.description}
        onItemClick={openFact}
        chartRef={setChart}
      />
      {text.notes.map((n) => (
        <p key={n} className="text-xs text-muted">
          ※ {n}
        </p>
      ))}
      <SourceLine data={data} reportIds={comparison.reportIds} />
      <ChartToolbar
        chart={chart}
        title={text.title}
        subtitle={text.subtitle}
        source={sourceText(data, comparison.reportIds, t)}
        theme={theme}
        csv={() => comparisonToCsv(data, comparison)}
        fileName={`${comparison.metricId}-${comparison.period}`}
        view={view}
      />
      <TableAlternative comparison={comparison} data={data} caption={`${text.title}，${text.subtitle}`} />
    </>
  );
}
