// Every page at 1280x720 and 390x844, saved to e2e/screenshots/ for a person to look at.
import { expect, test, waitForCharts } from './fixtures.ts';

const pages: { name: string; path: string; charts: number }[] = [
  { name: 'overview', path: '/', charts: 0 },
  { name: 'compare', path: '/compare?metric=gdp', charts: 1 },
  { name: 'compare-yoy', path: '/compare?metric=fixed-asset-investment&measure=yoy', charts: 1 },
  { name: 'compare-table', path: '/compare?metric=general-budget-revenue&view=table', charts: 0 },
  {
    name: 'compare-scatter',
    path: '/compare?metric=primary-industry-value-added&view=scatter&x=tertiary-industry-value-added&period=latest',
    charts: 1,
  },
  { name: 'map', path: '/map?metric=gdp', charts: 1 },
  { name: 'region-lintao', path: '/regions/621124', charts: 3 },
  { name: 'region-agency', path: '/regions/621100-linyehecaoyuanju', charts: 0 },
  { name: 'report-tongwei', path: '/reports/2024-01-21-tongwei-government-work-report', charts: 0 },
  { name: 'metric-gdp', path: '/metrics/gdp', charts: 2 },
  { name: 'compare-trend', path: '/compare?metric=gdp&view=trend', charts: 1 },
  {
    name: 'compare-trend-yoy-dark-en',
    path: '/compare?metric=gdp&regions=621100~621000~620171&view=trend&measure=yoy&theme=dark&lang=en',
    charts: 1,
  },
  { name: 'present-empty', path: '/present', charts: 0 },
  { name: 'targets', path: '/targets', charts: 0 },
  { name: 'region-lanzhouxinqu', path: '/regions/620171', charts: 0 },
  { name: 'data', path: '/data', charts: 0 },
  { name: 'not-found', path: '/regions/999999', charts: 0 },
  { name: 'compare-dark-en', path: '/compare?metric=gdp&theme=dark&lang=en', charts: 1 },
];

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  for (const p of pages) {
    test(`screenshot ${p.name} ${viewport.width}`, async ({ page, pageErrors }) => {
      void pageErrors;
      await page.setViewportSize(viewport);
      await page.goto(p.path);
      await page.locator('main').waitFor();
      if (p.charts) await waitForCharts(page, p.charts);
      else await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `e2e/screenshots/${p.name}-${viewport.width}.png`, fullPage: true });
      // Nothing runs off the side of the screen: wide tables scroll inside their own box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'page wider than the screen').toBeLessThanOrEqual(0);
    });
  }
}
