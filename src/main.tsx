// Entry: a few hundred bytes that choose what to load. An embed of a metric's default comparison
// is drawn from its prerendered SVG by a React-free script (the portal pays a few KB); everything
// else loads the dashboard.
import './index.css';
import { preloadRoute } from './app/routeModules.ts';
import { startEarlyFetches } from './data/earlyFetch.ts';
import { dataUrl } from './data/fetchDataFile.ts';
import { filesForAddress } from './data/shardPaths.ts';
import { liteEmbedRequest } from './embed-lite/request.ts';

const lite = liteEmbedRequest(window.location);
const loadApp = () => import('./app/boot.tsx').then((m) => m.boot());

if (lite) void import('./embed-lite/liteEmbed.ts').then((m) => m.start(lite, loadApp)).catch(loadApp);
else {
  // The page's code and data start downloading together with the dashboard's own code.
  const { pathname, search } = window.location;
  startEarlyFetches(new Map(filesForAddress(pathname, search).map((file) => [file, dataUrl(file)])));
  preloadRoute(pathname);
  void loadApp();
}
