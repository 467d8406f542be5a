import { chromium } from '@playwright/test';
import { PROBE } from './bench/webBench.ts';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const path of ['/map?metric=gdp', '/embed/map?metric=gdp&hideControls=1', '/compare?metric=gdp']) {
  for (let i = 0; i < 4; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.addInitScript(PROBE);
    await page.goto('http://127.0.0.1:4173' + path, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const r = await page.evaluate(() => {
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const fp = res.find((e) => e.name.includes('first-paint'));
      const main = res.find((e) => /assets\/index-.*\.js/.test(e.name));
      const css = res.find((e) => /\.css/.test(e.name));
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { html: Math.round(nav.responseEnd), css: Math.round(css?.responseEnd ?? 0), main: [Math.round(main?.startTime ?? 0), Math.round(main?.responseEnd ?? 0)], fp: [Math.round(fp?.startTime ?? 0), Math.round(fp?.responseEnd ?? 0)], first: Math.round((window as any).__bench.first) };
    });
    console.log(path.padEnd(40), JSON.stringify(r));
    await ctx.close();
  }
}
await browser.close();
