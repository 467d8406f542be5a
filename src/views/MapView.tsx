// A choropleth of one metric over one province, at county or prefecture level. Geometry is
// fetched only here; regions without a figure are grey ("no data"), never zero. Which province
// and level it shows is decided in data/select/mapScope.ts.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { buildMapOption } from '../charts/buildMapOption.ts';
import { formatValue, formatYoy, unitLabel } from '../charts/format.ts';
import { themeTokens } from '../charts/themes.ts';
import { useOpenPage } from '../components/AppLink.tsx';
import { Chart, chartHeight, type ChartHandle } from '../components/Chart.tsx';
import { ChartToolbar } from '../components/ChartToolbar.tsx';
import { usePageTitle } from '../components/pageHandle.ts';
import { Choice, MetricPicker, PeriodPicker, Segmented } from '../components/Pickers.tsx';
import { ProblemsBanner } from '../components/ProblemsBanner.tsx';
import { SourceLine, sourceText } from '../components/SourceLine.tsx';
import { LoadError, Loading } from '../components/States.tsx';
import { TableAlternative } from '../components/TableAlternative.tsx';
import { geoFileQuery, geoIndexQuery } from '../data/queries.ts';
import type { Comparison } from '../data/select/compareRows.ts';
import {
  comparisonAtLevel,
  comparisonLevel,
  decidedLevel,
  decidedProvince,
  figuresPerProvince,
  fullestProvince,
  levelWithMoreFigures,
  mapProblems,
  NATIONAL,
  rowsInProvince,
} from '../data/select/mapScope.ts';
import { formatPeriod } from '../data/select/periods.ts';
import { reportLabelById } from '../data/select/reports.ts';
import { comparisonToCsv } from '../data/select/toCsv.ts';
import type { CoreData } from '../data/useCoreData.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { paths, useLocalHref } from '../view-state/paths.ts';
import { useMapParams } from '../view-state/useViewState.ts';
import type { CompareMode } from './CompareView.tsx';
import { useCompareSetup, type CompareSetup } from './useCompareSetup.ts';

/** The map chooses its level itself: the comparison keeps them all. */
const MAP_SETUP = { allLevels: true };

type MapParams = ReturnType<typeof useMapParams>;

/** The province and level shown, the boundaries drawn and the rows at that level. */
function useMapScope(data: CoreData, setup: CompareSetup, asked: MapParams) {
  const { t } = useI18n();
  const { state, comparison, metricId, measure } = setup;
  const geoIndex = useQuery(geoIndexQuery());
  const perProvince = useMemo(() => figuresPerProvince(comparison.rows), [comparison.rows]);
  const provinces = geoIndex.data?.provinces ?? [];
  const national = geoIndex.data?.national;
  // Many provinces: open on the whole country; a few: on the one with most figures.
  const province =
    decidedProvince({ provinces, national }, asked.province) ?? fullestProvince({ provinces }, perProvince);
  const isNational = province === NATIONAL;
  const inProvince = rowsInProvince(comparison.rows, province);
  const level =
    decidedLevel(asked.level, comparisonLevel(data.catalog, state, metricId, measure)) ??
    levelWithMoreFigures(inProvince);
  const entry =
    isNational && national
      ? { adcode: NATIONAL, name: t('wholeCountry'), ...national }
      : provinces.find((p) => p.adcode === province);
  const geo = useQuery({
    ...geoFileQuery(entry ? (level === 'county' ? entry.counties : entry.prefectures) : 'none'),
    enabled: !!entry,
  });

  // Drilled into one prefecture: its counties only ("?level=county&prefecture=621100").
  const prefecture = level === 'county' ? asked.prefecture : null;
  const shown = useMemo(
    () =>
      geo.data && prefecture
        ? { ...geo.data, features: geo.data.features.filter((f) => f.properties.parent === prefecture) }
        : geo.data,
    [geo.data, prefecture],
  );
  const drilled = prefecture !== null && (shown?.features.length ?? 0) > 0;
  const prefectureName = drilled
    ? (geo.data?.features.find((f) => f.properties.adcode === prefecture)?.properties.name ??
      data.region.get(prefecture ?? '')?.name ??
      prefecture)
    : null;
  const mapName = `${province}-${level}${drilled ? `-${prefecture}` : ''}`;
  const drawn = drilled ? shown : geo.data;
  const chartMap = useMemo(() => (drawn ? { name: mapName, geo: drawn } : undefined), [drawn, mapName]);
  const levelRows = useMemo(
    () => comparisonAtLevel(comparison, inProvince, level, drilled ? prefecture : null),
    [comparison, inProvince, level, drilled, prefecture],
  );
  // Map parameters the view could not use are said, like the others.
  const problems = mapProblems(asked, { province, level, drilled }, { index: !!geoIndex.data, boundaries: !!geo.data });
  return {
    geoIndex,
    geo,
    provinces,
    national,
    perProvince,
    province,
    isNational,
    entry,
    level,
    drilled,
    prefectureName,
    mapName,
    drawn,
    chartMap,
    levelRows,
    problems,
  };
}

