// Where ECharts' chunks come from: Chart mounts them, and the entry script starts the download beside
// the page's own when the page has no prerendered drawing to show first. Maps add ECharts' map
// modules (LiveMapChart), loaded only where a map is drawn.
export const loadLiveChart = () => import('./LiveChart.tsx');
export const loadLiveMapChart = () => import('./LiveMapChart.tsx');
