// One metric across regions as bars, a table or a scatter, with its title, unit, period, notes and
// source line. Used by the compare page and, with its mode, by embeds and slides.
import { useCallback, useMemo, useState } from 'react';
import { buildCompareOption, compareChartHeight, factOfClick } from '../charts/buildCompareOption.ts';
import { buildScatterOption, scatterPoints } from '../charts/buildScatterOption.ts';
import { comparisonText } from '../charts/comparisonText.ts';
import { regionColors, themeTokens } from '../charts/themes.ts';
import { trendText } from '../charts/trendText.ts';
import { useOpenPage } from '../components/AppLink.tsx';
import { Chart, type ChartHandle } from '../components/Chart.tsx';
import { ChartToolbar } from '../components/ChartToolbar.tsx';
import { CompareTable } from '../components/CompareTable.tsx';
import { usePageTitle } from '../components/pageHandle.ts';
import { MetricPicker, PeriodPicker, RegionPicker, Segmented } from '../components/Pickers.tsx';
import { ProblemsBanner } from '../components/ProblemsBanner.tsx';
import { SourceLine, sourceText } from '../components/SourceLine.tsx';
import { Loading } from '../components/States.tsx';
import { TableAlternative } from '../components/TableAlternative.tsx';
import { TrendChart } from '../components/TrendChart.tsx';
import { TrendTable } from '../components/TrendTable.tsx';
import { formatPeriod } from '../data/select/periods.ts';
import { closestRegions, colourOrder } from '../data/select/regions.ts';
import { reportLabelById } from '../data/select/reports.ts';
import { comparisonToCsv, trendToCsv } from '../data/select/toCsv.ts';
import { trendSeries, type Trend } from '../data/select/trendSeries.ts';
import type { CoreData } from '../data/useCoreData.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { paths, useLocalHref } from '../view-state/paths.ts';
import type { Theme, ViewProblem } from '../view-state/viewState.ts';
import { useCompareSetup, type CompareSetup } from './useCompareSetup.ts';

export type CompareMode = 'page' | 'embed' | 'present';

export function CompareView({
  data,
  mode = 'page',
  metricOverride,
}: {
  data: CoreData;
  mode?: CompareMode;
  metricOverride?: string;
}) {
  const { t, lang, metricName } = useI18n();
  const openPage = useOpenPage();
  const local = useLocalHref();
  const setup = useCompareSetup(data, metricOverride);
  const [chart, setChart] = useState<ChartHandle | null>(null);
  const { state, problems, comparison, metricId, measure } = setup;
  const metric = data.metric.get(metricId);
  const theme = mode === 'present' ? 'projector' : state.theme;
  const tokens = themeTokens[theme];
  const colorOf = useMemo(() => regionColors(colourOrder(data)), [data]);
  const sourceOf = useCallback(
    (reportId: string) => `${t('sourcePrefix')}${reportLabelById(data, reportId)}`,
    [data, t],
  );

  const isTrend = state.view === 'trend';
  const trend = useMemo(
    () => (isTrend ? trendSeries(data, { metricId, regionIds: state.regions, measure }) : null),
    [isTrend, data, metricId, state.regions, measure],
  );
  const barText = comparisonText(comparison, metric, t, lang, metricName);
  const { description, labels } = barText;
  const text = trend ? trendText(trend, metric, t, lang, metricName) : barText;
  const { title, subtitle, notes } = text;
  const reportIds = trend ? trend.reportIds : comparison.reportIds;
  const viewName = { bar: t('viewBar'), trend: t('viewTrend'), table: t('viewTable'), scatter: t('viewScatter') }[
    state.view
  ];
  // The page's name follows (the page table's title): 对比 on the compare page, 演示 on a slide.
  usePageTitle(title, trend ? null : subtitle.split(' · ')[0], viewName);

  const option = useMemo(
    () =>
      buildCompareOption(comparison, {
        lang,
        tokens,
        colorOf,
        sourceOf,
        description,
        labels,
      }),
    [comparison, lang, tokens, colorOf, sourceOf, description, labels],
  );

  const openFact = useCallback(
    (item: { factId: string | null; dataIndex: number }) => {
      const fact = factOfClick(comparison, data.fact, item);
      if (fact) openPage(local(paths.report(fact.reportId, fact.id)));
    },
    [data, openPage, local, comparison],
  );

  const suggest = (p: ViewProblem) => problemSuggestions(data, setup, p, local);

  const showControls = mode === 'page' || (mode === 'embed' && !state.hideControls);
  const big = mode === 'present';
  const chartHeight = compareChartHeight(Math.max(comparison.rows.length, 1), tokens.fontScale);

  return (
    <section aria-labelledby="compare-title" className={big ? 'text-2xl' : ''}>
      {mode !== 'present' && <ProblemsBanner problems={problems} suggest={suggest} />}
      {!(mode === 'embed' && state.hideTitle) && (
        <header className="mb-3">
          <h1
            id="compare-title"
            className={`${big ? 'text-5xl' : mode === 'embed' ? 'text-lg' : 'text-2xl'} font-semibold`}
          >
            {title}
          </h1>
          <p className={`${big ? 'text-2xl' : 'text-sm'} text-muted`}>{subtitle}</p>
        </header>
      )}
      {showControls && <CompareControls data={data} setup={setup} pinnedMetric={!!metricOverride} />}
      <CompareDrawing
        data={data}
        setup={setup}
        trend={trend}
        theme={theme}
        big={big}
        text={{ title, subtitle, description }}
        option={option}
        chartHeight={chartHeight}
        openFact={openFact}
        chartRef={setChart}
      />
      <CompareFootnotes data={data} setup={setup} trend={trend} notes={notes} reportIds={reportIds} mode={mode} />
      {mode === 'page' && (
        <PageTools
          data={data}
          setup={setup}
          trend={trend}
          chart={chart}
          text={{ title, subtitle }}
          reportIds={reportIds}
          theme={theme}
        />
      )}
    </section>
  );
}