export function MapView({ data, mode = 'page' }: { data: CoreData; mode?: CompareMode }) {
  const { t, lang, metricName } = useI18n();
  const openPage = useOpenPage();
  const local = useLocalHref();
  const asked = useMapParams();
  const setup = useCompareSetup(data, undefined, MAP_SETUP);
  const { state, problems, comparison, metricId, measure } = setup;
  const theme = mode === 'present' ? 'projector' : state.theme;
  const tokens = themeTokens[theme];
  const [chart, setChart] = useState<ChartHandle | null>(null);
  const map = useMapScope(data, setup, asked);
  const { geoIndex, geo, province, isNational, entry, level, drawn, mapName, levelRows } = map;
  const sourceOf = useCallback((id: string) => reportLabelById(data, id), [data]);
  const title = `${metricName(data.metric.get(metricId))}${measure === 'yoy' ? ` · ${t('measureYoy')}` : ''}`;
  // The page's name follows (the page table's title): 地图 on the map page, 演示 on a slide.
  usePageTitle(t('mapTitle', { metric: title }));
  const option = useMemo(
    () =>
      drawn
        ? buildMapOption(levelRows, {
            mapName,
            features: drawn.features.map((f) => ({
              adcode: f.properties.adcode,
              name: f.properties.name,
              cp: f.properties.cp,
            })),
            lang,
            tokens,
            labels: { noData: t('noData'), estimate: t('estimate') },
            sourceOf,
            description: t('mapTitle', { metric: title }),
            labelValues: mode === 'present' && levelRows.rows.length <= 40,
          })
        : null,
    [drawn, levelRows, mapName, lang, tokens, t, sourceOf, title, mode],
  );
  const periodLabel =
    state.period === 'latest' ? t('latest') : formatPeriod(comparison.comparablePeriod ?? state.period, lang);
  const big = mode === 'present';
  // A phone's map is as wide as the screen: a shorter box keeps it from floating in white space.
  const mapHeight = big ? 580 : 520;
  const mapPhoneHeight = big ? undefined : 380;

  return (
    <section aria-labelledby="map-title">
      {mode !== 'present' && <ProblemsBanner problems={[...problems, ...map.problems]} />}
      {!(mode === 'embed' && state.hideTitle) && (
        <header className="mb-3">
          <h1
            id="map-title"
            className={`${big ? 'text-5xl' : mode === 'embed' ? 'text-lg' : 'text-2xl'} font-semibold`}
          >
            {t('mapTitle', { metric: title })}
          </h1>
          <p className={`${big ? 'text-2xl' : 'text-sm'} text-muted`}>
            {entry?.name ?? ''}
            {map.prefectureName ? ` › ${map.prefectureName}` : ''} · {periodLabel} · {t('unitPrefix')}
            {unitLabel(comparison.unit, lang)}
          </p>
        </header>
      )}
      {(mode === 'page' || (mode === 'embed' && !state.hideControls)) && (
        <MapControls data={data} setup={setup} map={map} asked={asked} />
      )}
      {geoIndex.isError ? (
        <LoadError error={geoIndex.error} retry={() => void geoIndex.refetch()} />
      ) : geo.isError ? (
        <LoadError error={geo.error} retry={() => void geo.refetch()} />
      ) : !option || data.pending ? (
        <div style={{ minHeight: chartHeight(mapHeight, mapPhoneHeight) }}>
          <Loading />
        </div>
      ) : (
        <Chart
          option={option}
          height={mapHeight}
          phoneHeight={mapPhoneHeight}
          theme={theme}
          label={t('mapTitle', { metric: title })}
          map={map.chartMap}
          chartRef={setChart}
          onItemClick={(item) => {
            // Province → prefecture → county: a prefecture opens onto its counties; a county opens its page.
            if (level === 'prefecture' && item.seriesType === 'map')
              asked.set({
                level: 'county',
                prefecture: item.name,
                ...(isNational ? { province: `${item.name.slice(0, 2)}0000` } : {}),
              });
            else if (data.region.has(item.name)) openPage(local(paths.region(item.name)));
          }}
        />
      )}
      {big && levelRows.rows.length > 0 && levelRows.rows.length <= 40 && (
        <SlideValues rows={levelRows} measure={measure} />
      )}
      <p className={`${big ? 'text-2xl' : 'text-xs'} mt-2 text-muted`}>
        {t('mapNoData')}
        {levelRows.rows.some((r) => r.period !== levelRows.rows[0]?.period) ? ` · ${t('mapPeriodsDiffer')}` : ''} ·{' '}
        {t('mapAttribution')}
      </p>
      {mode === 'page' && (
        <ChartToolbar
          chart={chart}
          title={t('mapTitle', { metric: title })}
          subtitle={`${entry?.name ?? ''} · ${periodLabel} · ${comparison.unit}`}
          source={`${sourceText(data, levelRows.reportIds, t)} · ${t('mapAttribution')}`}
          theme={theme}
          csv={() => comparisonToCsv(data, levelRows)}
          fileName={`map-${metricId}-${province ?? ''}`}
        />
      )}
      {mode === 'page' && (
        <TableAlternative comparison={levelRows} data={data} caption={t('mapTitle', { metric: title })} />
      )}
      {!(mode === 'embed' && state.hideFootnote) &&
        (big ? (
          <p className="mt-1 text-2xl text-muted">{sourceText(data, levelRows.reportIds, t)}</p>
        ) : (
          <SourceLine data={data} reportIds={levelRows.reportIds} />
        ))}
    </section>
  );
}

