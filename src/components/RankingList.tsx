import { AppLink } from './AppLink.tsx';
import { paths, useLocalHref } from '../view-state/paths.ts';
import type { Ranking } from '../data/schema.ts';
import { formatPeriod } from '../data/select/periods.ts';
import { reportLabelById } from '../data/select/reports.ts';
import type { CoreData } from '../data/useCoreData.ts';
import { useI18n } from '../i18n/useI18n.ts';

export function RankingList({ data, rankings, caption }: { data: CoreData; rankings: Ranking[]; caption: string }) {
  const { t, lang } = useI18n();
  const local = useLocalHref();
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('region')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('assessment')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('period')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('result')}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t('source')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rankings.map((r) => (
            <tr key={r.id} className="border-b border-line/60 align-top">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                <AppLink to={local(paths.region(r.regionId))} className="hover:underline">
                  {data.region.get(r.regionId)?.name}
                </AppLink>
              </th>
              <td className="py-1.5 pr-3">{r.assessment}</td>
              <td className="py-1.5 pr-3 whitespace-nowrap">{formatPeriod(r.period, lang)}</td>
              <td className="py-1.5 pr-3 whitespace-nowrap font-medium">
                {r.scopeId ? `${data.region.get(r.scopeId)?.shortName ?? data.region.get(r.scopeId)?.name ?? ''} ` : ''}
                {r.result}
              </td>
              <td className="py-1.5">
                <AppLink
                  to={local(paths.report(r.reportId))}
                  className="text-accent underline-offset-2 hover:underline"
                  title={r.quote}
                >
                  {reportLabelById(data, r.reportId)}
                </AppLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
