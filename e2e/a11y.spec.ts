// axe finds no serious or critical accessibility violations on any route.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const routes = [
  '/',
  '/compare?metric=gdp',
  '/compare?metric=gdp&view=table',
  '/compare?metric=gdp&view=trend',
  '/compare?metric=gdp&view=trend&theme=dark&lang=en',
  '/targets',
  '/targets?theme=dark',
  '/present',
  '/regions/620171',
  '/map?metric=gdp',
  '/regions/621124',
  '/reports/2022-02-07-dingxi-ribao-lvze-kaohe',
  '/metrics/gdp',
  '/data',
  '/nowhere',
  '/compare?metric=gdp&theme=dark',
];

for (const route of routes) {
  test(`no serious accessibility violations on ${route}`, async ({ page, pageErrors }) => {
    void pageErrors;
    await page.goto(route);
    await page.locator('main').waitFor();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`)).toEqual(
      [],
    );
  });
}
