import { describe, expect, it } from 'vitest';
import { coreData, fact } from '../testing/fixtures.ts';
import { paths } from '../view-state/paths.ts';
import { scopeForLocation } from './pageScope.ts';
import { filesForAddress, matchPage, PAGES, type PageId } from './pages.ts';

const BASE = ['regions.json', 'metrics.json', 'catalog.json'];

describe('matchPage', () => {
  it('finds the page of an address and its named parts as written', () => {
    expect(matchPage('/')?.id).toBe('overview');
    expect(matchPage('/compare')?.id).toBe('compare');
    expect(matchPage('/embed/map')?.id).toBe('embedMap');
    expect(matchPage('/regions/62%2F1124')).toMatchObject({ id: 'region', raw: { regionId: '62%2F1124' } });
    expect(matchPage('/embed/metrics/gdp')).toMatchObject({ id: 'embedMetric', raw: { metricId: 'gdp' } });
  });

  it('finds no page where the router shows the not-found page', () => {
    for (const path of [
      '/nope',
      '/regions/',
      '/regions/621124/extra',
      '/compare/',
      '/Compare',
      '/embed/reports/x',
      '/embed',
      '',
    ])
      expect(matchPage(path), path).toBeNull();
  });

  it('is where every href the app builds lands', () => {
    const built: [string, PageId][] = [
      [paths.overview(), 'overview'],
      [paths.compare({ metric: 'gdp', regions: ['621124', '621121'] }), 'compare'],
      [paths.map({ metric: 'gdp', province: '620000', level: 'county' }), 'map'],
      [paths.region('621124'), 'region'],
      [paths.report('2024-lintao-report', 'f1'), 'report'],
      [paths.metric('gdp'), 'metric'],
      [paths.data(), 'data'],
      [paths.targets({ prefecture: '621100' }), 'targets'],
    ];
    for (const [href, id] of built) expect(matchPage(href.split(/[?#]/)[0] ?? '')?.id, href).toBe(id);
  });
});

describe('the page table', () => {
  it('lists the site’s navigation in its order', () => {
    const nav = Object.values(PAGES)
      .flatMap((p) => (p.nav ? [p] : []))
      .sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0));
    expect(nav.map((p) => [p.path, p.nav?.label])).toEqual([
      ['/', 'navOverview'],
      ['/compare', 'navCompare'],
      ['/map', 'navMap'],
      ['/targets', 'navTargets'],
      ['/data', 'navData'],
    ]);
  });

  it('gives every page its code', async () => {
    for (const page of Object.values(PAGES)) expect(typeof (await page.load()).default, page.path).toBe('function');
  });
});

describe('filesForAddress', () => {
  it('names the base tables for every address, and the shard the address names', () => {
    expect(filesForAddress('/data', '')).toEqual(BASE);
    expect(filesForAddress('/nope', '?metric=gdp')).toEqual(BASE);
    expect(filesForAddress('/', '')).toEqual([...BASE, 'shards/overview.json']);
    expect(filesForAddress('/targets', '?metric=gdp')).toEqual([...BASE, 'shards/targets.json']);
    expect(filesForAddress('/regions/621124', '')).toEqual([...BASE, 'shards/regions/621124.json']);
    expect(filesForAddress('/embed/regions/621124', '?hideControls=1')).toEqual([
      ...BASE,
      'shards/regions/621124.json',
    ]);
    expect(filesForAddress('/reports/2024-lintao-report', '')).toEqual([
      ...BASE,
      'shards/reports/2024-lintao-report.json',
    ]);
  });

  it('names a comparison’s shards where the address names its metric', () => {
    expect(filesForAddress('/compare', '')).toEqual(BASE);
    expect(filesForAddress('/compare', '?metric=gdp')).toEqual([
      ...BASE,
      'shards/metrics/gdp/comparable.json',
      'shards/metrics/gdp/latest.json',
    ]);
    expect(filesForAddress('/embed/compare', '?metric=gdp&regions=621124')).toEqual([
      ...BASE,
      'shards/metrics/gdp/latest.json',
    ]);
    expect(filesForAddress('/compare', '?metric=gdp&period=2023-01/09')).toEqual([
      ...BASE,
      'shards/metrics/gdp/2023-01_09.json',
    ]);
    expect(filesForAddress('/compare', '?metric=gdp&view=trend')).toEqual([...BASE, 'shards/metrics/gdp/all.json']);
  });

  it('names a map’s boundaries first, and reads no trend on a map', () => {
    expect(filesForAddress('/map', '?metric=gdp&province=620000&view=trend')).toEqual([
      ...BASE,
      'geo/index.json',
      'geo/620000-counties.json',
      'shards/metrics/gdp/comparable.json',
      'shards/metrics/gdp/latest.json',
    ]);
    expect(filesForAddress('/embed/map', '?province=620000&level=prefecture')).toEqual([...BASE, 'geo/index.json']);
  });

  it('never names a file from a name no file can have', () => {
    expect(filesForAddress('/compare', '?metric=../../index')).toEqual(BASE);
    expect(filesForAddress('/regions/..%2Fx', '')).toEqual(BASE);
  });
});

describe('scopeForLocation', () => {
  const data = coreData([
    fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
    fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2022' }),
  ]);

  it('reads the scope of the address’s page, and nothing where no page is', () => {
    expect(scopeForLocation(data, '/regions/621124', '').shards).toEqual(['shards/regions/621124.json']);
    expect(scopeForLocation(data, '/embed/metrics/gdp', '?period=latest').shards).toEqual([
      'shards/metrics/gdp/latest.json',
    ]);
    expect(scopeForLocation(data, '/metrics/gdp', '').shards).toEqual(['shards/metrics/gdp/all.json']);
    expect(scopeForLocation(data, '/data', '').shards).toEqual([]);
    expect(scopeForLocation(data, '/regions/621124/extra', '').shards).toEqual([]);
  });

  it('reads a presenter’s slide on screen as its own address', () => {
    const deck = new URLSearchParams([
      ['s', '/compare?metric=gdp&period=latest'],
      ['s', '/embed/regions/621124'],
      ['slide', '2'],
    ]);
    expect(scopeForLocation(data, '/present', `?${deck}`).shards).toEqual(['shards/regions/621124.json']);
    deck.set('slide', '1');
    expect(scopeForLocation(data, '/present', `?${deck}`).shards).toEqual(['shards/metrics/gdp/latest.json']);
    expect(scopeForLocation(data, '/present', '?s=/present?s=/compare').shards).toEqual([]);
  });
});
