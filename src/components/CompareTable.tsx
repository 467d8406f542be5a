// The comparison as a table: the accessible alternative to every chart and the view=table view.
import { AppLink } from './AppLink.tsx';
import { paths, useLocalHref } from '../view-state/paths.ts';
import { formatValue, formatYoy } from '../charts/format.ts';
import type { Comparison } from '../data/select/compareRows.ts';
import { formatPeriod } from '../data/select/periods.ts';
import { reportLabel } from '../data/select/reports.ts';
import type { CoreData } from '../data/useCoreData.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { CorrectedMark } from './CorrectedMark.tsx';

export function CompareTable({
  comparison,
  data,
  caption,
  large = false,
}: {
  comparison: Comparison;
  data: CoreData;
  caption: string;
  /** Type for the back of a room. */ large?: boolean;
}) {
  const { t, lang } = useI18n();
  const local = useLocalHref();
  const unit = data.metric.get(comparison.metricId)?.unit ?? '';
  return (
    <div className="overflow-x-auto">
      <table className={`tabular w-full min-w-[40rem] border-collapse ${large ? 'text-2xl' : 'text-sm'}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('region')}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t('value')}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t('yoy')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('period')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('kind')}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t('target')}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t('source')}
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => {
            const fact = row.fact;
            const report = fact
              ? data.report.get(fact.reportId)
              : row.target
                ? data.report.get(row.target.reportId)
                : undefined;
            return (
              <tr key={row.region.id} className="border-b border-line/60 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  <AppLink
                    to={local(paths.region(row.region.id))}
                    className="text-accent underline-offset-2 hover:underline"
                  >
                    {row.region.name}
                  </AppLink>
                </th>
                <td className="py-2 pr-3 text-right">
                  {fact ? formatValue(fact.value, unit, lang) : '—'}
                  {fact?.bound === 'min' ? t('atLeast') : fact?.bound === 'max' ? t('atMost') : ''}
                </td>
                <td className="py-2 pr-3 text-right">{fact ? formatYoy(fact.yoy, lang) : '—'}</td>
                <td className="py-2 pr-3">{row.period ? formatPeriod(row.period, lang) : '—'}</td>
                <td className="py-2 pr-3">
                  {fact ? t(fact.kind) : t('noData')}
                  <CorrectedMark fact={fact} />
                  {row.conflicts.length > 0 && (
                    <span className="ml-1 text-warn" title={t('conflicting')}>
                      ⚠ {t('conflicting')}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3 text-right">
                  {row.target
                    ? `${row.target.value !== null ? formatValue(row.target.value, unit, lang) : formatYoy(row.target.yoy, lang)}${row.target.bound === 'min' ? t('atLeast') : ''}`
                    : '—'}
                </td>
                <td className="py-2">
                  {report && (
                    <AppLink
                      to={local(paths.report(report.id, fact?.id ?? row.target?.id))}
                      className="text-accent underline-offset-2 hover:underline"
                    >
                      {reportLabel(report)}
                    </AppLink>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
