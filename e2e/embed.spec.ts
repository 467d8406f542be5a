// Portal editors paste iframes: a host page embeds several views and the resize script.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { comparableRegions, dataset, regionColour } from './dataset.ts';
import { expect, test } from './fixtures.ts';

const BASE = 'http://127.0.0.1:4173';

function hostPage(frames: { src: string; width?: string; height?: number }[], withScript = true): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>host</title>${withScript ? `<script src="${BASE}/embed.js"></script>` : ''}</head>
  <body style="margin:0;font-family:sans-serif">${frames
    .map(
      (f, i) =>
        `<h2>frame ${i}</h2><iframe id="f${i}" src="${BASE}${f.src}" title="frame ${i}" style="width:${f.width ?? '100%'};height:${f.height ?? 150}px;border:0"></iframe>`,
    )
    .join('\n')}</body></html>`;
}

test('embeds resize their iframes on a host page with the script', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.setContent(
    hostPage([
      { src: '/embed/compare?metric=gdp&hideControls=1' },
      { src: '/embed/regions/621124' },
      { src: '/embed/map?metric=gdp&hideControls=1' },
    ]),
  );
  for (const id of ['f0', 'f1', 'f2']) {
    const frame = page.locator(`#${id}`);
    await expect(frame).toHaveAttribute('data-region-scorecard-height', /\d+/, { timeout: 15_000 });
    const inner = page.frameLocator(`#${id}`);
    await expect(inner.locator('main, section').first()).toBeVisible();
  }
  // The iframe ends up as tall as what it shows: nothing cut off, no empty band.
  await expect
    .poll(async () => {
      const outer = await page.locator('#f1').evaluate((el) => el.getBoundingClientRect().height);
      const inner = await page
        .frameLocator('#f1')
        .locator('body')
        .evaluate((b) => b.scrollHeight);
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(2);
  const compareHeight = await page.locator('#f0').evaluate((el) => el.getBoundingClientRect().height);
  expect(compareHeight).toBeGreaterThan(150);
});

test('on a host page, each embed takes its theme, language and minimal options from its own address', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.setContent(
    hostPage([
      { src: '/embed/compare?metric=gdp&theme=dark&lang=en&regions=621124~621121' },
      { src: '/embed/map?metric=gdp&hideTitle=1&hideControls=1&hideFootnote=1' },
      { src: '/embed/metrics/general-budget-revenue?lang=en' },
    ]),
  );
  const dark = page.frameLocator('#f0');
  await expect(dark.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(dark.getByRole('heading', { name: 'Gross regional product' })).toBeVisible();
  await expect(dark.locator('[data-chart-ready="true"]')).toHaveCount(1, { timeout: 15_000 });
  const minimal = page.frameLocator('#f1');
  await expect(minimal.locator('[data-chart-ready="true"]')).toHaveCount(1, { timeout: 15_000 });
  await expect(minimal.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(minimal.getByRole('combobox')).toHaveCount(0);
  await expect(minimal.getByText(/^来源：/)).toHaveCount(0);
  const metric = page.frameLocator('#f2');
  await expect(metric.getByRole('heading', { name: 'General public budget revenue' })).toBeVisible();
  // A metric's embed shows that metric: no metric picker to change it.
  await expect(metric.getByLabel('Metric')).toHaveCount(0);
  for (const id of ['f0', 'f1', 'f2'])
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-region-scorecard-height', /\d+/, { timeout: 15_000 });
});

test('an embed without the script still shows its chart at the snippet height', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.setContent(hostPage([{ src: '/embed/compare?metric=gdp', height: 560 }], false));
  const frame = page.frameLocator('#f0');
  await expect(frame.locator('[data-chart-ready="true"]')).toHaveCount(1, { timeout: 15_000 });
  expect(await page.locator('#f0').evaluate((el) => el.getBoundingClientRect().height)).toBe(560);
});

test('theme and language come from the embed URL', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/embed/compare?metric=gdp&theme=dark&lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { name: 'Gross regional product' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Open in the dashboard/ })).toHaveAttribute(
    'href',
    '/compare?metric=gdp&theme=dark&lang=en',
  );
});

test('minimal embeds drop the title, the controls and the footnote', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/embed/compare?metric=gdp&hideTitle=1&hideControls=1&hideFootnote=1');
  await expect(page.locator('[data-chart-ready="true"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByText(/^来源：/)).toHaveCount(0);
  await expect(page.getByRole('link', { name: /在看板中打开/ })).toBeVisible();
});

test('an embed shows the quote and source on hover', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/embed/compare?metric=gdp&regions=621124&hideControls=1');
  await expect(page.locator('[data-chart-ready="true"]')).toHaveCount(1);
  const fact = dataset.facts.find((f) => f.metricId === 'gdp' && f.regionId === '621124');
  await page
    .locator(`[data-chart-ready] svg path[fill="${regionColour('621124')}"]`)
    .first()
    .hover();
  await expect(page.getByText(fact?.quote ?? '—', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('来源：定西日报 2022-02-07').first()).toBeVisible();
});

test('a pinned embed whose version this site no longer keeps shows the current data and says so', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.goto('/embed/compare?metric=gdp&pin=0000000000000000');
  await expect(page.locator('[data-chart-ready="true"]')).toHaveCount(1);
  await expect(
    page.getByRole('status').filter({ hasText: '此嵌入固定于数据版本 0000000000000000，但本站已不再保存该版本' }),
  ).toBeVisible();
});

