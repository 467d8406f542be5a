// Messages for the language in the URL (?lang=en).
import { useMemo } from 'react';
import type { Metric } from '../data/schema.ts';
import { usePresentation } from '../view-state/useViewState.ts';
import type { Lang } from '../view-state/viewState.ts';
import { metricNameIn, translator, type Translate } from './translate.ts';

export type { Translate };
export { translator };

export function useI18n(): { t: Translate; lang: Lang; metricName: (m: Metric | undefined) => string } {
  const { lang } = usePresentation();
  return useMemo(() => ({ t: translator(lang), lang, metricName: metricNameIn(lang) }), [lang]);
}
