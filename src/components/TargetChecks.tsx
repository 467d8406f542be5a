// Targets held against results, as cards: the target with its sentence, then each result with
// its sentence and whether it met the target, by how much. Status is written out and marked with
// a symbol, never told by colour alone.
import { paths, useLocalHref } from '../view-state/paths.ts';
import { describeFact, formatValue } from '../charts/format.ts';
import type { CoreData } from '../data/coreData.ts';
import type { Fact, TargetCheck } from '../data/schema.ts';
import { formatPeriod } from '../data/select/periods.ts';
import { reportLabelById } from '../data/select/reports.ts';
import type { CheckGroup } from '../data/select/targetChecks.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { AppLink } from './AppLink.tsx';
import { CorrectedMark } from './CorrectedMark.tsx';

const SYMBOL: Record<TargetCheck['status'], string> = { met: '✓', exceeded: '▲', 'not-met': '✗' };

export function useCheckWords() {
  const { t, lang } = useI18n();
  /** "高出 1.2 个百分点", "低于目标 5.3亿元", "在上限内 0.5 个百分点"; nothing for an exact hit. */
  const margin = (check: TargetCheck, unit: string): string => {
    const size = Math.abs(check.margin);
    if (size < 1e-6) return '';
    const amount =
      check.measure === 'yoy' ? t('percentagePoints', { n: Number(size.toFixed(2)) }) : formatValue(size, unit, lang);
    if (check.status === 'not-met') return t('targetMarginBelow', { margin: amount });
    if (check.direction === 'ceiling') return t('targetMarginWithin', { margin: amount });
    return t('targetMarginAbove', { margin: amount });
  };
  const status = (check: TargetCheck) => t(`targetStatus_${check.status}`);
  return { margin, status };
}

export function CheckStatus({ check, unit }: { check: TargetCheck; unit: string }) {
  const words = useCheckWords();
  const { t } = useI18n();
  const tone = check.status === 'not-met' ? 'border-warn text-warn' : 'border-accent text-accent';
  const margin = words.margin(check, unit);
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span className={`rounded border px-1.5 py-0.5 text-xs font-semibold ${tone}`} data-status={check.status}>
        <span aria-hidden="true">{SYMBOL[check.status]} </span>
        {words.status(check)}
      </span>
      {margin && <span className="tabular text-sm">{margin}</span>}
      {check.estimate && <span className="text-xs text-muted">{t('resultIsEstimate')}</span>}
    </span>
  );
}

function Quoted({ data, fact }: { data: CoreData; fact: Fact }) {
  const local = useLocalHref();
  return (
    <p className="mt-0.5 text-sm text-muted">
      「{fact.quote}」
      <AppLink
        to={local(paths.report(fact.reportId, fact.id))}
        className="ml-1 whitespace-nowrap text-accent underline underline-offset-2"
      >
        {reportLabelById(data, fact.reportId)}
      </AppLink>
    </p>
  );
}

export function TargetCheckCards({
  data,
  groups,
  showRegion = true,
  showMetric = true,
}: {
  data: CoreData;
  groups: CheckGroup[];
  showRegion?: boolean;
  showMetric?: boolean;
}) {
  const { t, lang, metricName } = useI18n();
  const local = useLocalHref();
  return (
    <ul className="mt-3 grid gap-3 lg:grid-cols-2">
      {groups.map((g) => {
        const metric = data.metric.get(g.metricId);
        return (
          <li key={g.target.id} className="rounded-md border border-line bg-panel p-4" data-check-group={g.target.id}>
            <h3 className="font-semibold">
              {showRegion && (
                <AppLink to={local(paths.region(g.region.id))} className="hover:underline">
                  {g.region.name}
                </AppLink>
              )}
              {showRegion && showMetric && ' · '}
              {showMetric && (
                <AppLink to={local(paths.metric(g.metricId))} className="hover:underline">
                  {metricName(metric)}
                </AppLink>
              )}
              {(showRegion || showMetric) && ' · '}
              {formatPeriod(g.period, lang)}
            </h3>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm">
              <dt className="text-muted">{t('targetSetBy')}</dt>
              <dd>
                <span className="tabular">{describeFact(g.target, lang)}</span>
                <CorrectedMark fact={g.target} />
                <Quoted data={data} fact={g.target} />
              </dd>
              {g.results.map(({ check, result }) => (
                <div key={check.id} className="contents" data-check={check.status}>
                  <dt className="text-muted">{t('resultBy')}</dt>
                  <dd>
                    <span className="tabular mr-2">{describeFact(result, lang)}</span>
                    <CorrectedMark fact={result} />
                    <CheckStatus check={check} unit={metric?.unit ?? ''} />
                    <Quoted data={data} fact={result} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
