import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTRIBUTION,
  buildNationalGeo,
  buildProvinceGeo,
  packageGeoDir,
  pointInGeometry,
  readGeoSources,
  serializeCollection,
  writeGeo,
  type AreaGeometry,
  type GeoIndex,
  type GeoSources,
  type ProvinceGeo,
  type RegionFeature,
  type WriteGeoResult,
} from './buildGeo.ts';

// Budgets for the default settings (measured at 30%: Gansu 93 KB + Shandong 109 KB of
// counties, ~40 KB of prefectures each). They guard against a settings change or a data
// update quietly doubling what the browser downloads.
const COUNTIES_62_37_BUDGET = 250_000;
const PREFECTURES_BUDGET = 50_000;

// Non-GB units in the 天地图 data: present at county and prefecture level, absent from the
// 2023 code table. 620200 嘉峪关市 is a GB prefecture-level city with no counties.
const GANSU_DETACHED = ['620200', '629700', '629800', '629900'];
const GANSU_NON_GB = ['629700', '629800', '629900'];

let sources: GeoSources;
let gansu: ProvinceGeo;
let shandong: ProvinceGeo;
let codeTable: Map<string, string>;
let outDir: string;
let written: WriteGeoResult;
let gansuSourceBefore: string;

beforeAll(async () => {
  sources = await readGeoSources();
  gansuSourceBefore = JSON.stringify(sourceFeatures(sources.counties, '62'));
  [gansu, shandong] = await Promise.all([buildProvinceGeo('62', sources), buildProvinceGeo('37', sources)]);
  const table = await readFile(path.join(packageGeoDir(), 'chn-administrative-division-code-2023.txt'), 'utf8');
  codeTable = new Map();
  for (const line of table.split(/\r?\n/)) {
    const m = /^(\d{6})\s+(\S+)/.exec(line);
    if (m?.[1] && m[2]) codeTable.set(m[1], m[2]);
  }
  outDir = await mkdtemp(path.join(os.tmpdir(), 'buildGeo-'));
  written = await writeGeo(outDir, ['37', '620000'], { sources });
});

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const byAdcode = (geo: ProvinceGeo['counties'], adcode: string) => geo.features.find((f) => f.id === adcode);

function polygons(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  let previous: Position | undefined;
  for (const p of ring) {
    if (previous) sum += (previous[0] ?? 0) * (p[1] ?? 0) - (p[0] ?? 0) * (previous[1] ?? 0);
    previous = p;
  }
  return Math.abs(sum / 2);
}

function area(geometry: AreaGeometry): number {
  return polygons(geometry).reduce(
    (total, [outer = [], ...holes]) => total + ringArea(outer) - holes.reduce((h, ring) => h + ringArea(ring), 0),
    0,
  );
}

function featureBBox(geometry: AreaGeometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [outer = []] of polygons(geometry)) {
    for (const [x = NaN, y = NaN] of outer) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  }
  return b;
}

