// Over time and against promises: the compare page's trend view, targets held against results on
// their own page and on region and metric pages, pages that name themselves in the tab, and a
// presenter with no slides yet. Expected values are computed here from the dataset on disk.
import { readFileSync } from 'node:fs';
import type { Fact, TargetCheck } from '../src/data/schema.ts';
import { buildCoreData } from '../src/data/coreData.ts';
import { defaultMeasure } from '../src/data/select/compareRows.ts';
import { trendSeries } from '../src/data/select/trendSeries.ts';
import { dataset, regionColour } from './dataset.ts';
import { expect, test, waitForCharts } from './fixtures.ts';

const checks = JSON.parse(readFileSync('public/data/targets.json', 'utf8')) as TargetCheck[];
const factById = new Map(dataset.facts.map((f) => [f.id, f]));
const regionName = (id: string) => dataset.regions.find((r) => r.id === id)?.name ?? id;
const metricName = (id: string) => dataset.metrics.find((m) => m.id === id)?.name ?? id;

/** A region and metric with results in two or more whole years, one result per year. */
function aSeries(): { regionId: string; metricId: string; facts: Fact[] } {
  const groups = new Map<string, Fact[]>();
  for (const f of dataset.facts) {
    if (f.kind !== 'actual' || !/^\d{4}$/.test(f.period) || f.value === null) continue;
    const key = `${f.regionId}|${f.metricId}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const series = [...groups.entries()]
    .filter(([key, facts]) => {
      const [regionId, metricId] = key.split('|');
      const sameKey = dataset.facts.filter(
        (f) => f.regionId === regionId && f.metricId === metricId && /^\d{4}$/.test(f.period) && f.kind !== 'target',
      );
      return (
        new Set(facts.map((f) => f.period)).size === facts.length &&
        facts.length >= 2 &&
        sameKey.length === facts.length
      );
    })
    .sort((a, b) => b[1].length - a[1].length);
  const [key, facts] = series[0] ?? ['', []];
  const [regionId = '', metricId = ''] = key.split('|');
  return { regionId, metricId, facts: [...facts].sort((a, b) => a.period.localeCompare(b.period)) };
}

/** Each target counted once: met when its first result (finals before estimates) meets it. */
function expectedCount(list: TargetCheck[]): { met: number; total: number } {
  const byTarget = new Map<string, TargetCheck[]>();
  for (const c of list) byTarget.set(c.targetFactId, [...(byTarget.get(c.targetFactId) ?? []), c]);
  let met = 0;
  for (const group of byTarget.values()) {
    const first = [...group].sort(
      (a, b) =>
        Number(a.estimate) - Number(b.estimate) ||
        (factById.get(a.resultFactId)?.reportId ?? '').localeCompare(factById.get(b.resultFactId)?.reportId ?? ''),
    )[0];
    if (first && first.status !== 'not-met') met += 1;
  }
  return { met, total: byTarget.size };
}

test.describe('trend view', () => {
  const { regionId, metricId, facts } = aSeries();

  test('draws a region over the years, lists every year’s figure, and names the tab', async ({ page, pageErrors }) => {
    void pageErrors;
    expect(facts.length, 'the dataset has a region with figures in two or more years').toBeGreaterThanOrEqual(2);
    await page.goto(`/compare?metric=${metricId}&regions=${regionId}&view=trend`);
    await waitForCharts(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('历年变化');
    await expect(page.getByRole('button', { name: '趋势' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveTitle(new RegExp(`${metricName(metricId)}.*趋势`));
    await page.getByText('以表格显示').click();
    const table = page.locator('table').last();
    const first = Number(facts[0]?.period);
    const last = Number(facts[facts.length - 1]?.period);
    // Every year from the first to the last is a column: a year without a figure is a visible gap.
    await expect(table.locator('thead th')).toHaveCount(1 + last - first + 1);
    const row = table.locator('tbody tr').first();
    await expect(row.locator('th')).toHaveText(regionName(regionId));
    for (const fact of facts)
      await expect(
        row.getByRole('link', { name: new RegExp(String(fact.value).replace('.', '\\.')) }).first(),
      ).toBeVisible();
  });

  test('shows the quote on hover and opens the sentence on click', async ({ page, pageErrors }) => {
    void pageErrors;
    await page.goto(`/compare?metric=${metricId}&regions=${regionId}&view=trend`);
    await waitForCharts(page);
    // The latest point is the rightmost; its place is taken once (hovering redraws the marks).
    const boxes = await page
      .locator(`[data-chart-ready] svg path[fill="${regionColour(regionId)}"]`)
      .evaluateAll((ps) =>
        ps.map((p) => p.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })),
      );
    const point = boxes.sort((a, b) => b.x - a.x)[0] ?? { x: 0, y: 0 };
    await page.mouse.move(point.x, point.y);
    const latest = facts[facts.length - 1];
    // ECharts' tooltip is drawn inside the chart's box.
    await expect(page.locator('[data-chart-ready]').getByText(latest?.quote.slice(0, 12) ?? '—')).toBeVisible();
    await page.mouse.click(point.x, point.y);
    await expect(page).toHaveURL(new RegExp(`/reports/${latest?.reportId}#f-${latest?.id}`));
  });

  test('is in the address, switches back to bars, and exports the points it draws as CSV', async ({
    page,
    pageErrors,
  }) => {
    void pageErrors;
    await page.goto(`/compare?metric=${metricId}&regions=${regionId}`);
    await page.getByRole('button', { name: '趋势' }).click();
    await expect(page).toHaveURL(/view=trend/);
    await waitForCharts(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 CSV' }).click();
    const lines = readFileSync(await (await download).path(), 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('region_id,region,metric_id,measure,period,kind,value,unit,report,date,quote');
    expect(lines.slice(1).map((l) => l.split(',')[4])).toEqual(facts.map((f) => f.period));
    await page.getByRole('button', { name: '条形图' }).click();
    await expect(page).not.toHaveURL(/view=trend/);
  });

  test('reads in English and in the dark theme', async ({ page, pageErrors }) => {
    void pageErrors;
    await page.goto(`/compare?metric=${metricId}&regions=${regionId}&view=trend&lang=en&theme=dark`);
    await waitForCharts(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('over time');
    await expect(page.getByRole('button', { name: 'Trend' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page).toHaveTitle(/Trend · Compare · Region Scorecard$/);
  });

  test('a trend slide writes the values at the points, in the projector theme', async ({ page, pageErrors }) => {
    void pageErrors;
    await page.goto(`/present?s=${encodeURIComponent(`/compare?metric=${metricId}&regions=${regionId}&view=trend`)}`);
    await waitForCharts(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    const labels = await page.locator('[data-chart-ready] svg text').allTextContents();
    for (const fact of facts) expect(labels.some((l) => l.startsWith(String(fact.value)))).toBe(true);
  });
});

test('a default trend embed paints from its prerendered SVG, with quotes on hover, without the dashboard', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const { metricId } = aSeries();
  const data = buildCoreData(dataset.regions, dataset.metrics, dataset.reports, dataset.facts, dataset.rankings);
  const trend = trendSeries(data, { metricId, regionIds: null, measure: defaultMeasure(data, metricId) });
  const first = trend.lines[0];
  const latest = first?.points[first.points.length - 1];
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(`/embed/compare?metric=${metricId}&view=trend&hideControls=1`);
  await expect(page.locator('[data-chart-ready="true"] svg')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('历年变化');
  expect(scripts.some((s) => /boot-/.test(s))).toBe(false);
  const boxes = await page
    .locator(`[data-chart-ready] svg path[fill="${regionColour(first?.region.id ?? '')}"]`)
    .evaluateAll((ps) =>
      ps.map((p) => p.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })),
    );
  const point = boxes.sort((a, b) => b.x - a.x)[0] ?? { x: 0, y: 0 };
  await page.mouse.move(point.x, point.y);
  await expect(page.getByRole('tooltip')).toContainText(latest?.fact.quote ?? '—');
  // A trend of chosen regions is drawn by the dashboard itself.
  await page.goto(`/embed/compare?metric=${metricId}&view=trend&hideControls=1&regions=${first?.region.id}`);
  await waitForCharts(page);
});

test.describe('targets held against results', () => {
  test('the targets page lists every check with both sentences and counts those met', async ({ page, pageErrors }) => {
    void pageErrors;
    expect(checks.length, 'the real corpus gives target checks').toBeGreaterThan(0);
    await page.goto('/targets');
    await expect(page).toHaveTitle(/^目标与结果 · /);
    const { met, total } = expectedCount(checks);
    await expect(page.getByTestId('targets-count')).toHaveText(`${total} 项对照中 ${met} 项达到或超过目标`);
    await expect(page.locator('[data-check-group]')).toHaveCount(total);
    // Two results that disagree are both held against their target, each with its own sentence.
    const disagreeing = [...new Set(checks.map((c) => c.targetFactId))].find(
      (id) => checks.filter((c) => c.targetFactId === id).length > 1,
    );
    if (disagreeing) {
      const card = page.locator(`[data-check-group="${disagreeing}"]`);
      await expect(card).toContainText(factById.get(disagreeing)?.quote ?? '—');
      for (const c of checks.filter((x) => x.targetFactId === disagreeing))
        await expect(card).toContainText(factById.get(c.resultFactId)?.quote ?? '—');
    }
  });

  test('filters by prefecture and metric in the address', async ({ page, pageErrors }) => {
    void pageErrors;
    const check = checks[0] as TargetCheck;
    await page.goto('/targets');
    await page.getByRole('combobox', { name: '指标' }).selectOption(check.metricId);
    await expect(page).toHaveURL(new RegExp(`metric=${check.metricId}`));
    const { met, total } = expectedCount(checks.filter((c) => c.metricId === check.metricId));
    await expect(page.getByTestId('targets-count')).toHaveText(`${total} 项对照中 ${met} 项达到或超过目标`);
    // A filter the data does not know is said, not silently an empty page.
    await page.goto('/targets?metric=no-such-metric');
    await expect(page.getByRole('alert')).toContainText('no-such-metric');
    await expect(page.locator('[data-check-group]')).toHaveCount(expectedCount(checks).total);
  });

  test('reads in English, with status words not colour alone', async ({ page, pageErrors }) => {
    void pageErrors;
    await page.goto('/targets?lang=en&theme=dark');
    const { met, total } = expectedCount(checks);
    await expect(page.getByTestId('targets-count')).toHaveText(`${met} of ${total} checks met or exceeded the target`);
    const notMet = checks.find((c) => c.status === 'not-met');
    if (notMet) await expect(page.locator('[data-status="not-met"]').first()).toContainText('Not met');
  });

  test('a region page shows its checks with both quotes, and its metrics over time', async ({ page, pageErrors }) => {
    void pageErrors;
    const check = checks[0] as TargetCheck;
    await page.goto(`/regions/${check.regionId}`);
    await expect(page).toHaveTitle(new RegExp(`^${regionName(check.regionId)} · `));
    const section = page.getByRole('region', { name: '目标完成情况' });
    await expect(section).toContainText(factById.get(check.targetFactId)?.quote ?? '—');
    await expect(section).toContainText(factById.get(check.resultFactId)?.quote ?? '—');
    const { regionId, metricId } = aSeries();
    await page.goto(`/regions/${regionId}`);
    const overTime = page.getByRole('region', { name: '历年变化' });
    await expect(overTime.getByRole('link', { name: metricName(metricId), exact: true })).toBeVisible();
    await overTime.getByRole('link', { name: `${metricName(metricId)} · 查看趋势`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/compare\\?metric=${metricId}&regions=${regionId}&view=trend`));
    await waitForCharts(page);
  });

  test('a metric page shows its trend and its checks', async ({ page, pageErrors }) => {
    void pageErrors;
    const metricId = checks[0]?.metricId ?? 'gdp';
    await page.goto(`/metrics/${metricId}`);
    await expect(page).toHaveTitle(new RegExp(`^${metricName(metricId)} · 指标 · `));
    const { met, total } = expectedCount(checks.filter((c) => c.metricId === metricId));
    await expect(page.getByRole('region', { name: '各地目标完成情况' })).toContainText(
      `${total} 项对照中 ${met} 项达到或超过目标`,
    );
  });
});

test('a presenter without slides explains how to build a deck', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/present');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('演示还没有幻灯片');
  await expect(page.getByText('无数据')).toHaveCount(0);
  await page.getByRole('link', { name: '去对比页面选一个图表' }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await page.goto('/present?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This deck has no slides yet');
});

test('every page names itself in the tab', async ({ page, pageErrors }) => {
  void pageErrors;
  const report = dataset.reports[0];
  for (const [path, title] of [
    ['/', /^总览 · 县市指标对比看板$/],
    ['/compare?metric=gdp', /^地区生产总值 · .* · 条形图 · 对比 · 县市指标对比看板$/],
    ['/map?metric=gdp', /^地区生产总值分布图 · 地图 · /],
    [`/reports/${report?.id}`, new RegExp(`^${(report?.title ?? '').slice(0, 8)}`)],
    ['/data', /^数据 · /],
    ['/regions/no-such-region', /^没有找到 · /],
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
  }
});
