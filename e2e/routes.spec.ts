// Every route renders from the real dataset, in real Chromium, against the production build.
import { buildCoreData } from '../src/data/coreData.ts';
import { defaultMeasure } from '../src/data/select/compareRows.ts';
import { seriesOnly, trendSeries } from '../src/data/select/trendSeries.ts';
import { catalog, comparableRegions, dataset } from './dataset.ts';
import { expect, test, waitForCharts } from './fixtures.ts';

test('overview shows headline figures, rankings and reports', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '主要指标' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '地区生产总值' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '考核排名' })).toBeVisible();
  for (const { report } of catalog.latestReports)
    await expect(page.getByRole('link', { name: report.title })).toBeVisible();
});

test('compare ranks like with like by default: one level, the period most regions share, and says which', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp');
  await waitForCharts(page);
  const { regionIds, period } = comparableRegions('gdp');
  await expect(page.getByText(`${period}年 · 各`)).toBeVisible();
  await page.getByText('以表格显示').click();
  await expect(page.locator('table tbody tr')).toHaveCount(regionIds.length);
  for (const row of await page.locator('table tbody tr').all()) await expect(row).toContainText(`${period}年`);
  await expect(page.getByText('各地区时期不同')).toHaveCount(0);
});

test('各地最新 mixes periods and levels by choice, and the chart says so', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp');
  await page.getByLabel('时期').selectOption('latest');
  await expect(page).toHaveURL(/period=latest/);
  await waitForCharts(page);
  const regions = new Set(
    dataset.facts.filter((f) => f.metricId === 'gdp' && f.value !== null && f.kind !== 'target').map((f) => f.regionId),
  );
  await page.getByText('以表格显示').click();
  await expect(page.locator('table tbody tr')).toHaveCount(regions.size);
  await expect(page.getByText('各地区时期不同')).toBeVisible();
  await expect(page.getByText('不同层级')).toBeVisible();
});

test('compare as a table lists each value with period, kind and source', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=general-budget-revenue&view=table&period=2021');
  const row = page.locator('tr', { has: page.getByRole('link', { name: '临洮县' }) });
  await expect(row).toContainText('4.84亿元');
  await expect(row).toContainText('+21.1%');
  await expect(row).toContainText('2021年');
  await expect(row).toContainText('定西日报 2022-02-07');
});

test('growth comparison when only rates are given', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=fixed-asset-investment&measure=yoy&view=table&period=2021');
  await expect(page.getByRole('heading', { name: /固定资产投资 · 同比增速/ })).toBeVisible();
  await expect(page.locator('tr', { has: page.getByRole('link', { name: '岷县工业园区' }) })).toContainText('+76.4%');
});

/** Two metrics most regions report in one period: a scatter with several points. */
const SCATTER = 'metric=primary-industry-value-added&view=scatter&x=tertiary-industry-value-added&period=latest';

test('scatter of two metrics draws', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto(`/compare?${SCATTER}`);
  await waitForCharts(page);
});

test('map draws the province with data and says where there is none', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/map?metric=gdp&province=620000');
  await waitForCharts(page);
  await expect(page.getByText(/灰色斜线：无数据/)).toBeVisible();
  await expect(page.getByText(/天地图/)).toBeVisible();
});

for (const region of dataset.regions) {
  test(`region page ${region.name} shows its own figures`, async ({ page, pageErrors }) => {
    void pageErrors;
    await page.goto(`/regions/${region.id}`);
    await expect(page.getByRole('heading', { level: 1, name: region.name })).toBeVisible();
    const own = dataset.facts.filter((f) => f.regionId === region.id);
    if (own.length) {
      const table = page
        .locator('section', { has: page.getByRole('heading', { name: '全部指标' }) })
        .locator('tbody tr:has(td)');
      await expect(table).toHaveCount(own.length);
    }
    const charts = await page.locator('[data-chart-ready]').count();
    if (charts) await waitForCharts(page, charts);
  });
}

