import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('request', (r) => { if (r.url().includes('/assets/')) console.log('REQ', new URL(r.url()).pathname, Date.now() % 100000); });
page.on('console', (m) => console.log('CONSOLE', m.text()));
await page.goto('http://127.0.0.1:4173' + (process.argv[2] ?? '/compare?metric=gdp'));
await page.waitForTimeout(3000);
console.log(await page.evaluate(() => [...document.querySelectorAll('[role=img]')].map((e) => `${e.getAttribute('aria-label')?.slice(0,30)} ready=${e.dataset.chartReady} live=${e.dataset.chartLive} w=${e.getBoundingClientRect().width}`)));
await browser.close();
