// /present — full-screen slides for projectors: large type, the projector theme, every figure
// labelled (nothing only on hover), the quote the key figure rests on, and the keys presentation
// clickers send (→ ← space PageUp PageDown), Esc to leave.
import { useCallback, useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeFact } from '../../charts/format.ts';
import { useDocumentTheme } from '../../components/AppShell.tsx';
import { usePageScope, usePageTitle } from '../../components/pageHandle.ts';
import { LoadError, Loading } from '../../components/States.tsx';
import { formatPeriod } from '../../data/select/periods.ts';
import { useCoreData, type CoreData } from '../../data/useCoreData.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { presentHref, readStoredDeck } from '../../view-state/deck.ts';
import { paths, useLocalHref } from '../../view-state/paths.ts';
import { slideOnScreenNow, usePresentedDeck, useSlideView, ViewParamsContext } from '../../view-state/useViewState.ts';
import { CompareView } from '../../views/CompareView.tsx';
import { MapView } from '../../views/MapView.tsx';
import { useCompareSetup } from '../../views/useCompareSetup.ts';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export default function PresentRoute() {
  // The slide on screen reads what its own address would read (the page table's scopes).
  const core = useCoreData(usePageScope(), { keepPrevious: true });
  if (core.status === 'pending') return <Loading />;
  if (core.status === 'error') return <LoadError error={core.error} retry={core.retry} />;
  return <Presenter data={core.data} />;
}

function Presenter({ data }: { data: CoreData }) {
  const { slides } = usePresentedDeck();
  return slides.length === 0 ? <EmptyDeck /> : <Slides data={data} />;
}

/** /present without slides: how a deck is built, and the deck this browser keeps, if any. */
function EmptyDeck() {
  const { t, lang } = useI18n();
  const local = useLocalHref();
  const stored = readStoredDeck();
  usePageTitle(t('presentEmptyTitle'));
  return (
    <main className="mx-auto max-w-3xl px-8 py-16 text-ink">
      <h1 className="text-4xl font-semibold">{t('presentEmptyTitle')}</h1>
      <p className="mt-6 text-2xl leading-relaxed text-muted">{t('presentEmptyHow')}</p>
      <div className="mt-10 flex flex-wrap gap-4 text-2xl">
        {stored.length > 0 && (
          <Link to={presentHref(stored, 1, lang)} className="rounded-md bg-accent px-5 py-3 text-on-accent">
            {t('presentDeck', { n: stored.length })}
          </Link>
        )}
        <Link to={local(paths.compare())} className="rounded-md border border-line px-5 py-3 text-accent">
          {t('presentEmptyStart')}
        </Link>
      </div>
    </main>
  );
}

function Slides({ data }: { data: CoreData }) {
  useDocumentTheme();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { slides, slide } = usePresentedDeck();
  const current = slides[slide - 1] ?? '/compare';
  const go = useCallback(
    (n: number) => navigate(presentHref(slides, Math.min(Math.max(n, 1), slides.length), lang), { replace: true }),
    [navigate, slides, lang],
  );

  useEffect(() => {
    document.documentElement.dataset.theme = 'projector';
    const onKey = (e: KeyboardEvent) => {
      // Read the slide from the address, not from the last render: clickers send keys quickly.
      const slide = slideOnScreenNow();
      if (NEXT.has(e.key)) {
        e.preventDefault();
        go(slide + 1);
      } else if (PREVIOUS.has(e.key)) {
        e.preventDefault();
        go(slide - 1);
      } else if (e.key === 'Home') go(1);
      else if (e.key === 'End') go(slides.length);
      else if (e.key === 'Escape' && !document.fullscreenElement) {
        const view = slides[slide - 1] ?? '/compare';
        navigate(`${view}${lang === 'en' ? `${view.includes('?') ? '&' : '?'}lang=en` : ''}`);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, slides, navigate, lang]);

  const { path, source } = useSlideView(current, lang);
  const fullscreen = () => void document.documentElement.requestFullscreen?.().catch(() => undefined);

  return (
    <div className="flex min-h-screen flex-col bg-paper px-10 py-8 text-ink" data-slide={slide}>
      <ViewParamsContext.Provider value={source}>
        <div className="flex-1">
          {path === '/map' ? <MapView data={data} mode="present" /> : <CompareView data={data} mode="present" />}
          <KeyQuote data={data} />
        </div>
      </ViewParamsContext.Provider>
      <footer className="no-print mt-6 flex items-center gap-4 text-2xl">
        <button
          type="button"
          onClick={() => go(slide - 1)}
          disabled={slide <= 1}
          className="rounded border border-line px-5 py-2 disabled:opacity-40"
          aria-label={t('previousSlide')}
        >
          ←
        </button>
        <span className="tabular" aria-live="polite">
          {slide} / {slides.length || 1}
        </span>
        <button
          type="button"
          onClick={() => go(slide + 1)}
          disabled={slide >= slides.length}
          className="rounded border border-line px-5 py-2 disabled:opacity-40"
          aria-label={t('nextSlide')}
        >
          →
        </button>
        <button type="button" onClick={fullscreen} className="ml-auto rounded border border-line px-5 py-2">
          {t('fullscreen')}
        </button>
        <span className="text-2xl text-muted">{t('presentKeys')}</span>
      </footer>
    </div>
  );
}

/** The sentence the slide's leading figure rests on, shown in full: projectors have no hover. */
function KeyQuote({ data }: { data: CoreData }) {
  const { t, lang, metricName } = useI18n();
  const { comparison } = useCompareSetup(data);
  const top = comparison.rows.find((r) => r.fact)?.fact;
  if (!top) return null;
  const report = data.report.get(top.reportId);
  return (
    <blockquote className="mt-6 border-l-8 border-accent pl-6 text-2xl leading-relaxed">
      <p>
        {data.region.get(top.regionId)?.name} · {metricName(data.metric.get(top.metricId))}：{describeFact(top, lang)} ·{' '}
        {formatPeriod(top.period, lang)}
      </p>
      <p className="mt-2">「{top.quote}」</p>
      <footer className="mt-2 text-2xl text-muted">
        {t('sourcePrefix')}
        {report?.publisher} {report?.date}
      </footer>
    </blockquote>
  );
}
