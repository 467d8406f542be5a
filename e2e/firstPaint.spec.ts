// Prerendered first paints: a page's default view is on screen before the dashboard's code has run,
// and it is the same picture the dashboard then draws (same regions, values, order and colours),
// in Chinese and English, light and dark. Addresses the prerender cannot serve fall through to the
// dashboard. The dashboard's code is held back by intercepting its boot chunk.
import type { Locator, Page, Route } from '@playwright/test';
import { dataset } from './dataset.ts';
import { expect, test } from './fixtures.ts';

/** Holds the dashboard's boot chunk until release() is called. */
async function holdDashboard(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let released = false;
  await page.route('**/assets/boot-*.js', (route) => (released ? route.continue() : void held.push(route)));
  return async () => {
    released = true;
    await Promise.all(held.map((r) => r.continue()));
  };
}

type Picture = { label: string | null; texts: string[]; fills: string[] };

/** What a chart shows: its accessible name, its texts in drawing order, and the colours it fills with. */
async function picture(chart: Locator): Promise<Picture> {
  const label = await chart.getAttribute('aria-label');
  const drawn = await chart
    .locator('svg')
    .first()
    .evaluate((svg) => ({
      texts: [...svg.querySelectorAll('text')].map((t) => t.textContent?.trim() ?? '').filter(Boolean),
      fills: [
        ...new Set(
          [...svg.querySelectorAll('path, rect, use')]
            .map((p) => p.getAttribute('fill') ?? 'none')
            .filter((f) => f !== 'none' && !f.startsWith('url(') && !f.startsWith('rgba(0,0,0,0)')),
        ),
      ].sort(),
    }));
  return { label, ...drawn };
}

const firstPaint = (page: Page) => page.locator('[data-first-paint]');

/** Every word of the page in order, and each picker as the reader sees it: its chosen option and its
 *  box. A first paint's picker holds only the chosen option and the widest few (pictureOptions), so
 *  the options themselves are not compared; the box they set is. */
async function readPage(page: Page, root: Locator) {
  // Sections below the first paint's fold are laid out only when in view (index.css), and text not
  // laid out is not in innerText: lay them out to read the whole page; leave pickers out of the text.
  const reading = await page.addStyleTag({
    content:
      '[data-first-paint] section { content-visibility: visible !important; } select { display: none !important; }',
  });
  let text: string;
  try {
    text = await root.innerText();
  } finally {
    await reading.evaluate((style) => (style as Element).remove());
  }
  const pickers = await root.locator('select').evaluateAll((selects) =>
    (selects as HTMLSelectElement[]).map((s) => {
      const box = s.getBoundingClientRect();
      return {
        chosen: s.selectedOptions[0]?.textContent ?? null,
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
      };
    }),
  );
  return { text, pickers };
}

/** Reaches for a chart (the pointer over it) until ECharts has drawn it, then leaves it alone. */
async function drawLive(page: Page, chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  await chart.hover({ position: { x: 2, y: 2 } });
  await expect(chart).toHaveAttribute('data-chart-live', 'true', { timeout: 15_000 });
  await page.mouse.move(0, 0);
}

/** Opens an address with the dashboard held back, reads the first paint, lets the dashboard take
 *  over and reads what it drew. */
