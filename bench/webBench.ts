// Measures the production build in Chromium, cold cache, one fresh browser context per page:
// JavaScript and data bytes (gzip, as a server would send them), the time until the page's first
// chart or figures are on screen (a prerendered first paint counts: it is what the reader sees),
// the time until the live chart has drawn (hover, click-through and controls work), Largest
// Contentful Paint, layout shift, and the time of a route change. A benchmark reports; it does not
// fail.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';

export type PageResult = {
  name: string;
  path: string;
  jsGzip: number;
  dataGzip: number;
  firstMs: number | null;
  liveMs: number | null;
  lcpMs: number | null;
  cls: number;
};

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What counts as the page's content on screen: a drawn chart (prerendered or live), or figures
 *  (a figure card's number, a highlighted figure in a report's text). */
const CONTENT = '[data-chart-ready="true"], [data-first-paint-chart] svg, article .tabular, mark.figure';
/** The same, drawn by the dashboard itself rather than shown from the first paint. */
const LIVE = '[data-chart-ready="true"], article .tabular, mark.figure';

// Recorded inside the page: when content first shows, when the live content shows, LCP, CLS.
export const PROBE = `
  window.__bench = { first: null, live: null, lcp: null, cls: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  // A time is taken when the content has been painted, not when it entered the document: the frame
  // after the one that drew it (two animation frames), so every page, the floor included, pays
  // its own style, layout and paint (a page that measures its slot pays that layout earlier).
  const painted = (key) => requestAnimationFrame(() => requestAnimationFrame(() => { if (window.__bench[key] === null) window.__bench[key] = performance.now(); }));
  let seen = { first: false, live: false };
  const check = () => {
    if (!seen.first && document.querySelector(${JSON.stringify(CONTENT)})) { seen.first = true; painted('first'); }
    if (!seen.live && [...document.querySelectorAll(${JSON.stringify(LIVE)})].some((e) => !e.closest('[data-first-paint]'))) { seen.live = true; painted('live'); }
  };
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-chart-ready'], childList: true });
`;

export async function launch(executablePath?: string): Promise<Browser> {
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ARGS });
}

export async function measurePage(browser: Browser, baseUrl: string, name: string, path: string): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  // Sizes are taken after the page has loaded: compressing bodies while it loads would take a core
  // from the page being measured.
  const responses: Response[] = [];
  page.on('response', (response) => void responses.push(response));
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
  await page
    .waitForFunction(
      () => (window as unknown as { __bench: { live: number | null } }).__bench.live !== null,
      undefined,
      { timeout: 30_000 },
    )
    .catch((error: Error) => console.warn(`${name}: live not reached (${error.message.split('\n')[0]})`));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const probe = (await page.evaluate('window.__bench')) as {
    first: number | null;
    live: number | null;
    lcp: number | null;
    cls: number;
  };
  let jsGzip = 0;
  let dataGzip = 0;
  for (const response of responses) {
    const body = await response.body().catch(() => null);
    if (!body) continue;
    const size = gzipSync(body, { level: 9 }).length;
    if (/\.m?js(\?|$)/.test(response.url())) jsGzip += size;
    else if (/\/data\//.test(response.url())) dataGzip += size;
  }
  await context.close();
  return { name, path, jsGzip, dataGzip, firstMs: probe.first, liveMs: probe.live, lcpMs: probe.lcp, cls: probe.cls };
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
    document.addEventListener(
      'click',
      () => ((window as unknown as { __clickAt: number }).__clickAt = performance.now()),
      { capture: true },
    );
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
