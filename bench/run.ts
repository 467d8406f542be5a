// npm run bench: builds the dataset and the app, serves the production build on loopback, and
// prints each page and embed kind beside the prerendered bar embed, measured in the same run: the
// ratio is the budget, since machines differ (see docs/PERFORMANCE.md).
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { launch, measurePage, measureRouteChange, type PageResult } from './webBench.ts';

const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;
const KB = 1024;
const RUNS = 5;
const budgets = { ratio: 1.5, liteJs: 150 * KB, compareJs: 250 * KB, routeChangeMs: 100 };

function reportId(): string {
  const reports = JSON.parse(readFileSync('public/data/reports.json', 'utf8')) as {
    id: string;
    subjectRegionId?: string;
  }[];
  // A county's report: the kind of page officials open most.
  return (reports.find((r) => r.subjectRegionId === '621124') ?? reports[0])!.id;
}

/** The baseline first, then every page and every embed kind the embed dialog offers. */
function pages(): { name: string; path: string; jsBudget: number | null }[] {
  return [
    { name: 'embed bar (floor)', path: '/embed/compare?metric=gdp&hideControls=1', jsBudget: budgets.liteJs },
    { name: 'overview /', path: '/', jsBudget: null },
    { name: 'compare', path: '/compare?metric=gdp', jsBudget: budgets.compareJs },
    { name: 'map', path: '/map?metric=gdp', jsBudget: null },
    { name: 'region page', path: '/regions/621124', jsBudget: null },
    { name: 'metric page', path: '/metrics/gdp', jsBudget: null },
    { name: 'report page', path: `/reports/${reportId()}`, jsBudget: null },
    { name: 'embed trend', path: '/embed/compare?metric=gdp&view=trend&hideControls=1', jsBudget: budgets.liteJs },
    { name: 'embed map', path: '/embed/map?metric=gdp&hideControls=1', jsBudget: null },
    { name: 'embed region', path: '/embed/regions/621124?hideControls=1', jsBudget: null },
    { name: 'embed metric', path: '/embed/metrics/gdp?hideControls=1', jsBudget: null },
  ];
}

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
const median = (runs: PageResult[], key: (r: PageResult) => number | null): number | null => {
  const v = runs
    .map(key)
    .filter((x): x is number => x !== null)
    .sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  // An even count (the floor's ten loads): the mean of the middle two.
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
};

async function main() {
  if (!process.argv.includes('--no-build'))
    execSync('npm run data -- --quiet && npm run build:app', { stdio: 'inherit' });
  // Its own process group, so stopping it also stops the server npx starts.
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer(BASE);
    const browser = await launch(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const cpu = cpus();
    console.log(
      `\nWeb benchmark: production build, Chromium, cold cache per page, median of ${RUNS} rounds (every page once per round, the floor twice), ${new Date().toISOString().slice(0, 10)}`,
    );
    console.log(
      `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB`,
    );
    console.log(
      `first = first chart or figures painted (a prerendered first paint counts); live = the dashboard has taken over (hover, click-through, controls)`,
    );
    console.log(`budget: first within ${budgets.ratio}× the bar embed's, measured in this run\n`);
    console.log(
      [
        'page'.padEnd(18),
        'JS gzip'.padStart(9),
        'budget'.padStart(9),
        'data gzip'.padStart(10),
        'first'.padStart(8),
        'ratio'.padStart(6),
        'live'.padStart(8),
        'LCP'.padStart(8),
        'CLS'.padStart(6),
        '',
      ].join(' '),
    );
    // `npm run bench:web -- map`: the floor and the pages whose name contains "map".
    const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
    const measured = pages().filter((page, i) => i === 0 || !only || page.name.includes(only));
    // Cold loads in rounds, every page once per round, the floor included: the floor's samples are
    // spread over the whole run as the pages' are, so a slow minute of the machine (other processes,
    // a CPU's clock) weighs on both sides of a ratio. The median is the honest figure.
    // One load first, not counted, so no page pays for the server's and browser's first files.
    await measurePage(browser, BASE, 'warm-up', measured[0]!.path);
    // The floor is every ratio's denominator, so its noise enters every ratio: it is loaded twice a
    // round, first and halfway through, and its median taken over both.
    const [floorPage, ...rest] = measured;
    const half = Math.ceil(rest.length / 2);
    const round = [floorPage!, ...rest.slice(0, half), floorPage!, ...rest.slice(half)];
    const runs = new Map<string, PageResult[]>(measured.map((p) => [p.name, []]));
    for (let i = 0; i < RUNS; i += 1)
      for (const p of round) runs.get(p.name)!.push(await measurePage(browser, BASE, p.name, p.path));
    let floor: number | null = null;
    for (const p of measured) {
      const results = runs.get(p.name)!;
      const js = median(results, (r) => r.jsGzip) ?? 0;
      const first = median(results, (r) => r.firstMs);
      floor ??= first;
      const ratio = first !== null && floor ? first / floor : null;
      const verdicts = [
        p.jsBudget !== null && js > p.jsBudget ? 'JS OVER BUDGET' : '',
        ratio === null ? 'NO CONTENT' : ratio > budgets.ratio ? 'OVER BUDGET' : 'ok',
      ]
        .filter(Boolean)
        .join(' ');
      console.log(
        [
          p.name.padEnd(18),
          kb(js).padStart(9),
          (p.jsBudget ? kb(p.jsBudget) : '—').padStart(9),
          kb(median(results, (r) => r.dataGzip) ?? 0).padStart(10),
          ms(first).padStart(8),
          (ratio === null ? '—' : `${ratio.toFixed(2)}×`).padStart(6),
          ms(median(results, (r) => r.liveMs)).padStart(8),
          ms(median(results, (r) => r.lcpMs)).padStart(8),
          (median(results, (r) => r.cls) ?? 0).toFixed(3).padStart(6),
          verdicts,
        ].join(' '),
      );
    }
    const routes = await measureRouteChange(browser, BASE);
    const worst = Math.max(...routes);
    console.log(
      `\nroute change (warm, 3 clicks): ${routes.map((r) => ms(r)).join(', ')}; worst ${ms(worst)}; budget ${budgets.routeChangeMs} ms ${worst <= budgets.routeChangeMs ? 'ok' : 'OVER BUDGET'}`,
    );
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

await main();
