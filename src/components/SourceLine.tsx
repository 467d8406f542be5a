// "来源：定西日报 2022-02-07；张掖日报 2023-11-23" under every chart, each linked to its report.
import { Link } from 'react-router';
import { paths, useLocalHref } from '../app/paths.ts';
import { reportLabel, reportLabelById } from '../data/select/reports.ts';
import type { CoreData } from '../data/useCoreData.ts';
import { useI18n } from '../i18n/useI18n.ts';

export function sourceText(data: CoreData, reportIds: string[]): string {
  return reportIds
    .filter((id) => data.report.has(id))
    .map((id) => reportLabelById(data, id))
    .join('；');
}

export function SourceLine({ data, reportIds, extra }: { data: CoreData; reportIds: string[]; extra?: string }) {
  const { t } = useI18n();
  const local = useLocalHref();
  const reports = reportIds.map((id) => data.report.get(id)).filter((r) => r !== undefined);
  if (!reports.length && !extra) return null;
  return (
    <p className="mt-2 text-xs text-muted">
      {t('source')}：
      {reports.map((r, i) => (
        <span key={r.id}>
          {i > 0 && '；'}
          <Link to={local(paths.report(r.id))} className="underline-offset-2 hover:underline">
            {reportLabel(r)}
          </Link>
        </span>
      ))}
      {extra && <span>{reports.length ? '。' : ''}{extra}</span>}
    </p>
  );
}
