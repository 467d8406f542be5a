// /embed/compare, /embed/map, /embed/regions/:id, /embed/metrics/:id — the same views and query
// parameters as the full pages, in a chrome-free frame.
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { FigureCard } from '../../components/FigureCard.tsx';
import { SourceLine } from '../../components/SourceLine.tsx';
import { Loaded, NotFoundPanel } from '../../components/States.tsx';
import { regionFacts } from '../../data/select/regionFacts.ts';
import { regionPath } from '../../data/select/regions.ts';
import { regionScope } from '../../data/scopes.ts';
import { useCoreData, type CoreData, type CoreDataState } from '../../data/useCoreData.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { CompareView } from '../../views/CompareView.tsx';
import { useComparisonData } from '../../views/useComparisonData.ts';
import { EmbedLayout } from './EmbedLayout.tsx';

export function Framed({ state, render }: { state: CoreDataState; render: (data: CoreData) => ReactNode }) {
  return (
    <EmbedLayout>
      <Loaded state={state}>{render}</Loaded>
    </EmbedLayout>
  );
}

export function EmbedCompare() {
  return <Framed state={useComparisonData()} render={(data) => <CompareView data={data} mode="embed" />} />;
}

export function EmbedMetric() {
  const { metricId = '' } = useParams();
  const { t } = useI18n();
  return (
    <Framed
      state={useComparisonData(metricId)}
      render={(data) =>
        data.metric.has(metricId) ? (
          <CompareView data={data} mode="embed" metricOverride={metricId} />
        ) : (
          <NotFoundPanel message={t('notFoundMetric', { id: metricId })} suggestions={[]} />
        )
      }
    />
  );
}

export function EmbedRegion() {
  const { regionId = '' } = useParams();
  const { t } = useI18n();
  const state = useCoreData((base) => regionScope(base, regionId));
  return (
    <Framed
      state={state}
      render={(data) =>
        data.region.has(regionId) ? (
          <RegionCard data={data} regionId={regionId} />
        ) : (
          <NotFoundPanel message={t('notFoundRegion', { id: regionId })} suggestions={[]} />
        )
      }
    />
  );
}

function RegionCard({ data, regionId }: { data: CoreData; regionId: string }) {
  const { t } = useI18n();
  const region = data.region.get(regionId);
  const { key } = regionFacts(data, regionId);
  const path = regionPath(data, regionId)
    .slice(0, -1)
    .map((r) => r.name)
    .join(' › ');
  return (
    <section aria-labelledby="region-card-title">
      <p className="text-xs text-muted">{path}</p>
      <h1 id="region-card-title" className="text-xl font-semibold">
        {region?.name}
      </h1>
      {key.length ? (
        <div className="mt-3 grid grid-cols-1 gap-2 min-[480px]:grid-cols-2 min-[900px]:grid-cols-4">
          {key.slice(0, 8).map((f) => (
            <FigureCard key={f.id} data={data} fact={f} />
          ))}
        </div>
      ) : (
        <p className="mt-2 text-muted">{t('noData')}</p>
      )}
      <SourceLine data={data} reportIds={[...new Set(key.map((f) => f.reportId))]} />
    </section>
  );
}
