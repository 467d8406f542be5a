// Presenters project comparisons: a deck stepped through with a clicker's keys, readable from the
// back of the room.
import { expect, test, waitForCharts } from './fixtures.ts';

const deck =
  '/present?s=%2Fcompare%3Fmetric%3Dgdp&s=%2Fcompare%3Fmetric%3Dgeneral-budget-revenue&s=%2Fmap%3Fmetric%3Dgdp';

test('a deck is stepped through with the keys presentation clickers send, and Esc leaves', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(deck);
  await expect(page.getByRole('heading', { level: 1, name: '地区生产总值' })).toBeVisible();
  await waitForCharts(page);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=2/);
  await expect(page.getByRole('heading', { level: 1, name: '一般公共预算收入' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/slide=3/);
  await expect(page.getByRole('heading', { level: 1, name: /地区生产总值分布图/ })).toBeVisible();
  await waitForCharts(page);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/slide=2/);
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/slide=3/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/slide=2/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/compare\?metric=general-budget-revenue$/);
});

test('a slide is addressable, shows the quote its key figure rests on, and reads from the back', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${deck}&slide=2`);
  await waitForCharts(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.locator('blockquote')).toContainText('「');
  await expect(page.locator('blockquote')).toContainText('来源：');
  const sizes = await page
    .locator('[data-chart-ready] svg text')
    .evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)).filter((n) => n > 0));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  await page.screenshot({ path: 'e2e/screenshots/present-slide-1920.png' });
});

test('add to deck collects views, and the deck presents them in order', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp');
  await waitForCharts(page);
  await page.getByRole('button', { name: '加入演示' }).click();
  await page.goto('/compare?metric=retail-sales');
  await waitForCharts(page);
  await page.getByRole('button', { name: '加入演示' }).click();
  await page.getByRole('button', { name: '演示（2）' }).click();
  await expect(page).toHaveURL(/\/present\?s=%2Fcompare%3Fmetric%3Dgdp&s=%2Fcompare%3Fmetric%3Dretail-sales/);
  await expect(page.getByText('1 / 2')).toBeVisible();
});

test('a map slide writes every value out, large, since a projector has no hover', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present?s=%2Fmap%3Fmetric%3Dgdp%26province%3D620000');
  await waitForCharts(page);
  const values = page.locator('ol li');
  await expect(values.first()).toBeVisible();
  expect(await values.count()).toBeGreaterThan(1);
  const sizes = await values.evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  await expect(page.locator('blockquote')).toContainText('「');
});

test('a table slide is set in type readable from the back of the room', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present?s=%2Fcompare%3Fmetric%3Dgdp%26view%3Dtable');
  const cells = page.locator('table tbody td');
  await expect(cells.first()).toBeVisible();
  const sizes = await cells.evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
});