for (const report of dataset.reports) {
  test(`report page ${report.id} highlights every extracted figure`, async ({ page, pageErrors }) => {
    void pageErrors;
    await page.goto(`/reports/${report.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title);
    const facts = dataset.facts.filter((f) => f.reportId === report.id);
    await expect(page.locator('[data-fact-id]')).toHaveCount(facts.length);
    for (const f of facts.slice(0, 5)) await expect(page.locator(`mark:has(#f-${f.id})`)).toContainText(f.raw.value);
  });
}

for (const metric of dataset.metrics.slice(0, 12)) {
  test(`metric page ${metric.id}`, async ({ page, pageErrors }) => {
    void pageErrors;
    await page.goto(`/metrics/${metric.id}`);
    await expect(page.getByRole('heading', { level: 1, name: metric.name })).toBeVisible();
    // The latest ranking, and the trend where some region has the metric for two periods or more.
    const data = buildCoreData(dataset.regions, dataset.metrics, dataset.reports, dataset.facts, dataset.rankings);
    const measure = defaultMeasure(data, metric.id);
    const regionIds = [...new Set(dataset.facts.filter((f) => f.metricId === metric.id).map((f) => f.regionId))];
    const series = seriesOnly(trendSeries(data, { metricId: metric.id, regionIds, measure })).lines.length > 0;
    await waitForCharts(page, series ? 2 : 1);
    await expect(page.getByRole('region', { name: /历年变化/ })).toHaveCount(series ? 1 : 0);
  });
}

test('data page shows coverage and downloads a CSV of every fact', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/data');
  await expect(page.getByRole('heading', { name: '覆盖情况' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '全部数字（CSV）' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(file, 'utf8').trim().split(/\r\n/);
  expect(lines).toHaveLength(dataset.facts.length + 1);
});

test('data page lists the reviewed metrics a province covers, and the unreviewed ones on request', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const reviewed = new Map(dataset.metrics.map((m) => [m.id, m.reviewed !== false]));
  const rowMetrics = async () => {
    const table = page.getByRole('region', { name: /^覆盖情况 · / });
    const hrefs = await table
      .locator('tbody th a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.map((href) => decodeURIComponent(href.replace(/^.*\/metrics\//, '').replace(/\?.*$/, '')));
  };
  await page.goto('/data');
  const toggle = page.getByRole('checkbox', { name: /同时列出未审核指标/ });
  await expect(toggle).not.toBeChecked();
  const shown = await rowMetrics();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((id) => !reviewed.get(id))).toEqual([]);
  const announced = Number((await toggle.locator('xpath=..').innerText()).match(/（(\d+) 个/)?.[1]);
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(page).toHaveURL(/unreviewed=1/);
  const all = await rowMetrics();
  expect(all.filter((id) => !reviewed.get(id))).toHaveLength(announced);
  expect(all.filter((id) => reviewed.get(id))).toEqual(shown);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /同时列出未审核指标/ })).toBeChecked();
});

test('English and dark theme carry across navigation', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp&lang=en&theme=dark');
  await expect(page.getByRole('heading', { name: 'Gross regional product' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page).toHaveURL(/theme=dark/);
  await expect(page.getByRole('heading', { name: 'Headline figures' })).toBeVisible();
});

test('the map opens a prefecture onto its counties and returns to the province', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/map?metric=gdp&province=620000&level=county&prefecture=621100');
  await waitForCharts(page);
  await expect(page.getByText(/甘肃省 › 定西市/)).toBeVisible();
  await page.getByRole('button', { name: '← 甘肃省全省' }).click();
  await expect(page).not.toHaveURL(/prefecture=/);
  await waitForCharts(page);
  await expect(page.getByText(/甘肃省 › 定西市/)).toHaveCount(0);
});

test('no page reads the whole facts file: each reads the shards of its view', async ({ page, pageErrors }) => {
  void pageErrors;
  const dataRequests: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/')) dataRequests.push(path);
  });
  for (const path of [
    '/',
    '/compare?metric=gdp',
    '/map?metric=gdp',
    `/regions/${dataset.facts[0]?.regionId}`,
    `/reports/${dataset.reports[0]?.id}`,
    '/metrics/gdp',
    '/data',
  ]) {
    await page.goto(path);
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  expect(dataRequests.filter((p) => /\/data\/(facts|reports|rankings)\.json$/.test(p))).toEqual([]);
  expect(dataRequests).toContain('/data/shards/metrics/gdp/latest.json');
});
