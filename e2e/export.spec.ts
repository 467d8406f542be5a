// Exports: a PNG at 2×, an SVG with title and source, a CSV of exactly the rows the chart shows.
import { readFileSync } from 'node:fs';
import { comparableRegions, dataset } from './dataset.ts';
import { expect, test, waitForCharts } from './fixtures.ts';

test('PNG export is a 2× image of the chart with its title and source line', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp');
  await waitForCharts(page);
  const chartWidth = await page
    .locator('[data-chart-ready] svg')
    .first()
    .evaluate((el) => el.getBoundingClientRect().width);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 PNG' }).click();
  const png = readFileSync(await (await download).path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBe(Math.round(chartWidth) * 2);
  expect(height).toBeGreaterThan(300);
  expect(png.length).toBeGreaterThan(20_000);
});

test('SVG export carries the title and the source line', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp');
  await waitForCharts(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 SVG' }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toContain('>地区生产总值<');
  // Well-formed XML: image viewers and the PNG export decode it.
  expect(svg).not.toMatch(/style="[^"]*"[^ >][^"]*"/);
  expect(svg).toContain('来源：');
  const { period, regionIds } = comparableRegions('gdp');
  const shown = dataset.facts.find(
    (f) => f.metricId === 'gdp' && f.period === period && f.regionId === regionIds[0] && f.kind !== 'target',
  );
  const report = dataset.reports.find((r) => r.id === shown?.reportId);
  expect(svg).toContain(`${report?.publisher} ${report?.date}`.trim());
});

test('CSV export holds exactly the rows the table view shows, in its order', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=general-budget-revenue&view=table&period=2021');
  await expect(page.locator('table tbody tr th').first()).toBeVisible();
  const tableRegions = await page.locator('table tbody tr th').allInnerTexts();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 CSV' }).click();
  const lines = readFileSync(await (await download).path(), 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toBe('region_id,region,metric_id,measure,value,unit,period,kind,bound,target,report,date,quote');
  expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(tableRegions);
  expect(lines.find((l) => l.includes('临洮县'))).toContain(',4.84,亿元,2021,actual,');
});

test('region and report pages print without controls', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/regions/621124');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await page.goto('/reports/2022-02-07-dingxi-ribao-lvze-kaohe');
  await expect(page.locator('mark.figure').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
});
