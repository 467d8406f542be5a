// npm run bench: builds the dataset and the app, serves the production build on loopback, and
// prints the web figures beside their budgets (see docs/PERFORMANCE.md).
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { launch, measurePage, measureRouteChange } from './webBench.ts';

const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;
const KB = 1024;
const budgets = { embedJs: 150 * KB, overviewJs: 280 * KB, firstChartMs: 800, routeChangeMs: 100 };

const pages = [
  { name: 'overview /', path: '/', chart: false, jsBudget: budgets.overviewJs },
  { name: 'compare', path: '/compare?metric=gdp', chart: true, jsBudget: null },
  { name: 'map', path: '/map?metric=gdp', chart: true, jsBudget: null },
  { name: 'region page', path: '/regions/621124', chart: true, jsBudget: null },
  { name: 'embed compare', path: '/embed/compare?metric=gdp&hideControls=1', chart: true, jsBudget: budgets.embedJs },
];

async function waitForServer(url: string, ms = 20_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const ms = (n: number | null) => (n === null ? '—' : `${Math.round(n)} ms`);
const verdict = (value: number | null, budget: number | null) => (value === null || budget === null ? '' : value <= budget ? 'ok' : 'OVER BUDGET');

async function main() {
  if (!process.argv.includes('--no-build')) {
    execSync('npm run data -- --quiet && npm run build:app', { stdio: 'inherit' });
  }
  // Its own process group, so stopping it also stops the server npx starts.
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  try {
    await waitForServer(BASE);
    const browser = await launch(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    console.log(`\nWeb benchmark: production build, Chromium, cold cache per page, ${new Date().toISOString().slice(0, 10)}\n`);
    console.log(['page'.padEnd(16), 'JS gzip'.padStart(10), 'budget'.padStart(10), 'data gzip'.padStart(10), 'first chart'.padStart(12), 'budget'.padStart(8), 'LCP'.padStart(8), ''].join(' '));
    for (const p of pages) {
      // Median of three cold loads: one machine, other processes; the median is the honest figure.
      const runs = [];
      for (let i = 0; i < 3; i += 1) runs.push(await measurePage(browser, BASE, p.name, p.path, p.chart));
      const median = <T,>(xs: T[], key: (x: T) => number | null) => {
        const v = xs.map(key).filter((x): x is number => x !== null).sort((a, b) => a - b);
        return v.length ? (v[Math.floor(v.length / 2)] ?? null) : null;
      };
      const js = median(runs, (r) => r.jsGzip) ?? 0;
      const data = median(runs, (r) => r.dataGzip) ?? 0;
      const chart = median(runs, (r) => r.firstChartMs);
      const lcp = median(runs, (r) => r.lcpMs);
      console.log(
        [p.name.padEnd(16), kb(js).padStart(10), (p.jsBudget ? kb(p.jsBudget) : '—').padStart(10), kb(data).padStart(10), ms(chart).padStart(12), (p.chart ? `${budgets.firstChartMs} ms` : '—').padStart(8), ms(lcp).padStart(8), [verdict(js, p.jsBudget), p.chart ? verdict(chart, budgets.firstChartMs) : ''].filter(Boolean).join(' ')].join(' '),
      );
    }
    const routes = await measureRouteChange(browser, BASE);
    const worst = Math.max(...routes);
    console.log(`\nroute change (warm, 3 clicks): ${routes.map((r) => ms(r)).join(', ')}; worst ${ms(worst)}; budget ${budgets.routeChangeMs} ms ${verdict(worst, budgets.routeChangeMs)}`);
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

await main();