/** The view's pickers: metric (unless the address pins it), regions, period, view, measure, and
 *  the scatter's second metric. */
function CompareControls({
  data,
  setup,
  pinnedMetric,
}: {
  data: CoreData;
  setup: CompareSetup;
  pinnedMetric: boolean;
}) {
  const { t } = useI18n();
  const { state, update, comparison, metricId, measure, candidates } = setup;
  return (
    <div className="no-print mb-4 flex flex-wrap items-end gap-3">
      {!pinnedMetric && (
        <MetricPicker
          metrics={data.metrics}
          value={metricId}
          onChange={(id) => update({ metric: id, measure: null, period: 'comparable' })}
        />
      )}
      <RegionPicker
        data={data}
        candidates={candidates}
        selected={state.regions}
        onChange={(ids) => update({ regions: ids })}
      />
      {state.view !== 'trend' && (
        <PeriodPicker
          periods={comparison.periods}
          value={state.period}
          comparablePeriod={comparison.comparablePeriod}
          onChange={(p) => update({ period: p })}
        />
      )}
      <Segmented
        label={t('view')}
        value={state.view}
        onChange={(v) => update({ view: v })}
        options={[
          { value: 'bar', label: t('viewBar') },
          { value: 'trend', label: t('viewTrend') },
          { value: 'table', label: t('viewTable') },
          { value: 'scatter', label: t('viewScatter') },
        ]}
      />
      <Segmented
        label={t('measureValue')}
        value={measure}
        onChange={(m) => update({ measure: m })}
        options={[
          { value: 'value', label: t('measureValue') },
          { value: 'yoy', label: t('measureYoy') },
        ]}
      />
      {state.view === 'scatter' && (
        <MetricPicker
          label={t('xMetric')}
          metrics={data.metrics}
          value={setup.xMetricId}
          onChange={(id) => update({ x: id })}
        />
      )}
    </div>
  );
}

/** No figures in the period shown: says so, and offers each region's latest. */
function NoRows({ data, setup }: { data: CoreData; setup: CompareSetup }) {
  const { t, lang, metricName } = useI18n();
  const { state, update, comparison, metricId } = setup;
  return (
    <div className="rounded-md border border-line bg-panel p-6 text-muted">
      <p>
        {state.period === 'latest'
          ? t('noData')
          : t('noDataInPeriod', {
              period: formatPeriod(comparison.comparablePeriod ?? state.period, lang),
              metric: metricName(data.metric.get(metricId)),
            })}
      </p>
      {state.period !== 'latest' && comparison.periods.length > 0 && (
        <button type="button" className="mt-3 text-accent underline" onClick={() => update({ period: 'latest' })}>
          {t('showLatest')}
        </button>
      )}
    </div>
  );
}

/** The compare page's own additions: the chart's actions, and the table a chart stands for. */
function PageTools(props: {
  data: CoreData;
  setup: CompareSetup;
  trend: Trend | null;
  chart: ChartHandle | null;
  text: { title: string; subtitle: string };
  reportIds: string[];
  theme: Theme;
}) {
  const { data, setup, trend, chart, reportIds, theme } = props;
  const { title, subtitle } = props.text;
  const { t } = useI18n();
  const { state, comparison, metricId } = setup;
  const hasRows = trend ? trend.lines.length > 0 : comparison.rows.length > 0;
  return (
    <>
      {hasRows && (
        <ChartToolbar
          chart={state.view === 'table' ? null : chart}
          title={title}
          subtitle={subtitle}
          source={sourceText(data, reportIds, t)}
          theme={theme}
          csv={() => (trend ? trendToCsv(data, trend) : comparisonToCsv(data, comparison))}
          fileName={trend ? `${metricId}-trend` : `${metricId}-${state.period}`}
        />
      )}
      {trend && hasRows && (
        <details className="no-print mt-4">
          <summary className="cursor-pointer text-sm text-accent">{t('showTable')}</summary>
          <div className="mt-3">
            <TrendTable trend={trend} caption={`${title}，${subtitle}`} />
          </div>
        </details>
      )}
      {!trend && state.view !== 'table' && comparison.rows.length > 0 && (
        <TableAlternative comparison={comparison} data={data} caption={`${title}，${subtitle}`} />
      )}
    </>
  );
}

