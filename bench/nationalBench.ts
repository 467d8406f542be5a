// npm run bench:national [-- --regenerate]
// The app at national size: a synthetic dataset of 2,900 regions × 40 metrics × 10 years (about
// 1.1 million facts) written by the pipeline's own writer, served beside the production build;
// compare and map of all regions in Chromium, cold cache. Prints time until the chart has
// finished drawing and the tab's memory beside the budgets. A benchmark reports; it does not fail.
import { execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { datasetEntries, writeDataset } from '../pipeline/io/writeDataset.ts';
import { writeGeo } from '../pipeline/geo/buildGeo.ts';
import { DATA_DIR, generateNationalDataset } from './generateNationalDataset.ts';
import { launch, PROBE } from './webBench.ts';

const PORT = 4182;
const BASE = `http://127.0.0.1:${PORT}`;
const SITE = join(import.meta.dirname, '..', '.bench', 'national-site');
const BUDGET = { chartMs: 1000, tabMb: 500 };

const pages = [
  { name: 'compare, 2,900 regions', path: '/compare?metric=gdp' },
  { name: 'compare, one year', path: '/compare?metric=gdp&period=2022' },
  { name: 'map, all of China', path: '/map?metric=gdp&province=all' },
  { name: 'map, one province', path: '/map?metric=gdp&province=510000' },
  { name: 'region page', path: '/regions/510104' },
];

function generate() {
  const started = performance.now();
  const dataset = generateNationalDataset(DATA_DIR);
  const generated = performance.now();
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  writeDataset(join(SITE, 'data'), datasetEntries(dataset, [], { snapshot: false }));
  const written = performance.now();
  console.log(
    `Generated ${dataset.regions.length.toLocaleString()} regions, ${dataset.metrics.length} metrics, ${dataset.reports.length.toLocaleString()} reports, ` +
      `${dataset.facts.length.toLocaleString()} facts in ${((generated - started) / 1000).toFixed(1)} s; wrote the dataset and its shards in ${((written - generated) / 1000).toFixed(1)} s`,
  );
  return [...new Set(dataset.regions.filter((r) => r.level === 'province').map((r) => r.id))];
}

/** Resident memory of the tab's renderer process: the largest renderer that is not the headless
 *  browser's own UI (a spare renderer waits beside it). */
function rendererRssMb(): number {
  const out = execSync('ps -eo rss=,args=', { encoding: 'utf8' });
  const tabs = out
    .split('\n')
    .filter(
      (l) => l.includes('--type=renderer') && !l.includes('--top-chrome-webui') && !l.includes('--extension-process'),
    )
    .map((l) => Number(l.trim().split(/\s+/)[0] ?? 0) / 1024);
  return Math.max(0, ...tabs);
}

/** One cold load in a browser of its own, so the renderer processes counted are this page's alone. */
async function measure(path: string) {
  const browser = await launch(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  let dataBytes = 0;
  page.on('response', (r) => {
    if (/\/data\//.test(r.url()))
      void r
        .body()
        .then((b) => (dataBytes += gzipSync(b).length))
        .catch(() => undefined);
  });
  await page.goto(`${BASE}${path}`);
  await page.locator('[data-chart-ready="true"]').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  // Navigation start to the chart painted (two frames after ECharts' "finished"), as the page saw it.
  const chartMs = ((await page.evaluate('window.__bench')) as { live: number }).live;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const rss = rendererRssMb();
  await browser.close();
  return { chartMs, heapMb: heap / 1024 / 1024, rssMb: rss, dataKb: dataBytes / 1024 };
}

async function main() {
  const { values } = parseArgs({
    options: { regenerate: { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false } },
  });
  if (!values['no-build'] || !existsSync('dist/index.html'))
    execSync('npm run data -- --quiet && npm run build:app', { stdio: 'inherit' });
  if (values.regenerate || !existsSync(join(SITE, 'data', 'catalog.json'))) {
    const provinces = generate();
    await writeGeo(join(SITE, 'data', 'geo'), provinces, { national: true });
  }
  // The production build with the national dataset in place of the real one.
  for (const entry of readdirSync('dist'))
    if (entry !== 'data') cpSync(join('dist', entry), join(SITE, entry), { recursive: true });

  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', SITE, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  try {
    for (let i = 0; i < 100; i += 1) {
      if (
        await fetch(`${BASE}/data/catalog.json`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    console.log(
      `\nNational benchmark: production build, Chromium, cold cache per page, median of 3, ${new Date().toISOString().slice(0, 10)}\n`,
    );
    console.log(
      [
        'page'.padEnd(24),
        'chart drawn'.padStart(12),
        'budget'.padStart(8),
        'tab RSS'.padStart(9),
        'JS heap'.padStart(9),
        'budget'.padStart(8),
        'data gzip'.padStart(10),
      ].join(' '),
    );
    for (const p of pages) {
      const runs: Awaited<ReturnType<typeof measure>>[] = [];
      for (let i = 0; i < 3; i += 1) runs.push(await measure(p.path));
      const median = (key: (r: (typeof runs)[number]) => number) => runs.map(key).sort((a, b) => a - b)[1] ?? 0;
      const chart = median((r) => r.chartMs);
      const rss = median((r) => r.rssMb);
      const verdict =
        [chart <= BUDGET.chartMs ? '' : 'CHART OVER BUDGET', rss <= BUDGET.tabMb ? '' : 'MEMORY OVER BUDGET']
          .filter(Boolean)
          .join(' ') || 'ok';
      console.log(
        [
          p.name.padEnd(24),
          `${Math.round(chart)} ms`.padStart(12),
          `${BUDGET.chartMs} ms`.padStart(8),
          `${Math.round(rss)} MB`.padStart(9),
          `${Math.round(median((r) => r.heapMb))} MB`.padStart(9),
          `${BUDGET.tabMb} MB`.padStart(8),
          `${Math.round(median((r) => r.dataKb))} KB`.padStart(10),
          verdict,
        ].join(' '),
      );
    }
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

await main();
