// A comparison drawn as bars with its notes and source line, for pages that show one beside other
// content (a region's siblings, a metric's ranking). The compare page itself uses CompareView.
import { useCallback, useMemo } from 'react';
import { buildCompareOption, compareChartHeight } from '../charts/buildCompareOption.ts';
import { regionColor, themeTokens } from '../charts/themes.ts';
import type { CoreData } from '../data/coreData.ts';
import type { Comparison } from '../data/select/compareRows.ts';
import { reportLabelById } from '../data/select/reports.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { comparisonText } from '../routes/compare/comparisonText.ts';
import { usePresentation } from '../view-state/useViewState.ts';
import { Chart } from './Chart.tsx';
import { SourceLine } from './SourceLine.tsx';

export function ComparisonChart({ data, comparison }: { data: CoreData; comparison: Comparison }) {
  const { t, lang, metricName } = useI18n();
  const { theme } = usePresentation();
  const allIds = useMemo(() => data.regions.map((r) => r.id), [data]);
  const colorOf = useCallback((id: string) => regionColor(id, allIds), [allIds]);
  const text = comparisonText(comparison, data.metric.get(comparison.metricId), t, lang, metricName);
  const option = useMemo(
    () =>
      buildCompareOption(comparison, {
        lang,
        tokens: themeTokens[theme],
        colorOf,
        sourceOf: (id) => reportLabelById(data, id),
        description: text.description,
        labels: text.labels,
      }),
    [comparison, lang, theme, colorOf, data, text.description, text.labels],
  );
  return (
    <>
      <Chart option={option} height={compareChartHeight(comparison.rows.length)} theme={theme} label={text.description} />
      {text.notes.map((n) => (
        <p key={n} className="text-xs text-muted">
          ※ {n}
        </p>
      ))}
      <SourceLine data={data} reportIds={comparison.reportIds} />
    </>
  );
}
