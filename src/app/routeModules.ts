// What the entry script starts at once for an address, from its entry in the page table (pages.ts):
// the page's code, beside the dashboard's, instead of after it; and ECharts where the page draws.
import { loadLiveChart, loadLiveMapChart } from '../components/liveChartModule.ts';
import { matchPage } from './pages.ts';

/** Starts ECharts' download with the page's code, where the page draws charts (`charts`; maps need
 *  the map modules too). */
export function preloadCharts(pathname: string): void {
  const charts = matchPage(pathname)?.page.charts;
  if (charts === 'map') void loadLiveMapChart();
  else if (charts === 'charts') void loadLiveChart();
}

/** Starts the download of the page's code (an address no page has starts nothing). */
export function preloadRoute(pathname: string): void {
  void matchPage(pathname)?.page.load();
}
