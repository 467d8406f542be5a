// Chrome-free frame for iframes on portals: the view, a source line and a link back to the full
// view. Theme and language come from the URL like everywhere else.
import { useEffect, useRef, type ReactNode } from 'react';
import { useDocumentTheme } from '../../components/AppShell.tsx';
import { useQuery } from '@tanstack/react-query';
import { InEmbedContext } from '../../components/AppLink.tsx';
import { pinState } from '../../data/fetchDataFile.ts';
import { catalogQuery, liveCatalogQuery } from '../../data/queries.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useEmbedFrame } from '../../view-state/useViewState.ts';
import { useReportHeight } from './useReportHeight.ts';

export function EmbedLayout({ children }: { children: ReactNode }) {
  useDocumentTheme();
  const ref = useRef<HTMLDivElement>(null);
  useReportHeight(ref);
  const { t } = useI18n();
  const { pinned, fullView } = useEmbedFrame();
  const shown = useQuery(catalogQuery());
  const live = useQuery({ ...liveCatalogQuery(), enabled: pinState().pin !== null });
  // The frame is one panel to its edges, also at a fixed height without the resize script.
  useEffect(() => {
    document.documentElement.dataset.embed = 'true';
  }, []);
  return (
    <div ref={ref} className="bg-panel px-3 py-3 text-ink sm:px-4">
      {pinned && shown.data && live.data && (
        <p role="status" className="mb-2 rounded border border-warn/50 px-2 py-1 text-xs text-warn">
          {pinState().missing || shown.data.version !== pinned
            ? t('pinnedMissing', { pinned, current: live.data.version })
            : live.data.version !== pinned
              ? t('pinnedOutdated', { pinned, current: live.data.version })
              : t('pinnedCurrent', { pinned })}
        </p>
      )}
      <InEmbedContext.Provider value={true}>{children}</InEmbedContext.Provider>
      <p className="mt-2 text-right text-xs">
        <a href={fullView} target="_blank" rel="noopener" className="text-accent underline-offset-2 hover:underline">
          {t('openFullView')} ↗
        </a>
      </p>
    </div>
  );
}
