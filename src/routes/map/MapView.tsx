// A choropleth of one metric over one province, at county or prefecture level. Geometry is
// fetched only here; regions without a figure are grey ("no data"), never zero.
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { paths, useLocalHref } from '../../app/paths.ts';
import { buildMapOption } from '../../charts/buildMapOption.ts';
import { formatValue, formatYoy, unitLabel } from '../../charts/format.ts';
import { themeTokens } from '../../charts/themes.ts';
import { useOpenPage } from '../../components/AppLink.tsx';
import { Chart, chartHeight, type ChartHandle } from '../../components/Chart.tsx';
import { ChartToolbar } from '../../components/ChartToolbar.tsx';
import { TableAlternative } from '../../components/TableAlternative.tsx';
import { comparisonToCsv } from '../../data/select/toCsv.ts';
import { Choice, MetricPicker, PeriodPicker, Segmented } from '../../components/Pickers.tsx';
import { ProblemsBanner } from '../../components/ProblemsBanner.tsx';
import { SourceLine, sourceText } from '../../components/SourceLine.tsx';
import { LoadError, Loading } from '../../components/States.tsx';
import { geoFileQuery, geoIndexQuery } from '../../data/queries.ts';
import { formatPeriod } from '../../data/select/periods.ts';
import { FEW_PROVINCES, NATIONAL } from '../../data/scopes.ts';
import { reportLabelById } from '../../data/select/reports.ts';
import type { CoreData } from '../../data/useCoreData.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useViewParams } from '../../view-state/useViewState.ts';
import type { ViewProblem } from '../../view-state/viewState.ts';
import { useCompareSetup } from '../compare/useCompareSetup.ts';
import type { CompareMode } from '../compare/CompareView.tsx';

type Level = 'county' | 'prefecture';
/** The map chooses its level itself: the comparison keeps them all. */
const MAP_SETUP = { allLevels: true };