/** The map's pickers: metric, period, province (with its count of figures), level, and the way
 *  back out of a prefecture. */
function MapControls({
  data,
  setup,
  map,
  asked,
}: {
  data: CoreData;
  setup: CompareSetup;
  map: ReturnType<typeof useMapScope>;
  asked: MapParams;
}) {
  const { t } = useI18n();
  const { state, update, comparison, metricId } = setup;
  const { provinces, national, perProvince, province, level, drilled, entry } = map;
  return (
    <div className="no-print mb-4 flex flex-wrap items-end gap-3">
      <MetricPicker
        metrics={data.metrics}
        value={metricId}
        onChange={(id) => update({ metric: id, measure: null, period: 'comparable' })}
      />
      <PeriodPicker
        periods={comparison.periods}
        value={state.period}
        comparablePeriod={comparison.comparablePeriod}
        onChange={(p) => update({ period: p })}
      />
      {provinces.length > 1 && (
        <Choice
          label={t('province')}
          value={province ?? ''}
          onChange={(p) => asked.set({ province: p })}
          options={[
            ...(national ? [{ value: NATIONAL, label: t('wholeCountry') }] : []),
            ...provinces.map((p) => ({
              value: p.adcode,
              label: `${p.name}${perProvince.get(p.adcode) ? `（${perProvince.get(p.adcode)}）` : ''}`,
            })),
          ]}
        />
      )}
      <Segmented
        label={t('level')}
        value={level}
        onChange={(l) => asked.set({ level: l })}
        options={[
          { value: 'prefecture', label: t('prefecture') },
          { value: 'county', label: t('county') },
        ]}
      />
      {drilled && (
        <button
          type="button"
          className="rounded-md border border-line bg-panel px-3 py-1.5 text-sm hover:border-accent"
          onClick={() => asked.set({ prefecture: null })}
        >
          ← {t('wholeProvince', { province: entry?.name ?? '' })}
        </button>
      )}
    </div>
  );
}

/** A projector has no hover: the slide writes every value out. */
function SlideValues({ rows, measure }: { rows: Comparison; measure: Comparison['measure'] }) {
  const { t, lang } = useI18n();
  return (
    <ol className="tabular mt-4 flex flex-wrap gap-x-8 gap-y-2 text-2xl">
      {rows.rows
        .filter((r) => r.value !== null)
        .map((r) => (
          <li key={r.region.id}>
            {r.region.name}{' '}
            <strong>{measure === 'yoy' ? formatYoy(r.value, lang) : formatValue(r.value, rows.unit, lang)}</strong>
            <span className="text-muted">
              {' '}
              {r.period ? formatPeriod(r.period, lang) : ''}
              {r.estimate ? ` ${t('estimate')}` : ''}
            </span>
          </li>
        ))}
    </ol>
  );
}
