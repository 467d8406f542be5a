// Every page names itself in the tab, bookmarks and history ("临洮县 · 县市指标对比看板"), and screen
// readers announce it on navigation. Parts are joined most specific first; empty parts drop out.
//
// The page's own name comes from the page table (src/app/pages.ts) through its route's handle
// (React Router's useMatches), as does the scope of any address; pages read them here, so nothing
// below src/app imports the table.
import { useEffect } from 'react';
import { useMatches } from 'react-router';
import type { BaseData } from '../data/coreData.ts';
import type { DataScope } from '../data/scopes.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { usePageAddress } from '../view-state/useViewState.ts';

/** What the page table hands each route (routes.tsx). */
export type PageHandle = {
  /** The page's name in the document title, after the view's own words; null: none (a region's
   *  page, embeds). */
  title: MessageKey | null;
  /** The shards an address reads, by its page's entry: what boot.tsx loads before React mounts. */
  scopeOf: (base: BaseData, pathname: string, search: string) => DataScope;
};

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

function usePageHandle(): PageHandle | undefined {
  return useMatches().at(-1)?.handle as PageHandle | undefined;
}

/** The document title of a page: `parts`, then the page's name from the page table (对比 on the
 *  compare page, 演示 on the presenter's), then the app's. */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const { t } = useI18n();
  const title = usePageHandle()?.title;
  useDocumentTitle(...parts, title ? t(title) : null);
}

/** The shards the page's own address reads, as its entry in the page table says (for a page that
 *  shows another page's view: the presenter's slide). */
export function usePageScope(): (base: BaseData) => DataScope {
  const handle = usePageHandle();
  const { pathname, search } = usePageAddress();
  return (base) => handle?.scopeOf(base, pathname, search) ?? { shards: [] };
}
