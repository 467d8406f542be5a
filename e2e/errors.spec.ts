// Bad links and failed loads: a helpful page, never a blank one.
import { expect, test, waitForCharts } from './fixtures.ts';

test('an unknown path says what was not found and offers the main pages', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: '没有找到' })).toBeVisible();
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await expect(page.getByRole('link', { name: '对比' }).last()).toBeVisible();
});

test('a mistyped section of an address links to the address it meant, keeping the language', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.goto('/region/621124?lang=en');
  await page.getByRole('link', { name: '/regions/621124' }).click();
  await expect(page).toHaveURL(/\/regions\/621124\?lang=en$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('临洮县');
});

test('an unknown region id suggests the closest regions', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/regions/621125');
  await expect(page.getByText('没有编号为 “621125” 的地区。')).toBeVisible();
  await page.getByRole('link', { name: '临洮县' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '临洮县' })).toBeVisible();
});

test('an unknown report id suggests reports', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/reports/2024-tongwei-report');
  await expect(page.getByText('没有编号为 “2024-tongwei-report” 的报告。')).toBeVisible();
  await expect(page.getByRole('link', { name: '2024年通渭县政府工作报告' })).toBeVisible();
});

test('an unknown metric id suggests metrics', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/metrics/gpd');
  await expect(page.getByText('没有编号为 “gpd” 的指标。')).toBeVisible();
  await expect(page.getByRole('link', { name: '地区生产总值' })).toBeVisible();
});

test('bad query values: the view renders what is valid and says what was ignored', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp&regions=621124~999999~621121&view=pie&period=20x1');
  await waitForCharts(page);
  const banner = page.getByRole('status').filter({ hasText: '已忽略链接中的无效参数' });
  await expect(banner).toContainText('未知地区 “999999”');
  await expect(banner).toContainText('参数 view 的值 “pie” 无效');
  await expect(banner).toContainText('参数 period 的值 “20x1” 无效');
  await expect(page.getByRole('heading', { level: 1, name: '地区生产总值' })).toBeVisible();
});

test('an unknown metric in the query falls back to the default and says so', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=gross-product');
  await waitForCharts(page);
  await expect(page.getByText('未知指标 “gross-product”')).toBeVisible();
});

test('a failed data load shows an error with a retry that works', async ({ page }) => {
  let fail = true;
  await page.route('**/data/shards/metrics/gdp/comparable.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
  );
  await page.goto('/compare?metric=gdp');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('数据加载失败');
  await expect(alert).toContainText('shards/metrics/gdp/comparable.json');
  fail = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await waitForCharts(page);
});

test('map parameters it cannot use are named, and the map still draws', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/map?metric=gdp&province=999999&level=bogus');
  await waitForCharts(page);
  await expect(page.getByText('参数 province 的值 “999999” 无效')).toBeVisible();
  await expect(page.getByText('参数 level 的值 “bogus” 无效')).toBeVisible();
});