async function firstPaintThenApp(page: Page, address: string) {
  const release = await holdDashboard(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(address);
  await expect(firstPaint(page)).toHaveCount(1);
  const prerendered = page.locator('[data-first-paint-chart]');
  const before = {
    charts: await Promise.all((await prerendered.all()).map(picture)),
    title: await page.locator('h1').first().textContent(),
    theme: await page.evaluate(() => document.documentElement.dataset.theme),
    ...(await readPage(page, firstPaint(page))),
  };
  // Inert until the dashboard takes over: nothing in it is offered to assistive technology.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await release();
  await expect(firstPaint(page)).toHaveCount(0);
  await expect(page.locator('[data-chart-ready="true"]')).toHaveCount(before.charts.length, { timeout: 15_000 });
  // Every chart of the page, whether or not it is redrawing: nth(i) stays the same chart.
  const live = page.locator('#root [data-chart-live]');
  const after = {
    title: await page.getByRole('heading', { level: 1 }).first().textContent(),
    ...(await readPage(page, page.locator('#root'))),
  };
  return { before, after, requests, live };
}

const region = dataset.regions.find((r) => r.id === '621124') ?? dataset.regions[0]!;

const cases = [
  { address: '/compare?metric=gdp', lang: 'zh', theme: 'light' },
  { address: '/compare?metric=gdp&lang=en', lang: 'en', theme: 'light' },
  { address: '/compare?metric=gdp&theme=dark', lang: 'zh', theme: 'dark' },
  { address: '/compare?metric=gdp&lang=en&theme=dark', lang: 'en', theme: 'dark' },
  { address: '/map?metric=gdp', lang: 'zh', theme: 'light' },
  { address: '/map?metric=gdp&lang=en&theme=dark', lang: 'en', theme: 'dark' },
  { address: `/regions/${region.id}`, lang: 'zh', theme: 'light' },
  { address: `/regions/${region.id}?lang=en&theme=dark`, lang: 'en', theme: 'dark' },
  { address: '/metrics/gdp?theme=dark', lang: 'zh', theme: 'dark' },
  { address: '/?lang=en', lang: 'en', theme: 'light', figuresOnly: true },
  { address: '/embed/map?metric=gdp&hideControls=1', lang: 'zh', theme: 'light' },
  { address: '/embed/metrics/gdp?hideControls=1&lang=en', lang: 'en', theme: 'light' },
] as const;

test.describe('prerendered first paints', () => {
  for (const c of cases) {
    test(`${c.address}: the first paint is the page the dashboard then draws`, async ({ page, pageErrors }) => {
      void pageErrors;
      const { before, after, live } = await firstPaintThenApp(page, c.address);
      expect(before.theme).toBe(c.theme);
      expect(before.title).toBe(after.title);
      // Every word and figure of the page, in order: the same page, not a look-alike.
      expect(before.text).toBe(after.text);
      // The same pickers, showing the same choice, in boxes of the same place and size.
      expect(before.pickers).toEqual(after.pickers);
      if (!('figuresOnly' in c)) expect(before.charts.length, 'the default view has a chart').toBeGreaterThan(0);
      // The dashboard keeps each drawing as its chart until the reader reaches for it; then ECharts
      // draws the same chart: its name, its region names and values in the order drawn, and its
      // colours (a map's stand for its values).
      for (const [i, drawn] of before.charts.entries()) {
        await expect(picture(live.nth(i))).resolves.toEqual(drawn);
        await drawLive(page, live.nth(i));
        await expect.poll(() => picture(live.nth(i)), { timeout: 5_000 }).toEqual(drawn);
      }
      // The view's own words are in the page's language.
      if (c.lang === 'en') expect(before.title).not.toMatch(/[\u4e00-\u9fff]{4}/);
    });
  }

  test('a region page paints its name and figures before the dashboard runs', async ({ page, pageErrors }) => {
    void pageErrors;
    const release = await holdDashboard(page);
    await page.goto(`/regions/${region.id}`);
    await expect(firstPaint(page).locator('h1')).toHaveText(new RegExp(region.name));
    await expect(firstPaint(page).locator('article .tabular').first()).toBeVisible();
    await release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(region.name));
  });

  test('the layout does not move when the dashboard takes over', async ({ page, pageErrors }) => {
    void pageErrors;
    const release = await holdDashboard(page);
    await page.goto('/compare?metric=gdp');
    const box = async (selector: string) => page.locator(selector).first().boundingBox();
    await expect(page.locator('[data-first-paint-chart] svg')).toHaveCount(1);
    const before = await box('[data-first-paint-chart]');
    await release();
    await expect(page.locator('[data-chart-ready="true"]')).toHaveCount(1, { timeout: 15_000 });
    expect(await box('[data-chart-ready="true"]')).toEqual(before);
    await drawLive(page, page.locator('[data-chart-ready="true"]'));
    expect(await box('[data-chart-ready="true"]')).toEqual(before);
  });

  test('the drawing is the chart until the reader reaches for it: quotes on hover, the sentence on click, ECharts only then', async ({
    page,
    pageErrors,
  }) => {
    void pageErrors;
    const charts: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/(echarts|LiveChart)-/.test(new URL(r.url()).pathname)) charts.push(r.url());
    });
    await page.goto('/compare?metric=gdp');
    const chart = page.locator('[data-chart-ready="true"]');
    await expect(chart).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(charts, 'no chart library before the reader reaches for the chart').toEqual([]);
    await expect(chart).toHaveAttribute('data-chart-live', 'false');
    await page.route(/\/assets\/(echarts|LiveChart)-.*\.js$/, () => undefined); // held: the drawing must answer alone
    // The drawing's bars carry ECharts' marks of which figure each stands for.
    const top = chart.locator('svg path[ecmeta_series_index="0"][ecmeta_data_index]').last();
    await top.hover();
    const tip = chart.locator('[role="tooltip"]');
    await expect(tip).toContainText('「');
    const said = await tip.innerText();
    const fact = dataset.facts.find((f) => f.metricId === 'gdp' && said.includes(`「${f.quote}」`));
    expect(fact, `a gdp figure quoted in: ${said}`).toBeDefined();
    expect(said.split('\n')[0]).toBe(dataset.regions.find((r) => r.id === fact?.regionId)?.name);
    await top.click();
    await expect(page).toHaveURL(new RegExp(`/reports/${fact?.reportId}.*#`));
    expect(charts.length, 'reaching for the chart starts loading ECharts').toBeGreaterThan(0);
  });
});