function sourceFeatures(collection: FeatureCollection, provinceCode: string): Feature<AreaGeometry>[] {
  return collection.features.filter(
    (f): f is Feature<AreaGeometry> =>
      String(f.properties?.gb ?? '').startsWith(`156${provinceCode}`) &&
      (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
  );
}

describe('buildProvinceGeo on the package data', () => {
  it('keeps Gansu counties keyed by adcode, 临洮县 under 定西市', () => {
    expect(gansu.counties.features.length).toBeGreaterThanOrEqual(86);
    expect(gansu.counties.features.length).toBeLessThanOrEqual(90);
    const lintao = byAdcode(gansu.counties, '621124');
    expect(lintao?.properties).toMatchObject({ adcode: '621124', name: '临洮县', parent: '621100' });
    expect(lintao?.id).toBe('621124');
    expect(gansu.provinceCode).toBe('620000');
    expect(gansu.provinceName).toBe('甘肃省');
  });

  it('has the 2018 names and codes for Shandong (滨城区, 邹平市)', () => {
    expect(byAdcode(shandong.counties, '371602')?.properties).toMatchObject({ name: '滨城区', parent: '371600' });
    expect(byAdcode(shandong.counties, '371681')?.properties).toMatchObject({ name: '邹平市', parent: '371600' });
    expect(byAdcode(shandong.counties, '371626')).toBeUndefined();
    expect(shandong.prefectures.features.map((f) => f.id)).not.toContain('371200');
  });

  it('drops the 境界线 lines and writes exactly the agreed properties', () => {
    for (const geo of [gansu, shandong]) {
      for (const f of [...geo.counties.features, ...geo.prefectures.features]) {
        expect(f.properties.name).not.toBe('境界线');
        expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
        expect(Object.keys(f.properties)).toEqual(['adcode', 'name', 'parent', 'cp']);
        expect(f.id).toBe(f.properties.adcode);
        expect(f.properties.adcode).toMatch(/^\d{6}$/);
      }
    }
  });

  it('puts every label point inside its own shape', () => {
    for (const geo of [gansu, shandong]) {
      for (const f of [...geo.counties.features, ...geo.prefectures.features]) {
        const [lng, lat] = f.properties.cp;
        const [minX, minY, maxX, maxY] = featureBBox(f.geometry);
        expect(lng, f.id).toBeGreaterThanOrEqual(minX);
        expect(lng, f.id).toBeLessThanOrEqual(maxX);
        expect(lat, f.id).toBeGreaterThanOrEqual(minY);
        expect(lat, f.id).toBeLessThanOrEqual(maxY);
        expect(pointInGeometry(f.properties.cp, f.geometry), f.id).toBe(true);
      }
    }
  });

  it('links every county to a prefecture in the same build, except the reported units', () => {
    for (const geo of [gansu, shandong]) {
      const prefectures = new Set(geo.prefectures.features.map((f) => f.id));
      const detached = new Set(geo.detached.map((d) => d.adcode));
      for (const f of geo.counties.features) {
        if (detached.has(f.id)) expect(f.properties.parent).toBe(geo.provinceCode);
        else expect(prefectures.has(f.properties.parent), `${f.id} → ${f.properties.parent}`).toBe(true);
        expect(f.properties.parent).not.toBe(f.id);
      }
      for (const f of geo.prefectures.features) expect(f.properties.parent).toBe(geo.provinceCode);
    }
    expect(gansu.detached.map((d) => d.adcode)).toEqual(GANSU_DETACHED);
    expect(shandong.detached).toEqual([]);
  });

  it('reports as detached only units the code table lacks, plus 嘉峪关市', () => {
    for (const code of GANSU_NON_GB) expect(codeTable.has(code), code).toBe(false);
    expect(codeTable.get('620200')).toBe('嘉峪关市');
    expect(byAdcode(gansu.counties, '629700')?.properties.name).toBe('中农发山丹马场');
    // The same units are prefecture-level features too, so the prefecture mosaic has no holes.
    expect(gansu.prefectures.features.map((f) => f.id)).toEqual(expect.arrayContaining(GANSU_DETACHED));
    expect(gansu.prefectures.features).toHaveLength(17);
    expect(shandong.prefectures.features).toHaveLength(16);
  });

  it('keeps every island and exclave, and the simplified areas close to the source', () => {
    for (const [code, geo] of [
      ['62', gansu],
      ['37', shandong],
    ] as const) {
      const source = new Map(sourceFeatures(sources.counties, code).map((f) => [String(f.properties?.gb).slice(3), f]));
      expect(geo.counties.features).toHaveLength(source.size);
      for (const f of geo.counties.features) {
        const src = source.get(f.id)!.geometry;
        expect(polygons(f.geometry).length, f.id).toBe(polygons(src).length);
        expect(Math.abs(area(f.geometry) / area(src) - 1), f.id).toBeLessThan(0.05);
      }
    }
  });

  it('simplifies prefectures on the same arcs as their counties (no gaps or overlaps)', () => {
    for (const geo of [gansu, shandong]) {
      for (const prefecture of geo.prefectures.features) {
        const parts = geo.counties.features.filter(
          (c) => c.properties.parent === prefecture.id || c.id === prefecture.id,
        );
        const sum = parts.reduce((total, c) => total + area(c.geometry), 0);
        expect(Math.abs(sum / area(prefecture.geometry) - 1), prefecture.id).toBeLessThan(0.002);
      }
    }
  });

  it('rounds coordinates to 0.001°', () => {
    const onGrid = (v: number) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6;
    const offGrid = (f: RegionFeature) =>
      polygons(f.geometry).some((p) => p.some((ring) => ring.some(([x = NaN, y = NaN]) => !onGrid(x) || !onGrid(y))));
    for (const geo of [gansu, shandong]) expect(geo.counties.features.filter(offGrid).map((f) => f.id)).toEqual([]);
  });

  it('stays within the size budget', () => {
    const countiesBytes =
      Buffer.byteLength(serializeCollection(gansu.counties)) +
      Buffer.byteLength(serializeCollection(shandong.counties));
    expect(countiesBytes).toBeLessThan(COUNTIES_62_37_BUDGET);
    for (const geo of [gansu, shandong]) {
      expect(Buffer.byteLength(serializeCollection(geo.prefectures))).toBeLessThan(PREFECTURES_BUDGET);
    }
  });

  it('rejects codes that are not a province', async () => {
    await expect(buildProvinceGeo('6211', sources)).rejects.toThrow(/province code/);
    await expect(buildProvinceGeo('99', sources)).rejects.toThrow(/no county-level features/);
  });
});

describe('writeGeo', () => {
  it('writes two files per province and an index, sorted by adcode', async () => {
    const names = (await readdir(outDir)).sort();
    expect(names).toEqual([
      '370000-counties.json',
      '370000-prefectures.json',
      '620000-counties.json',
      '620000-prefectures.json',
      'index.json',
    ]);
    const index = JSON.parse(await readFile(path.join(outDir, 'index.json'), 'utf8')) as GeoIndex;
    expect(index.attribution).toBe(ATTRIBUTION);
    expect(index.provinces.map((p) => [p.adcode, p.name, p.counties, p.prefectures])).toEqual([
      ['370000', '山东省', '370000-counties.json', '370000-prefectures.json'],
      ['620000', '甘肃省', '620000-counties.json', '620000-prefectures.json'],
    ]);
    expect(index.provinces.find((p) => p.adcode === '620000')?.bbox).toEqual(gansu.bbox);
    const [minLng, minLat, maxLng, maxLat] = gansu.bbox;
    expect(minLng).toBeGreaterThan(92);
    expect(maxLng).toBeLessThan(109);
    expect(minLat).toBeGreaterThan(32);
    expect(maxLat).toBeLessThan(43);
  });

  it('writes files that parse back to what buildProvinceGeo returned', async () => {
    const counties = JSON.parse(await readFile(path.join(outDir, '620000-counties.json'), 'utf8'));
    expect(counties).toEqual(JSON.parse(JSON.stringify(gansu.counties)));
    expect(written.files.find((f) => f.file === '620000-counties.json')?.bytes).toBe(
      Buffer.byteLength(serializeCollection(gansu.counties)),
    );
  });

  it('is deterministic: a second run gives byte-identical files', async () => {
    const again = await mkdtemp(path.join(os.tmpdir(), 'buildGeo-'));
    try {
      await writeGeo(again, ['62', '37'], { sources });
      for (const name of await readdir(outDir)) {
        const [a, b] = await Promise.all([readFile(path.join(outDir, name)), readFile(path.join(again, name))]);
        expect(a.equals(b), name).toBe(true);
      }
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });

  it('does not modify the sources it is given', () => {
    expect(JSON.stringify(sourceFeatures(sources.counties, '62'))).toBe(gansuSourceBefore);
    const lintao = sources.counties.features.find((f) => f.properties?.gb === '156621124');
    expect(lintao?.properties).toEqual({ full_name: '临洮县', city: ' 定西市', province: '甘肃省', gb: '156621124' });
  });
});

describe('national boundaries', () => {
  it('draw every county of the source with a shape, a label point inside it and a parent that exists', async () => {
    const national = await buildNationalGeo(sources);
    const sourceCodes = new Set(
      sources.counties.features
        .map((f) => /^156(\d{6})$/.exec(String(f.properties?.gb ?? ''))?.[1])
        .filter((c): c is string => !!c),
    );
    const drawn = new Set(national.counties.features.map((f) => f.properties.adcode));
    for (const code of sourceCodes) expect(drawn.has(code), code).toBe(true);
    const parents = new Set([
      ...national.prefectures.features.map((f) => f.properties.adcode),
      ...national.counties.features.map((f) => `${f.properties.adcode.slice(0, 2)}0000`),
    ]);
    for (const f of national.counties.features) {
      expect(f.geometry.coordinates.length, f.properties.name).toBeGreaterThan(0);
      expect(f.properties.cp.every(Number.isFinite), f.properties.name).toBe(true);
      expect(parents.has(f.properties.parent), f.properties.name).toBe(true);
    }
    // What a national map view downloads: about 1 MB, 200 KB compressed.
    expect(serializeCollection(national.counties).length).toBeLessThan(1_300_000);
  }, 60_000);
});
