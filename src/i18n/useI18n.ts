// Messages for the language in the URL (?lang=en), with {placeholders}.
import { useCallback } from 'react';
import type { Metric } from '../data/schema.ts';
import { usePresentation } from '../view-state/useViewState.ts';
import type { Lang } from '../view-state/viewState.ts';
import { en } from './en.ts';
import { zh, type MessageKey } from './zh.ts';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const messages: Record<MessageKey, string> = lang === 'en' ? en : zh;
  return (key, vars) => messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
}

export function useI18n(): { t: Translate; lang: Lang; metricName: (m: Metric | undefined) => string } {
  const { lang } = usePresentation();
  const t = useCallback<Translate>((key, vars) => translator(lang)(key, vars), [lang]);
  const metricName = useCallback((m: Metric | undefined) => (m ? (lang === 'en' ? m.nameEn : m.name) : ''), [lang]);
  return { t, lang, metricName };
}