test('every bar of the drawing holds its tooltip steadily, an estimate’s hatched bar too', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp');
  const chart = page.locator('#root [data-chart-live]');
  await expect(chart).toHaveAttribute('data-chart-ready', 'true');
  await page.route(/\/assets\/(echarts|LiveChart)-.*\.js$/, () => undefined); // held: the drawing answers alone
  const bars = chart.locator('svg path[ecmeta_series_index="0"][ecmeta_data_index]');
  const count = await bars.count();
  expect(count).toBeGreaterThan(1);
  const hatched = await chart.locator('svg path[fill^="url("]').count();
  expect(hatched, 'the default comparison has an estimate, drawn hatched').toBeGreaterThan(0);
  const tip = chart.locator('[role="tooltip"]');
  for (let i = 0; i < count; i += 1) {
    const bar = await bars.nth(i).boundingBox();
    // Near the bar's end, where an estimate's hatching lies over it.
    await page.mouse.move(bar!.x + Math.max(bar!.width - 4, 1), bar!.y + bar!.height / 2);
    await expect(tip).toContainText('「');
    // Read at once, several times: a tooltip that flickers is absent in most of these.
    for (let look = 0; look < 5; look += 1) {
      expect(await tip.isVisible(), `bar ${i}, look ${look}`).toBe(true);
      await page.waitForTimeout(60);
    }
  }
});

test('another view asked for before ECharts has loaded shows no stale drawing, then the new chart', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/LiveChart-.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/compare?metric=gdp');
  const chart = page.locator('#root [data-chart-live]');
  await expect(chart).toHaveAttribute('data-chart-ready', 'true');
  await expect(chart.locator('svg')).toHaveCount(1);
  const other = dataset.metrics.find((m) => m.id === 'gdp-per-capita')!;
  await page.getByLabel('指标').selectOption(other.id);
  await expect(page).toHaveURL(/metric=gdp-per-capita/);
  // The drawing of 地区生产总值 is gone at once: the slot keeps its place, empty, until ECharts draws.
  await expect(chart.locator('svg')).toHaveCount(0);
  await expect(chart).toHaveAttribute('data-chart-ready', 'false');
  release();
  await expect(chart).toHaveAttribute('data-chart-ready', 'true', { timeout: 15_000 });
  await expect(chart).toHaveAttribute('aria-label', new RegExp(other.name));
  await expect(chart.locator('svg text', { hasText: /万元|元/ }).first()).toBeVisible();
});

test.describe('addresses without a first paint', () => {
  test('a chosen period or region subset waits for the dashboard, which draws it', async ({ page, pageErrors }) => {
    void pageErrors;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const ids = dataset.facts
      .filter((f) => f.metricId === 'gdp')
      .map((f) => f.regionId)
      .slice(0, 2);
    await page.goto(`/compare?metric=gdp&regions=${ids.join(',')}`);
    await expect(page.locator('[data-chart-ready="true"]')).toHaveCount(1, { timeout: 15_000 });
    expect(requests.filter((p) => p.includes('/first-paint/'))).toEqual([]);
  });

  test('an unknown region asks for a first paint, finds none, and the dashboard says what was not found', async ({
    page,
    pageErrors,
  }) => {
    void pageErrors;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/regions/no-such-region');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main')).toContainText('no-such-region');
    expect(requests.some((p) => p.includes('/first-paint/regions/no-such-region/'))).toBe(true);
    await expect(firstPaint(page)).toHaveCount(0);
  });

  test('an unknown metric falls through to the dashboard’s helpful page', async ({ page, pageErrors }) => {
    void pageErrors;
    await page.goto('/compare?metric=no-such-metric');
    await expect(page.locator('main')).toContainText('no-such-metric');
    await expect(firstPaint(page)).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the map paints from the phone’s file, at the phone’s height, as the dashboard then draws it', async ({
    page,
    pageErrors,
  }) => {
    void pageErrors;
    const { before, after, requests, live } = await firstPaintThenApp(page, '/map?metric=gdp');
    expect(requests.filter((p) => p.includes('/first-paint/'))).toEqual([
      '/data/first-paint/map/gdp/zh-light-phone.html',
    ]);
    expect(before.text).toBe(after.text);
    expect(before.pickers).toEqual(after.pickers);
    expect(before.charts).toHaveLength(1);
    await expect(picture(live.first())).resolves.toEqual(before.charts[0]);
    await drawLive(page, live.first());
    await expect.poll(() => picture(live.first()), { timeout: 5_000 }).toEqual(before.charts[0]);
  });

  test('the map keeps its place and size when the dashboard takes over', async ({ page, pageErrors }) => {
    void pageErrors;
    const release = await holdDashboard(page);
    await page.goto('/map?metric=gdp');
    await expect(page.locator('[data-first-paint-chart] svg')).toHaveCount(1);
    const before = await page.locator('[data-first-paint-chart]').boundingBox();
    await release();
    await expect(page.locator('[data-chart-ready="true"]')).toHaveCount(1, { timeout: 15_000 });
    expect(await page.locator('[data-chart-ready="true"]').boundingBox()).toEqual(before);
  });
});
