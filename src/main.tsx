// Entry: the few kilobytes every address runs first, choosing what to load. An embed of a metric's default comparison
// is drawn from its prerendered SVG by a React-free script (the portal pays a few KB); a page's
// default view is shown from its prerendered HTML while the dashboard's code loads; everything
// else waits for the dashboard.
import './index.css';
import { firstPaintFile, showFirstPaint } from './app/firstPaint.ts';
import { filesForAddress } from './app/pages.ts';
import { preloadCharts, preloadRoute } from './app/routeModules.ts';
import { PHONE_WIDTH } from './components/firstPaintCharts.ts';
import { startEarlyFetches } from './data/earlyFetch.ts';
import { dataUrl } from './data/fetchDataFile.ts';
import { liteEmbedRequest } from './embed-lite/request.ts';

const lite = liteEmbedRequest(window.location);
/** Runs `run` once the browser has painted what is in the document now: at the start of the frame
 *  after the next one, by when the next frame's picture has usually been rastered. With one frame
 *  the dashboard's half megabyte of script was parsed and compiled on the other core while a map's
 *  first paint was still rastering (map embed, 15 rounds against the bar embed: its largest
 *  paint 268 → 252 ms, its first paint as the bench times it 203 → 171 ms). A hidden page draws
 *  no frames: it starts at once. */
const afterNextPaint = (run: () => void) => {
  if (document.visibilityState === 'hidden') setTimeout(run, 0);
  else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(run, 0)));
};
let firstPaintShown: Promise<boolean> = Promise.resolve(false);
const loadApp = () => import('./app/boot.tsx').then((m) => m.boot(firstPaintShown));

if (lite) void import('./embed-lite/liteEmbed.ts').then((m) => m.start(lite, loadApp)).catch(loadApp);
else {
  // Before React: the address is read here, not through view-state/useViewState.ts.
  const { pathname, search } = window.location;
  const firstPaint = firstPaintFile(pathname, search, { phone: window.innerWidth < PHONE_WIDTH });
  const root = document.getElementById('root');
  if (firstPaint && root) {
    // The theme's colours before the first paint, so a dark page never flashes white.
    const params = new URLSearchParams(search);
    document.documentElement.dataset.theme = params.get('theme') ?? 'light';
    if (params.get('lang') === 'en') document.documentElement.lang = 'en';
    if (pathname.startsWith('/embed/')) document.documentElement.dataset.embed = 'true';
    firstPaintShown = fetch(dataUrl(firstPaint))
      .then((r) => (r.ok ? r.text() : ''))
      .then((html) => showFirstPaint(root, html))
      .catch(() => false);
  }
  // The page's data start downloading at once.
  startEarlyFetches(new Map(filesForAddress(pathname, search).map((file) => [file, dataUrl(file)])));
  // The page's code and the dashboard's own: at once, or once a first paint is on screen. Running
  // half a megabyte of script would hold the first paint back by as much as it takes.
  const startApp = () => {
    preloadRoute(pathname);
    void loadApp();
  };
  // Without a prerendered drawing on screen, the page's charts are ECharts': its code comes at once too.
  const startAppAndCharts = () => {
    startApp();
    preloadCharts(pathname);
  };
  if (firstPaint) void firstPaintShown.then((shown) => (shown ? afterNextPaint(startApp) : startAppAndCharts()));
  else startAppAndCharts();
}
