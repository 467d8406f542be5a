// Actions on a chart: download PNG/SVG/CSV, embed, present, add to the presentation deck.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { themeTokens } from '../charts/themes.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { presentHref, readStoredDeck, slideHref, storeDeck } from '../view-state/deck.ts';
import { usePageAddress } from '../view-state/useViewState.ts';
import type { Theme } from '../view-state/viewState.ts';
import type { ChartHandle } from './Chart.tsx';
import { EmbedDialog } from './EmbedDialog.tsx';
import { chartSvg, downloadBlob, svgToPng } from './exportChart.ts';

type Props = {
  chart: ChartHandle | null;
  title: string;
  subtitle: string;
  source: string;
  theme: Theme;
  csv: () => string;
  fileName: string;
  /** The view a snippet embeds and a slide presents, when it is not the page's own address
   *  (a region page's sibling chart embeds the region card and presents the comparison). */
  view?: { embed: { pathname: string; search: string }; slide: string };
};

export function useDeck(): string[] {
  const [deck, setDeck] = useState<string[]>(() => readStoredDeck());
  useEffect(() => {
    const update = () => setDeck(readStoredDeck());
    window.addEventListener('region-scorecard:deck', update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener('region-scorecard:deck', update);
      window.removeEventListener('storage', update);
    };
  }, []);
  return deck;
}

export function ChartToolbar({ chart, title, subtitle, source, theme, csv, fileName, view }: Props) {
  const { t, lang } = useI18n();
  const address = usePageAddress();
  const navigate = useNavigate();
  const [embedding, setEmbedding] = useState(false);
  const deck = useDeck();
  const here = view?.slide ?? slideHref(address.pathname, address.search);
  const embedded = view?.embed ?? address;
  const tokens = themeTokens[theme];
  const text = {
    title,
    subtitle,
    source,
    background: theme === 'dark' ? '#19212a' : '#ffffff',
    ink: tokens.ink,
    muted: tokens.muted,
  };
  const instance = () => chart?.getInstance();
  const button = 'rounded-md border border-line bg-panel px-3 py-1.5 text-sm hover:border-accent disabled:opacity-40';

  const exportSvg = async () => {
    const c = await instance();
    if (!c) return;
    const { svg } = chartSvg(c, text);
    downloadBlob(`${fileName}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
  };
  const exportPng = async () => {
    const c = await instance();
    if (!c) return;
    const { svg, width, height } = chartSvg(c, text);
    downloadBlob(`${fileName}.png`, await svgToPng(svg, width, height, 2));
  };
  const exportCsv = () => downloadBlob(`${fileName}.csv`, new Blob([csv()], { type: 'text/csv;charset=utf-8' }));

  return (
    <div className="no-print mt-3 flex flex-wrap gap-2" role="toolbar" aria-label={t('chartActions')}>
      <button type="button" className={button} onClick={() => void exportPng()} disabled={!chart}>
        {t('exportPng')}
      </button>
      <button type="button" className={button} onClick={() => void exportSvg()} disabled={!chart}>
        {t('exportSvg')}
      </button>
      <button type="button" className={button} onClick={exportCsv}>
        {t('exportCsv')}
      </button>
      <button type="button" className={button} onClick={() => setEmbedding(true)}>
        {t('embed')}
      </button>
      <button type="button" className={button} onClick={() => navigate(presentHref([here], 1, lang))}>
        {t('present')}
      </button>
      <button
        type="button"
        className={button}
        onClick={() => storeDeck([...deck.filter((d) => d !== here), here])}
        aria-pressed={deck.includes(here)}
      >
        {deck.includes(here) ? t('inDeck') : t('addToDeck')}
      </button>
      {deck.length > 0 && (
        <>
          <button type="button" className={button} onClick={() => navigate(presentHref(deck, 1, lang))}>
            {t('presentDeck', { n: deck.length })}
          </button>
          <button type="button" className={button} onClick={() => storeDeck([])}>
            {t('clearDeck')}
          </button>
        </>
      )}
      {embedding && (
        <EmbedDialog
          pathname={embedded.pathname}
          search={embedded.search}
          title={title}
          onClose={() => setEmbedding(false)}
        />
      )}
    </div>
  );
}
