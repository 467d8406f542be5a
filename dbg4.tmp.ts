import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const f of ['compare/gdp/zh-light.html', 'map/gdp/zh-light.html']) {
  for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.route('**/assets/index-*.js', (r) => r.fulfill({ body: '', contentType: 'text/javascript' }));
    await page.goto('http://127.0.0.1:4173/data');
    const html = await page.evaluate(async (f) => (await fetch('/data/first-paint/' + f)).text(), f);
    const t = await page.evaluate((html) => {
      const root = document.getElementById('root')!;
      const t0 = performance.now();
      root.innerHTML = html;
      const t1 = performance.now();
      const slot = root.querySelector('[data-first-paint-chart] > div') as HTMLElement;
      const w = slot.clientWidth;
      const t2 = performance.now();
      const tpl = [...slot.querySelectorAll('template')].pop()!;
      slot.replaceChildren(tpl.content.cloneNode(true));
      const t3 = performance.now();
      void document.body.offsetHeight;
      const t4 = performance.now();
      return { parse: Math.round(t1 - t0), layout: Math.round(t2 - t1), clone: Math.round(t3 - t2), relayout: Math.round(t4 - t3), w };
    }, html);
    console.log(f, JSON.stringify(t));
    await ctx.close();
  }
}
await browser.close();