type DrawingProps = {
  data: CoreData;
  setup: CompareSetup;
  trend: Trend | null;
  theme: Theme;
  big: boolean;
  text: { title: string; subtitle: string; description: string };
  option: ReturnType<typeof buildCompareOption>;
  chartHeight: number;
  openFact: (item: { factId: string | null; dataIndex: number }) => void;
  chartRef: (chart: ChartHandle | null) => void;
};

/** The chart, table or trend the view shows, or why there is none. */
function CompareDrawing({
  data,
  setup,
  trend,
  theme,
  big,
  text,
  option,
  chartHeight,
  openFact,
  chartRef,
}: DrawingProps) {
  const { t, lang, metricName } = useI18n();
  const { state, comparison, metricId } = setup;
  const tokens = themeTokens[theme];
  const colorOf = useMemo(() => regionColors(colourOrder(data)), [data]);
  const metric = data.metric.get(metricId);
  const xMetric = data.metric.get(setup.xMetricId);
  const scatter = useMemo(() => scatterPoints(setup.xComparison, comparison), [setup.xComparison, comparison]);
  const { title, subtitle, description } = text;
  const scatterOption = useMemo(
    () =>
      buildScatterOption(
        scatter,
        { xName: metricName(xMetric), xUnit: xMetric?.unit ?? '', yName: metricName(metric), yUnit: comparison.unit },
        { lang, tokens, colorOf, description: title },
      ),
    [scatter, xMetric, metric, comparison.unit, lang, tokens, colorOf, title, metricName],
  );
  if (data.pending) {
    return (
      <div style={{ minHeight: chartHeight }}>
        <Loading />
      </div>
    );
  }
  if (trend) {
    return trend.lines.length === 0 ? (
      <p className="rounded-md border border-line bg-panel p-6 text-muted">
        {trend.missing.length > 1 || trend.periodKind === null ? t('trendNoShared') : t('noData')}
      </p>
    ) : (
      <TrendChart data={data} trend={trend} theme={theme} valueLabels={big} chartRef={chartRef} />
    );
  }
  if (comparison.rows.length === 0) return <NoRows data={data} setup={setup} />;
  if (state.view === 'table') {
    return <CompareTable comparison={comparison} data={data} caption={`${title}，${subtitle}`} large={big} />;
  }
  if (state.view === 'scatter') {
    return scatter.length ? (
      <Chart option={scatterOption} height={big ? 560 : 420} theme={theme} label={title} chartRef={chartRef} />
    ) : (
      <p className="text-muted">{t('scatterNeedsTwo')}</p>
    );
  }
  return (
    <Chart
      option={option}
      height={chartHeight}
      theme={theme}
      label={description}
      onItemClick={openFact}
      chartRef={chartRef}
    />
  );
}

type FootnoteProps = {
  data: CoreData;
  setup: CompareSetup;
  trend: Trend | null;
  notes: string[];
  reportIds: string[];
  mode: CompareMode;
};

/** Who is missing, what to know, and where the figures come from. */
function CompareFootnotes({ data, setup, trend, notes, reportIds, mode }: FootnoteProps) {
  const { t } = useI18n();
  const { state, comparison } = setup;
  const big = mode === 'present';
  return (
    <>
      {state.regions !== null && (trend ?? comparison).missing.length > 0 && !data.pending && (
        <p className={`${big ? 'text-2xl' : 'text-xs'} mt-2 text-muted`}>
          {t('missingRegions', { regions: (trend ?? comparison).missing.map((r) => r.name).join('、') })}
        </p>
      )}
      {notes.length > 0 && (
        <ul className={`${big ? 'text-2xl' : 'text-xs'} mt-2 text-muted`}>
          {notes.map((n) => (
            <li key={n}>※ {n}</li>
          ))}
        </ul>
      )}
      {!(mode === 'embed' && state.hideFootnote) &&
        (mode === 'present' ? (
          <p className="mt-2 text-2xl text-muted">{sourceText(data, reportIds, t)}</p>
        ) : (
          <SourceLine data={data} reportIds={reportIds} />
        ))}
    </>
  );
}

/** Links a problem banner offers: the closest regions to an unknown name, metrics like an unknown id. */
function problemSuggestions(data: CoreData, setup: CompareSetup, p: ViewProblem, local: (href: string) => string) {
  const { state } = setup;
  if (p.reason === 'unknown-region') {
    return closestRegions(data, p.raw, 3).map((r) => ({
      to: local(paths.compare({ ...state, regions: [...(state.regions ?? []), r.id] })),
      label: r.name,
    }));
  }
  if (p.reason !== 'unknown-metric') return [];
  return data.metrics
    .filter((m) => m.id.includes(p.raw.split('-')[0] ?? '') || m.name.includes(p.raw))
    .slice(0, 3)
    .map((m) => ({ to: local(paths.compare({ ...state, metric: m.id })), label: m.name }));
}
