// Moving around by click and by URL, as an official would.
import { comparableRegions, dataset, regionColour } from './dataset.ts';
import { expect, test, waitForCharts } from './fixtures.ts';

test('from the overview to a comparison, to the sentence behind a bar', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/');
  await page
    .getByRole('link', { name: /^地区生产总值/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/compare\?metric=gdp/);
  await waitForCharts(page);
  // The leading region's row in the table, and the source of its figure.
  await page.getByText('以表格显示').click();
  const first = page.locator('table tbody tr').first();
  const regionName = (await first.getByRole('link').first().textContent()) ?? '';
  const region = dataset.regions.find((r) => r.name === regionName);
  const { period } = comparableRegions('gdp');
  const fact = dataset.facts.find(
    (f) => f.metricId === 'gdp' && f.regionId === region?.id && f.period === period && f.kind !== 'target',
  );
  await first.getByRole('link').last().click();
  await expect(page).toHaveURL(new RegExp(`/reports/.*#f-${fact?.id}`));
  await expect(page.locator(`mark:has(#f-${fact?.id})`)).toBeInViewport();
  await expect(page.locator(`mark:has(#f-${fact?.id})`)).toHaveAttribute('data-active', 'true');
});

test('clicking a bar opens the report at that figure', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp&regions=621124');
  await waitForCharts(page);
  // The bar is drawn in the region's colour, the same in every view.
  const colour = regionColour('621124');
  const bar = page.locator(`[data-chart-ready] svg path[fill="${colour}"]`).first();
  await bar.click();
  const fact = dataset.facts.find((f) => f.metricId === 'gdp' && f.regionId === '621124');
  await expect(page).toHaveURL(new RegExp(`/reports/${fact?.reportId}#f-${fact?.id}`));
});

test('region page breadcrumb leads up the hierarchy', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/regions/621124');
  const crumbs = page.getByRole('navigation', { name: 'breadcrumb' });
  await expect(crumbs).toContainText('甘肃省');
  await expect(crumbs).toContainText('定西市');
  await crumbs.getByRole('link', { name: '定西市' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '定西市' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '下级单位' })).toBeVisible();
});

test('an agency page shows its parent and the figures it reported', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/regions/621100-linyehecaoyuanju');
  await expect(page.getByRole('navigation', { name: 'breadcrumb' })).toContainText('定西市');
  await expect(page.getByRole('heading', { name: '该单位报送的数字' })).toBeVisible();
  await expect(page.getByText('52.4万亩')).toBeVisible();
});

test('the compare view state lives in the URL: reload keeps it', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp');
  await page.getByRole('button', { name: '表格' }).click();
  await expect(page).toHaveURL(/view=table/);
  await page.getByLabel('指标', { exact: true }).selectOption('general-budget-revenue');
  await expect(page).toHaveURL(/metric=general-budget-revenue/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '一般公共预算收入' })).toBeVisible();
  await expect(page.locator('table')).toBeVisible();
});

test('the region picker filters by pinyin initials', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp&view=table');
  await page.getByRole('button', { name: /全部有数据的地区/ }).click();
  await page.getByLabel(/搜索地区/).fill('ltx');
  await expect(page.getByRole('checkbox', { name: '临洮县' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '通渭县' })).toHaveCount(0);
  // The box reflects the URL, which the router updates a moment after the click.
  await page.getByRole('checkbox', { name: '临洮县' }).click();
  await expect(page.getByRole('checkbox', { name: '临洮县' })).not.toBeChecked();
  await expect(page).toHaveURL(/regions=/);
  await expect(page.locator('table tbody tr', { has: page.getByRole('link', { name: '临洮县' }) })).toHaveCount(0);
});

test('the region picker finds regions by spelled-out pinyin; 清除 then ticking two compares those two; Esc closes it', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp&view=table');
  await page.getByRole('button', { name: /全部有数据的地区/ }).click();
  await page.getByRole('button', { name: '清除' }).click();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  const search = page.getByLabel(/搜索地区/);
  await search.fill('lintao');
  await page.getByRole('checkbox', { name: '临洮县' }).check();
  await search.fill('tongwei');
  await page.getByRole('checkbox', { name: '通渭县' }).check();
  await expect(page).toHaveURL(/regions=621124~621121|regions=621121~621124/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.locator('table tbody tr')).toHaveCount(2);
});
