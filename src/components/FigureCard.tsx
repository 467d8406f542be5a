// A key figure: metric, large value, growth, period and kind, and a link to its sentence.
import { AppLink } from './AppLink.tsx';
import { paths, useLocalHref } from '../view-state/paths.ts';
import { formatValue, formatYoy } from '../charts/format.ts';
import type { Fact } from '../data/schema.ts';
import { formatPeriod } from '../data/select/periods.ts';
import { reportLabel } from '../data/select/reports.ts';
import type { CoreData } from '../data/useCoreData.ts';
import { CorrectedMark } from './CorrectedMark.tsx';
import { SmallTrend } from './SmallTrend.tsx';
import type { Trend } from '../data/select/trendSeries.ts';
import { useI18n } from '../i18n/useI18n.ts';

export function FigureCard({
  data,
  fact,
  regionLabel,
  trend,
}: {
  data: CoreData;
  fact: Fact;
  regionLabel?: string;
  /** The metric over time in this region, where it has more than one period. */ trend?: Trend;
}) {
  const { t, lang, metricName } = useI18n();
  const local = useLocalHref();
  const metric = data.metric.get(fact.metricId);
  const report = data.report.get(fact.reportId);
  return (
    <article className="flex flex-col rounded-lg border border-line bg-panel p-4">
      <h3 className="text-sm text-muted">
        <AppLink to={local(paths.metric(fact.metricId))} className="hover:underline">
          {metricName(metric)}
        </AppLink>
        {regionLabel && <span> · {regionLabel}</span>}
      </h3>
      <p className="tabular mt-1 text-2xl font-semibold">
        {fact.value !== null ? formatValue(fact.value, fact.unit, lang) : formatYoy(fact.yoy, lang)}
        {fact.bound === 'min' ? <span className="text-base font-normal">{t('atLeast')}</span> : null}
      </p>
      <p className="tabular text-sm text-muted">
        {fact.value !== null && fact.yoy !== null
          ? `${t('yoy')} ${formatYoy(fact.yoy, lang)} · `
          : fact.value === null
            ? `${t('growthOnly')} · `
            : ''}
        {formatPeriod(fact.period, lang)}
        {fact.kind !== 'actual' ? ` · ${t(fact.kind)}` : ''}
      </p>
      <CorrectedMark fact={fact} />
      {trend?.lines[0] && (
        <div className="mt-2" data-testid="card-trend">
          <SmallTrend
            line={trend.lines[0]}
            periods={trend.periods}
            unit={trend.unit}
            label={`${metricName(metric)}${trend.measure === 'yoy' ? ` · ${t('measureYoy')}` : ''}`}
            width={200}
            height={36}
          />
          <p className="tabular mt-0.5 flex justify-between text-[11px] text-muted">
            <span>{formatPeriod(trend.periods[0] ?? '', lang)}</span>
            <span>{formatPeriod(trend.periods[trend.periods.length - 1] ?? '', lang)}</span>
          </p>
        </div>
      )}
      {/* The sentence the figure rests on, readable without hovering (phones, embeds). */}
      <p className="mt-2 line-clamp-2 text-xs text-muted" title={fact.quote}>
        「{fact.quote}」
      </p>
      <AppLink
        to={local(paths.report(fact.reportId, fact.id))}
        className="mt-auto pt-2 text-xs text-accent underline-offset-2 hover:underline"
      >
        {t('sourcePrefix')}
        {reportLabel(report)}
      </AppLink>
    </article>
  );
}
