// Measures the production build in Chromium, cold cache, one fresh browser context per page:
// JavaScript and data bytes (gzip, as a server would send them), time until the first chart has
// finished drawing, Largest Contentful Paint, and the time of a route change. Prints each figure
// beside its budget. A benchmark reports; it does not fail.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';

export type PageResult = { name: string; path: string; jsGzip: number; dataGzip: number; firstChartMs: number | null; lcpMs: number | null };

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Recorded inside the page: when the first chart reports "finished", and the LCP entries.
export const PROBE = `
  window.__bench = { firstChart: null, lcp: null };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver(() => {
    if (window.__bench.firstChart === null && document.querySelector('[data-chart-ready="true"]')) window.__bench.firstChart = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-chart-ready'], childList: true });
`;

export async function launch(executablePath?: string): Promise<Browser> {
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ARGS });
}

export async function measurePage(browser: Browser, baseUrl: string, name: string, path: string, expectChart: boolean): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  let jsGzip = 0;
  let dataGzip = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    pending.push(
      response
        .body()
        .then((body) => {
          const size = gzipSync(body, { level: 9 }).length;
          if (/\.m?js(\?|$)/.test(url)) jsGzip += size;
          else if (/\/data\/.*\.json(\?|$)/.test(url)) dataGzip += size;
        })
        .catch(() => undefined),
    );
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  if (expectChart) await page.locator('[data-chart-ready="true"]').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const probe = (await page.evaluate('window.__bench')) as { firstChart: number | null; lcp: number | null };
  await Promise.all(pending);
  await context.close();
  return { name, path, jsGzip, dataGzip, firstChartMs: expectChart ? probe.firstChart : null, lcpMs: probe.lcp };
}

/** Time from a click on a navigation link until the next page's heading is on screen, measured in
 *  the page (click event to the first animation frame showing the heading), so the test driver's
 *  own round trips are not counted. */
export async function measureRouteChange(browser: Browser, baseUrl: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page: Page = await context.newPage();
  await page.goto(`${baseUrl}/compare?metric=gdp`);
  await page.locator('[data-chart-ready="true"]').first().waitFor();
  await page.evaluate(() => {
    document.addEventListener('click', () => ((window as unknown as { __clickAt: number }).__clickAt = performance.now()), { capture: true });
  });
  const times: number[] = [];
  // Warm: every route's code has been fetched once, as after the first visit.
  for (const [link, heading] of [
    ['数据', '覆盖情况'],
    ['总览', '主要指标'],
    ['对比', '地区生产总值'],
    ['数据', '覆盖情况'],
    ['总览', '主要指标'],
    ['对比', '地区生产总值'],
  ] as const) {
    const shown = page.waitForFunction(
      (text) => {
        const found = [...document.querySelectorAll('h1, h2, h3')].some((h) => h.textContent?.trim() === text);
        return found ? performance.now() - (window as unknown as { __clickAt: number }).__clickAt : false;
      },
      heading,
      { polling: 'raf' },
    );
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: link, exact: true }).click();
    times.push(Number(await (await shown).jsonValue()));
  }
  await context.close();
  return times.slice(3);
}
