// A trend as a table: one row per region, one column per period, each figure linked to its
// sentence. The accessible alternative to a trend chart, and what it says in numbers.
import { paths, useLocalHref } from '../view-state/paths.ts';
import { formatValue } from '../charts/format.ts';
import { formatPeriod } from '../data/select/periods.ts';
import type { Trend, TrendPoint } from '../data/select/trendSeries.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { AppLink } from './AppLink.tsx';

export function TrendTable({ trend, caption, large = false }: { trend: Trend; caption: string; large?: boolean }) {
  const { t, lang } = useI18n();
  const local = useLocalHref();
  const cell = (p: TrendPoint | undefined, target: boolean) =>
    p && (
      <AppLink
        to={local(paths.report(p.fact.reportId, p.fact.id))}
        className={`underline-offset-2 hover:underline ${target ? 'text-muted' : 'text-ink'}`}
      >
        {formatValue(p.value, trend.unit, lang)}
        {p.estimate ? ` ${t('estimateShort')}` : ''}
        {target ? ` ${t('target')}` : ''}
      </AppLink>
    );
  return (
    <div className="overflow-x-auto">
      <table className={`tabular w-full border-collapse ${large ? 'text-2xl' : 'text-sm'}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('region')}
            </th>
            {trend.periods.map((p) => (
              <th key={p} scope="col" className="whitespace-nowrap py-2 pr-3 text-right font-medium">
                {formatPeriod(p, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.lines.map((line) => {
            const result = new Map(line.points.map((p) => [p.period, p]));
            const target = new Map(line.targets.map((p) => [p.period, p]));
            return (
              <tr key={line.region.id} className="border-b border-line/60 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  <AppLink
                    to={local(paths.region(line.region.id))}
                    className="text-accent underline-offset-2 hover:underline"
                  >
                    {line.region.name}
                  </AppLink>
                </th>
                {trend.periods.map((p) => (
                  <td key={p} className="whitespace-nowrap py-2 pr-3 text-right">
                    {cell(result.get(p), false)}
                    {result.has(p) && target.has(p) && <br />}
                    {cell(target.get(p), true)}
                    {!result.has(p) && !target.has(p) && <span className="text-muted">—</span>}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
