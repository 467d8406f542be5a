// Beside a figure a maintainer corrected by hand (data/corrections.yaml): says so, with the note.
import type { Fact } from '../data/schema.ts';
import { useI18n } from '../i18n/useI18n.ts';

export function CorrectedMark({ fact }: { fact: Pick<Fact, 'corrected'> | null | undefined }) {
  const { t } = useI18n();
  if (!fact?.corrected) return null;
  return (
    <span className="ml-1 block text-xs text-warn" data-corrected title={fact.corrected}>
      ✎ {t('corrected')}：{fact.corrected}
    </span>
  );
}
