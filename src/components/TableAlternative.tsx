// "以表格显示": every chart's figures as a table, reachable by keyboard. Built when opened, since a
// national comparison's table has thousands of rows.
import { useState } from 'react';
import type { Comparison } from '../data/select/compareRows.ts';
import type { CoreData } from '../data/useCoreData.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { CompareTable } from './CompareTable.tsx';

export function TableAlternative({
  comparison,
  data,
  caption,
}: {
  comparison: Comparison;
  data: CoreData;
  caption: string;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (comparison.rows.length === 0) return null;
  return (
    <details className="no-print mt-4" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm text-accent">{t('showTable')}</summary>
      <div className="mt-3">{open && <CompareTable comparison={comparison} data={data} caption={caption} />}</div>
    </details>
  );
}