export function MapView({ data, mode = 'page' }: { data: CoreData; mode?: CompareMode }) {
  const { t, lang, metricName } = useI18n();
  const openPage = useOpenPage();
  const local = useLocalHref();
  const [params, setParams] = useViewParams();
  const setup = useCompareSetup(data, undefined, MAP_SETUP);
  const { state, problems, update, comparison, metricId, measure } = setup;
  const theme = mode === 'present' ? 'projector' : state.theme;
  const tokens = themeTokens[theme];
  const geoIndex = useQuery(geoIndexQuery());
  const [chart, setChart] = useState<ChartHandle | null>(null);

  const provinceOf = (adcode: string | undefined) => (adcode ? `${adcode.slice(0, 2)}0000` : null);
  const rowsPerProvince = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of comparison.rows) {
      const p = provinceOf(r.region.adcode ?? r.region.parentId?.slice(0, 6));
      if (p && r.value !== null) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    return counts;
  }, [comparison.rows]);
  const provinces = geoIndex.data?.provinces ?? [];
  const national = geoIndex.data?.national;
  const requested = params.get('province');
  // Many provinces: open on the whole country; a few: on the one with most figures.
  const fullest = [...provinces].sort((a, b) => (rowsPerProvince.get(b.adcode) ?? 0) - (rowsPerProvince.get(a.adcode) ?? 0))[0]?.adcode ?? null;
  const province = requested === NATIONAL && national ? NATIONAL : (provinces.find((p) => p.adcode === requested)?.adcode ?? (national && provinces.length > FEW_PROVINCES ? NATIONAL : fullest));
  const isNational = province === NATIONAL;
  const inProvince = isNational ? comparison.rows : comparison.rows.filter((r) => provinceOf(r.region.adcode ?? r.region.parentId?.slice(0, 6)) === province);
  // The level the comparison is about: the one most regions share by default, else the level most
  // of the shown figures are of.
  const scopeLevel = state.period === 'comparable' && !state.regions ? data.catalog.metrics[metricId]?.comparable?.[measure]?.level : undefined;
  const countyRows = inProvince.filter((r) => r.region.level === 'county' || r.region.level === 'zone' || r.region.level === 'agency').length;
  const prefectureRows = inProvince.filter((r) => r.region.level === 'prefecture').length;
  const autoLevel: Level = scopeLevel === 'prefecture' ? 'prefecture' : scopeLevel === 'county' || scopeLevel === 'zone' ? 'county' : countyRows > prefectureRows ? 'county' : 'prefecture';
  const level: Level = params.get('level') === 'county' || params.get('level') === 'prefecture' ? (params.get('level') as Level) : autoLevel;
  const entry = isNational && national ? { adcode: NATIONAL, name: t('wholeCountry'), ...national } : provinces.find((p) => p.adcode === province);
  const geo = useQuery({ ...geoFileQuery(entry ? (level === 'county' ? entry.counties : entry.prefectures) : 'none'), enabled: !!entry });

  // Drilled into one prefecture: its counties only ("?level=county&prefecture=621100").
  const prefecture = level === 'county' ? params.get('prefecture') : null;
  const shown = useMemo(() => (geo.data && prefecture ? { ...geo.data, features: geo.data.features.filter((f) => f.properties.parent === prefecture) } : geo.data), [geo.data, prefecture]);
  const drilled = prefecture !== null && (shown?.features.length ?? 0) > 0;
  const prefectureName = drilled ? (geo.data?.features.find((f) => f.properties.adcode === prefecture)?.properties.name ?? data.region.get(prefecture ?? '')?.name ?? prefecture) : null;
  const mapName = `${province}-${level}${drilled ? `-${prefecture}` : ''}`;
  const drawn = drilled ? shown : geo.data;
  const chartMap = useMemo(() => (drawn ? { name: mapName, geo: drawn } : undefined), [drawn, mapName]);
  const levelRows = useMemo(
    () => {
      const inPrefecture = (r: (typeof inProvince)[number]) => !drilled || r.region.parentId === prefecture || r.region.id.startsWith(`${prefecture?.slice(0, 4)}`);
      const rows = inProvince.filter((r) => (level === 'county' ? r.region.level !== 'prefecture' && r.region.level !== 'province' && inPrefecture(r) : r.region.level === 'prefecture'));
      const reportIds = [...new Set(rows.flatMap((r) => (r.fact ? [r.fact.reportId] : [])))].sort();
      return { ...comparison, rows, reportIds };
    },
    [comparison, inProvince, level, drilled, prefecture],
  );
  const sourceOf = useCallback((id: string) => reportLabelById(data, id), [data]);
  const title = `${metricName(data.metric.get(metricId))}${measure === 'yoy' ? ` · ${t('measureYoy')}` : ''}`;
  useDocumentTitle(t('mapTitle', { metric: title }), mode === 'page' ? t('navMap') : mode === 'present' ? t('present') : null);
  const option = useMemo(
    () =>
      drawn
        ? buildMapOption(levelRows, {
            mapName,
            features: drawn.features.map((f) => ({ adcode: f.properties.adcode, name: f.properties.name, cp: f.properties.cp })),
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
  // Map parameters the view could not use are said, like the others.
  const mapProblems: ViewProblem[] = [];
  if (geoIndex.data && requested && province !== requested) mapProblems.push({ param: 'province', raw: requested, reason: 'bad-value' });
  const levelParam = params.get('level');
  if (levelParam && levelParam !== level) mapProblems.push({ param: 'level', raw: levelParam, reason: 'bad-value' });
  if (geo.data && prefecture && !drilled) mapProblems.push({ param: 'prefecture', raw: prefecture, reason: 'bad-value' });
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { preventScrollReset: true });
  };
  const periodLabel = state.period === 'latest' ? t('latest') : formatPeriod(comparison.comparablePeriod ?? state.period, lang);
  const big = mode === 'present';
  // A phone's map is as wide as the screen: a shorter box keeps it from floating in white space.
  const mapHeight = big ? 580 : 520;
  const mapPhoneHeight = big ? undefined : 380;

  return (
    <section aria-labelledby="map-title">
      {mode !== 'present' && <ProblemsBanner problems={[...problems, ...mapProblems]} />}
      {!(mode === 'embed' && state.hideTitle) && (
        <header className="mb-3">
          <h1 id="map-title" className={`${big ? 'text-5xl' : mode === 'embed' ? 'text-lg' : 'text-2xl'} font-semibold`}>
            {t('mapTitle', { metric: title })}
          </h1>
          <p className={`${big ? 'text-2xl' : 'text-sm'} text-muted`}>
            {entry?.name ?? ''}
            {prefectureName ? ` › ${prefectureName}` : ''} · {periodLabel} · {t('unitPrefix')}{unitLabel(comparison.unit, lang)}
          </p>
        </header>
      )}
      {(mode === 'page' || (mode === 'embed' && !state.hideControls)) && (
        <div className="no-print mb-4 flex flex-wrap items-end gap-3">
          <MetricPicker metrics={data.metrics} value={metricId} onChange={(id) => update({ metric: id, measure: null, period: 'comparable' })} />
          <PeriodPicker periods={comparison.periods} value={state.period} comparablePeriod={comparison.comparablePeriod} onChange={(p) => update({ period: p })} />
          {provinces.length > 1 && (
            <Choice
              label={t('province')}
              value={province ?? ''}
              onChange={(p) => setParam('province', p)}
              options={[
                ...(national ? [{ value: NATIONAL, label: t('wholeCountry') }] : []),
                ...provinces.map((p) => ({ value: p.adcode, label: `${p.name}${rowsPerProvince.get(p.adcode) ? `（${rowsPerProvince.get(p.adcode)}）` : ''}` })),
              ]}
            />
          )}
          <Segmented label={t('level')} value={level} onChange={(l) => setParam('level', l)} options={[{ value: 'prefecture', label: t('prefecture') }, { value: 'county', label: t('county') }]} />
          {drilled && (
            <button type="button" className="rounded-md border border-line bg-panel px-3 py-1.5 text-sm hover:border-accent" onClick={() => setParam('prefecture', null)}>
              ← {t('wholeProvince', { province: entry?.name ?? '' })}
            </button>
          )}
        </div>
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
          map={chartMap}
          chartRef={setChart}
          onItemClick={(item) => {
            // Province → prefecture → county: a prefecture opens onto its counties; a county opens its page.
            if (level === 'prefecture' && item.seriesType === 'map') {
              const next = new URLSearchParams(params);
              next.set('level', 'county');
              next.set('prefecture', item.name);
              if (isNational) next.set('province', `${item.name.slice(0, 2)}0000`);
              setParams(next, { preventScrollReset: true });
            } else if (data.region.has(item.name)) openPage(local(paths.region(item.name)));
          }}
        />
      )}
      {big && levelRows.rows.length > 0 && levelRows.rows.length <= 40 && (
        // A projector has no hover: the slide writes every value out.
        <ol className="tabular mt-4 flex flex-wrap gap-x-8 gap-y-2 text-2xl">
          {levelRows.rows
            .filter((r) => r.value !== null)
            .map((r) => (
              <li key={r.region.id}>
                {r.region.name} <strong>{measure === 'yoy' ? formatYoy(r.value, lang) : formatValue(r.value, levelRows.unit, lang)}</strong>
                <span className="text-muted">
                  {' '}
                  {r.period ? formatPeriod(r.period, lang) : ''}
                  {r.estimate ? ` ${t('estimate')}` : ''}
                </span>
              </li>
            ))}
        </ol>
      )}
      <p className={`${big ? 'text-2xl' : 'text-xs'} mt-2 text-muted`}>
        {t('mapNoData')}
        {levelRows.rows.some((r) => r.period !== levelRows.rows[0]?.period) ? ` · ${t('mapPeriodsDiffer')}` : ''} · {t('mapAttribution')}
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
      {mode === 'page' && <TableAlternative comparison={levelRows} data={data} caption={t('mapTitle', { metric: title })} />}
      {!(mode === 'embed' && state.hideFootnote) && (big ? <p className="mt-1 text-2xl text-muted">{sourceText(data, levelRows.reportIds, t)}</p> : <SourceLine data={data} reportIds={levelRows.reportIds} />)}
    </section>
  );
}