test('a pinned embed keeps showing its version’s figures after the data has changed', async ({ page, pageErrors }) => {
  void pageErrors;
  // An earlier version of the dataset, as a server keeps it under data/v/<version>/: the same
  // files with one figure different.
  const live = JSON.parse(readFileSync('dist/data/catalog.json', 'utf8')) as { version: string };
  const earlier = 'aaaaaaaaaaaaaaaa';
  const dir = `dist/data/v/${earlier}`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(`dist/data/v/${live.version}`, dir, { recursive: true });
  writeFileSync(
    `${dir}/catalog.json`,
    readFileSync(`${dir}/catalog.json`, 'utf8').replace(`"version":"${live.version}"`, `"version":"${earlier}"`),
  );
  const shard = `${dir}/shards/metrics/gdp/latest.json`;
  writeFileSync(shard, readFileSync(shard, 'utf8').replace('"value":90.52', '"value":80.01'));
  try {
    await page.goto(`/embed/compare?metric=gdp&regions=621124&view=table&pin=${earlier}`);
    await expect(page.locator('table tbody tr').first()).toContainText('80.01亿元');
    await expect(page.getByRole('status')).toContainText(
      `此嵌入显示固定的数据版本 ${earlier}；当前数据版本为 ${live.version}`,
    );
    await page.goto('/embed/compare?metric=gdp&regions=621124&view=table');
    await expect(page.locator('table tbody tr').first()).toContainText('90.52亿元');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the Content Security Policy is active: an injected inline script is refused', async ({ page, pageErrors }) => {
  await page.goto('/embed/compare?metric=gdp');
  const violated = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true';
        document.body.append(s);
      }),
  );
  expect(await violated).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  // The refusal is reported on the console by the browser; that one message is expected here.
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !e.includes('Content Security Policy')));
});

for (const width of [320, 640, 1200]) {
  test(`embed at ${width} px fits without horizontal scrolling`, async ({ page, pageErrors }) => {
    void pageErrors;
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/embed/compare?metric=gdp&hideControls=1');
    await expect(page.locator('[data-chart-ready="true"]')).toHaveCount(1);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await page.screenshot({ path: `e2e/screenshots/embed-compare-${width}.png`, fullPage: true });
    await page.goto('/embed/regions/621124');
    await expect(page.getByRole('heading', { name: '临洮县' })).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await page.screenshot({ path: `e2e/screenshots/embed-region-${width}.png`, fullPage: true });
  });
}

test('a default comparison embed paints from its prerendered SVG without loading the dashboard', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/embed/compare?metric=gdp&hideControls=1');
  await expect(page.locator('[data-chart-ready="true"] svg')).toBeVisible();
  await expect(page.getByRole('heading', { name: '地区生产总值' })).toBeVisible();
  const { period, regionIds } = comparableRegions('gdp');
  const shown = dataset.facts.find(
    (f) => f.metricId === 'gdp' && f.period === period && f.regionId === regionIds[0] && f.kind !== 'target',
  );
  const report = dataset.reports.find((r) => r.id === shown?.reportId);
  await expect(page.getByText(/^来源：/)).toContainText(`${report?.publisher} ${report?.date}`.trim());
  expect(scripts.some((s) => /boot-/.test(s))).toBe(false);
  // Hover a bar: its quote and source, as in the full view.
  await page
    .locator(`[data-chart-ready] svg path[fill="${regionColour(regionIds[0] ?? '')}"]`)
    .first()
    .hover();
  await expect(page.getByRole('tooltip')).toContainText(shown?.quote ?? '—');
});

test('the embed dialog gives the snippet for the current view, a live preview and a pin', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.goto('/compare?metric=retail-sales');
  await page.getByRole('button', { name: '嵌入' }).click();
  const dialog = page.getByRole('dialog', { name: '嵌入' });
  const snippet = dialog.getByLabel('嵌入代码（iframe）');
  await expect(snippet).toHaveValue(
    /<iframe src="http:\/\/127\.0\.0\.1:4173\/embed\/compare\?metric=retail-sales&amp;hideControls=1" title="社会消费品零售总额"/,
  );
  await expect(dialog.getByLabel(/自动调整高度的脚本/)).toHaveValue(
    '<script src="http://127.0.0.1:4173/embed.js" defer></script>',
  );
  await expect(dialog.frameLocator('iframe').getByRole('heading', { name: '社会消费品零售总额' })).toBeVisible();
  await dialog.getByLabel(/固定于当前数据版本/).check();
  await expect(snippet).toHaveValue(/&amp;pin=[0-9a-f]{16}"/);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
});
