// Extends Playwright's test: every page fails its test on a page error, a console error or a
// request that leaves localhost; waitForCharts waits for ECharts' "finished" marker.
import { expect, test as base, type Page } from '@playwright/test';

type Fixtures = { pageErrors: string[] };

export const test = base.extend<Fixtures>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]).*/, (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      errors.push(`external request: ${url}`);
      return route.abort();
    });
    await use(errors);
    expect(errors, 'page errors, console errors or external requests').toEqual([]);
  },
});

export { expect };

/** Waits until every chart on the page has finished drawing, and checks it drew something. */
export async function waitForCharts(page: Page, count = 1) {
  const ready = page.locator('[data-chart-ready="true"]');
  await expect(ready).toHaveCount(count, { timeout: 15_000 });
  // Read in one go in the page: a chart that was ready may be redrawing by the next round trip
  // (a new option, or ECharts taking over from a prerendered drawing), and is waited for again.
  const marks = () =>
    ready.evaluateAll((charts) => charts.map((c) => c.querySelectorAll('svg path, svg rect, svg text').length));
  await expect
    .poll(
      async () => {
        const m = await marks();
        return m.length === count && m.every((n) => n > 5);
      },
      { message: 'every finished chart draws marks', timeout: 15_000 },
    )
    .toBe(true);
}
