// "来源：定西日报 2022-02-07；张掖日报 2023-11-23" under every chart, each linked to its report.
import { AppLink } from './AppLink.tsx';
import { paths, useLocalHref } from '../view-state/paths.ts';
import { reportLabel, reportLabelById } from '../data/select/reports.ts';
import type { CoreData } from '../data/useCoreData.ts';
import type { Translate } from '../i18n/translate.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** Up to this many reports are named under a chart; beyond, the first few and how many more. */
const NAMED_SOURCES = 6;

/** The source line as text, for slides and exports: "来源：定西日报 2022-02-07；…等，另有 N 份报告". */
export function sourceText(data: CoreData, reportIds: string[], t: Translate): string {
  const known = reportIds.filter((id) => data.report.has(id));
  const named = known
    .slice(0, NAMED_SOURCES)
    .map((id) => reportLabelById(data, id))
    .join('；');
  return `${t('sourcePrefix')}${named}${known.length > NAMED_SOURCES ? t('moreSources', { n: known.length - NAMED_SOURCES }) : ''}`;
}

export function SourceLine({ data, reportIds, extra }: { data: CoreData; reportIds: string[]; extra?: string }) {
  const { t } = useI18n();
  const local = useLocalHref();
  const all = reportIds.map((id) => data.report.get(id)).filter((r) => r !== undefined);
  const reports = all.slice(0, NAMED_SOURCES);
  if (!reports.length && !extra) return null;
  return (
    <p className="mt-2 text-xs text-muted">
      {t('sourcePrefix')}
      {reports.map((r, i) => (
        <span key={r.id}>
          {i > 0 && '；'}
          <AppLink to={local(paths.report(r.id))} className="underline-offset-2 hover:underline">
            {reportLabel(r)}
          </AppLink>
        </span>
      ))}
      {all.length > reports.length && <span>{t('moreSources', { n: all.length - reports.length })}</span>}
      {extra && (
        <span>
          {reports.length ? '。' : ''}
          {extra}
        </span>
      )}
    </p>
  );
}
