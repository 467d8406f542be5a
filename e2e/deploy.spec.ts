// The deployment notes' nginx configuration (deploy/nginx.conf), served for real: portals may frame
// the embeds and nothing else, a missing data file is a 404, and the resize script may be loaded
// from anywhere. Runs where nginx is installed (.ci/run installs it).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const NGINX = '/usr/sbin/nginx';
const PORT = 4196;
const BASE = `http://127.0.0.1:${PORT}`;
const PORTAL_PORT = 4197;
let server: ChildProcess | undefined;
let portal: Server | undefined;

test.skip(!existsSync(NGINX), 'nginx is not installed');
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-nginx-'));
  const site = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/listen \d+;/, `listen 127.0.0.1:${PORT};`)
    .replace(/root [^;]+;/, `root ${resolve('dist')};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log; events { worker_connections 64; }
     http { include /etc/nginx/mime.types; access_log off; ${temp} ${site} }`,
  );
  portal = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><meta charset="utf-8"><title>portal</title>
      <iframe id="embed" src="${BASE}/embed/compare?metric=gdp" style="width:900px;height:600px"></iframe>
      <iframe id="site" src="${BASE}/compare?metric=gdp" style="width:900px;height:600px"></iframe>`);
  }).listen(PORTAL_PORT, '127.0.0.1');
  server = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  await expect
    .poll(
      () =>
        fetch(`${BASE}/data/catalog.json`)
          .then((r) => r.status)
          .catch(() => 0),
      { timeout: 10_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
  portal?.close();
});

test('embed pages may be framed by a portal; the dashboard itself may not', async ({ page }) => {
  const embed = await fetch(`${BASE}/embed/compare?metric=gdp`);
  expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
  const site = await fetch(`${BASE}/compare?metric=gdp`);
  expect(site.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");

  // A portal: a page of another origin (another port), served for real, so the browser treats it
  // as a site on this network.
  await page.goto(`http://127.0.0.1:${PORTAL_PORT}/news.html`);
  await expect(page.frameLocator('#embed').locator('[data-chart-ready="true"]')).toHaveCount(1, { timeout: 15_000 });
  // The browser refuses the dashboard's frame: it shows its error page instead.
  await expect.poll(() => page.frames().filter((f) => f.url().startsWith('chrome-error:')).length).toBe(1);
  expect(await page.frameLocator('#site').locator('main').count()).toBe(0);
});

test('a page without a first paint is no error (204); first paints are sent compressed', async ({ page }) => {
  // (The region's own shard is a 404, which the page reads as "no such region".)
  const firstPaints: number[] = [];
  page.on('response', (r) => void (r.url().includes('/first-paint/') && firstPaints.push(r.status())));
  await page.goto(`${BASE}/regions/no-such-region`);
  await expect(page.locator('main')).toContainText('no-such-region');
  expect(firstPaints).toEqual([204]);
  expect((await fetch(`${BASE}/data/first-paint/regions/no-such-region/zh-light.html`)).status).toBe(204);
  const painted = await fetch(`${BASE}/data/first-paint/compare/gdp/zh-light.html`, {
    headers: { 'accept-encoding': 'gzip' },
  });
  expect(painted.status).toBe(200);
  expect(painted.headers.get('content-encoding')).toBe('gzip');
});

test('a missing data file is a 404, the resize script is loadable from any origin, headers hold everywhere', async () => {
  const missing = await fetch(`${BASE}/data/shards/regions/nowhere.json`);
  expect(missing.status).toBe(404);
  const script = await fetch(`${BASE}/embed.js`);
  expect(script.headers.get('access-control-allow-origin')).toBe('*');
  for (const path of ['/', '/embed.js', '/data/catalog.json', '/regions/621124']) {
    const response = await fetch(`${BASE}${path}`);
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(response.headers.get('content-security-policy'), path).toContain("default-src 'self'");
  }
});
