// Site chrome: header with navigation, language and theme switches, and the page. The theme is
// applied to <html data-theme> so CSS variables and charts agree.
import { useEffect, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useI18n } from '../i18n/useI18n.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { useLocalHref } from '../view-state/paths.ts';
import { usePresentation, useSetPresentation } from '../view-state/useViewState.ts';
import { themes, type Theme } from '../view-state/viewState.ts';

/** A link in the site's navigation (the page table's `nav`, app/pages.ts); `end`: active only on
 *  the address itself, not below it. */
export type NavItem = { to: string; label: MessageKey; end: boolean };

export function useDocumentTheme() {
  const { theme, lang } = usePresentation();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [theme, lang]);
}

export function AppShell({ nav, children }: { nav: NavItem[]; children: ReactNode }) {
  useDocumentTheme();
  const { t, lang } = useI18n();
  const { theme } = usePresentation();
  const local = useLocalHref();
  const set = useSetPresentation();
  const location = useLocation();
  const themeName: Record<Theme, string> = {
    light: t('themeLight'),
    dark: t('themeDark'),
    projector: t('themeProjector'),
  };
  useEffect(() => {
    if (!location.hash) window.scrollTo(0, 0);
  }, [location.pathname, location.hash]);
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-panel focus:p-2"
      >
        {t('skipToContent')}
      </a>
      <header className="no-print border-b border-line bg-panel">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <NavLink to={local('/')} className="text-lg font-semibold tracking-wide text-ink">
            {t('appName')}
          </NavLink>
          <nav aria-label={t('mainNav')} className="flex flex-wrap gap-1">
            {nav.map((item) => (
              <NavLink
                key={item.to}
                to={local(item.to)}
                end={item.end}
                className={({ isActive }) =>
                  `rounded-md px-3 py-1.5 text-sm ${isActive ? 'bg-accent text-on-accent' : 'text-muted hover:text-ink'}`
                }
              >
                {t(item.label)}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-2 text-sm">
            <label className="flex items-center gap-1 text-muted">
              <span className="sr-only sm:not-sr-only">{t('theme')}</span>
              <select
                value={theme}
                onChange={(e) => set('theme', e.target.value)}
                className="rounded border border-line bg-panel px-2 py-1 text-ink"
              >
                {themes.map((th) => (
                  <option key={th} value={th}>
                    {themeName[th]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() => set('lang', lang === 'zh' ? 'en' : 'zh')}
              className="rounded border border-line px-2 py-1 text-ink"
              lang={lang === 'zh' ? 'en' : 'zh-CN'}
            >
              {t('switchLang')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
