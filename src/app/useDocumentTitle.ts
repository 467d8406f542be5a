// Every page names itself in the tab, bookmarks and history ("临洮县 · 县市指标对比看板"), and screen
// readers announce it on navigation. Parts are joined most specific first; empty parts drop out.
import { useEffect } from 'react';
import { useI18n } from '../i18n/useI18n.ts';

export function documentTitle(parts: (string | null | undefined)[], appName: string): string {
  return [...parts.filter((p): p is string => !!p && p.trim() !== ''), appName].join(' · ');
}

export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const { t } = useI18n();
  const title = documentTitle(parts, t('appName'));
  useEffect(() => {
    document.title = title;
  }, [title]);
}
