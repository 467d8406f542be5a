// Facts as a table grouped by metric category, each row linked to the sentence it came from.
import { AppLink } from './AppLink.tsx';
import { paths, useLocalHref } from '../view-state/paths.ts';
import { describeFact } from '../charts/format.ts';
import type { Fact } from '../data/schema.ts';
import { comparePeriodsDesc, formatPeriod } from '../data/select/periods.ts';
import { reportLabelById } from '../data/select/reports.ts';
import type { CoreData } from '../data/useCoreData.ts';
import { categoryName } from '../i18n/translate.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { CorrectedMark } from './CorrectedMark.tsx';

export function FactList({
  data,
  facts,
  showRegion = false,
  caption,
}: {
  data: CoreData;
  facts: Fact[];
  showRegion?: boolean;
  caption: string;
}) {
  const { t, lang, metricName } = useI18n();
  const local = useLocalHref();
  const byCategory = new Map<string, Fact[]>();
  for (const f of facts) {
    const category = data.metric.get(f.metricId)?.category ?? '—';
    byCategory.set(category, [...(byCategory.get(category) ?? []), f]);
  }
  const order = new Map(data.metrics.map((m, i) => [m.id, i]));
  return (
    <div className="overflow-x-auto">
      <table className="tabular w-full min-w-[32rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('metric')}
            </th>
            {showRegion && (
              <th scope="col" className="py-2 pr-3 font-medium">
                {t('region')}
              </th>
            )}
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('period')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('value')}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t('source')}
            </th>
          </tr>
        </thead>
        {[...byCategory.entries()].map(([category, list]) => (
          <tbody key={category}>
            <tr>
              <th
                colSpan={showRegion ? 5 : 4}
                scope="rowgroup"
                className="pt-4 pb-1 text-left text-xs font-semibold uppercase tracking-wider text-muted"
              >
                {categoryName(t, category)}
              </th>
            </tr>
            {[...list]
              .sort(
                (a, b) =>
                  (order.get(a.metricId) ?? 0) - (order.get(b.metricId) ?? 0) || comparePeriodsDesc(a.period, b.period),
              )
              .map((f) => {
                return (
                  <tr key={f.id} className="border-b border-line/60 align-top">
                    <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                      <AppLink to={local(paths.metric(f.metricId))} className="hover:underline">
                        {metricName(data.metric.get(f.metricId))}
                      </AppLink>
                    </th>
                    {showRegion && (
                      <td className="py-1.5 pr-3">
                        <AppLink to={local(paths.region(f.regionId))} className="hover:underline">
                          {data.region.get(f.regionId)?.name}
                        </AppLink>
                      </td>
                    )}
                    <td className="py-1.5 pr-3 whitespace-nowrap">{formatPeriod(f.period, lang)}</td>
                    <td className="py-1.5 pr-3">
                      {describeFact(f, lang)}
                      <CorrectedMark fact={f} />
                    </td>
                    <td className="py-1.5">
                      <AppLink
                        to={local(paths.report(f.reportId, f.id))}
                        className="text-accent underline-offset-2 hover:underline"
                        title={f.quote}
                      >
                        {reportLabelById(data, f.reportId)}
                      </AppLink>
                    </td>
                  </tr>
                );
              })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
