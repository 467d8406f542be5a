// The embed of a metric's default comparison or trend without React or ECharts: the chart is the SVG
// prerendered at build time (scripts/prerenderEmbeds.ts), hover shows a bar's quote and source
// through ECharts' small SSR client, and a click opens the figure's sentence in the dashboard.
// Anything missing (an unknown metric, a failed fetch) hands over to the full dashboard.
import { listenToMarks, tooltipPosition } from '../charts/drawingMarks.ts';
import { translator } from '../i18n/translate.ts';
import { reportHeight } from './reportHeight.ts';
import type { LiteEmbedRequest } from './request.ts';

type Manifest = {
  title: string;
  subtitle: string;
  notes: string[];
  description?: string;
  sources: { label: string; href: string }[];
  bars: { region: string; text: string; period: string; quote: string; source: string; href: string }[];
  /** A trend's points, per series in the chart's order (null where a series has no point). */
  series?: (Point | null)[][];
};

type Point = { region: string; text: string; period: string; quote: string; source: string; href: string };

const NARROW = 560;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export async function start(req: LiteEmbedRequest, fallback: () => Promise<void>): Promise<void> {
  const t = translator(req.lang);
  const width = document.documentElement.clientWidth < NARROW ? 360 : 720;
  const base = `${import.meta.env.BASE_URL}data/embed/${req.view === 'trend' ? 'trend' : 'compare'}/${req.metric}`;
  const [manifestResponse, svgResponse] = await Promise.all([
    fetch(`${base}/${req.lang}.json`),
    fetch(`${base}/${req.lang}-${req.theme}-${width}.svg`),
  ]);
  if (!manifestResponse.ok || !svgResponse.ok) return fallback();
  const manifest = (await manifestResponse.json()) as Manifest;
  const svg = await svgResponse.text();

  document.documentElement.dataset.theme = req.theme;
  document.documentElement.dataset.embed = 'true';
  document.documentElement.lang = req.lang === 'en' ? 'en' : 'zh-CN';
  const root = document.getElementById('root');
  if (!root) return;
  const frame = el('section', 'bg-panel px-3 py-3 text-ink sm:px-4');
  frame.setAttribute('aria-label', manifest.title);
  const full = `/compare?metric=${encodeURIComponent(req.metric)}${req.view === 'trend' ? '&view=trend' : ''}${req.lang === 'en' ? '&lang=en' : ''}${req.theme === 'dark' ? '&theme=dark' : ''}`;
  // What a mark of the chart stands for: a bar (the first series) or a trend's point.
  const itemOf = ({ seriesIndex, dataIndex }: { seriesIndex: number; dataIndex: number }): Point | undefined => {
    if (manifest.series) return manifest.series[seriesIndex]?.[dataIndex] ?? undefined;
    return seriesIndex === 0 ? manifest.bars[dataIndex] : undefined;
  };
  const localized = (href: string) =>
    `${href.split('#')[0]}${req.lang === 'en' ? '?lang=en' : ''}${href.includes('#') ? `#${href.split('#')[1]}` : ''}`;

  if (!req.hideTitle) {
    const header = el('header', 'mb-3');
    header.append(el('h1', 'text-lg font-semibold', manifest.title), el('p', 'text-sm text-muted', manifest.subtitle));
    frame.append(header);
  }
  const chart = el('div', 'relative w-full');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', manifest.description ?? manifest.title);
  // The SVG is our own build output (ECharts escapes every text it draws), not source markup.
  chart.innerHTML = svg;
  const drawn = chart.querySelector('svg');
  if (drawn) {
    drawn.setAttribute('width', '100%');
    drawn.removeAttribute('height');
    drawn.style.height = 'auto';
    drawn.style.display = 'block';
  }
  chart.dataset.chartReady = 'true';
  frame.append(chart);

  if (manifest.notes.length) {
    const notes = el('ul', 'mt-2 text-xs text-muted');
    for (const n of manifest.notes) notes.append(el('li', '', `※ ${n}`));
    frame.append(notes);
  }
  if (!req.hideFootnote) {
    const source = el('p', 'mt-2 text-xs text-muted', `${t('sourcePrefix')}`);
    manifest.sources.forEach((s, i) => {
      if (i > 0) source.append('；');
      const a = el('a', 'underline-offset-2 hover:underline', s.label);
      a.href = localized(s.href);
      a.target = '_blank';
      a.rel = 'noopener';
      source.append(a);
    });
    frame.append(source);
  }
  const back = el('p', 'mt-2 text-right text-xs');
  const link = el('a', 'text-accent underline-offset-2 hover:underline', `${t('openFullView')} ↗`);
  link.href = full;
  link.target = '_blank';
  link.rel = 'noopener';
  back.append(link);
  frame.append(back);

  const tip = el(
    'div',
    'pointer-events-none absolute z-10 hidden max-w-xs rounded border border-line bg-panel p-2 text-xs leading-relaxed shadow-lg',
  );
  tip.setAttribute('role', 'tooltip');
  chart.append(tip);
  root.replaceChildren(frame);
  reportHeight(frame);

  listenToMarks(chart, {
    over: (mark) => {
      const bar = itemOf(mark);
      if (!bar) return;
      tip.replaceChildren(
        el('strong', '', bar.region),
        el('br', ''),
        `${bar.text} · ${bar.period}`,
        el('br', ''),
        el('span', 'text-muted', `「${bar.quote}」`),
        el('br', ''),
        el('span', 'text-muted', `${t('sourcePrefix')}${bar.source}`),
      );
      // Shown where it cannot overflow, measured, then placed beside the pointer inside the chart.
      tip.style.left = '0px';
      tip.style.top = '0px';
      tip.classList.remove('hidden');
      const { x, y } = tooltipPosition(mark.event, chart.getBoundingClientRect(), {
        width: tip.offsetWidth,
        height: tip.offsetHeight,
      });
      tip.style.left = `${x}px`;
      tip.style.top = `${y}px`;
    },
    out: () => tip.classList.add('hidden'),
    click: (mark) => {
      const bar = itemOf(mark);
      if (bar) window.open(localized(bar.href), '_blank', 'noopener');
    },
  });
}
