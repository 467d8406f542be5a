// Build step (npm run build:app, after prerenderEmbeds): the overview's map of the covered regions, drawn once at build
// time with ECharts' server-side SVG renderer, so the overview shows where the figures come from
// without loading map code or boundaries. Prefectures of China (or of the one province present),
// the prefectures with figures shaded, the counties with figures filled in the accent colour.
//   public/data/embed/coverage-map-<theme>.svg
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
import { themeTokens } from '../src/charts/themes.ts';
import { catalogSchema, shardPath } from '../src/data/shards.ts';
import { regionsFileSchema } from '../src/data/schema.ts';
import type { Theme } from '../src/view-state/viewState.ts';

echarts.use([MapChart, SVGRenderer]);

type Feature = {
  type: 'Feature';
  id: string;
  properties: { adcode: string; name: string; parent: string };
  geometry: unknown;
};
type Collection = { type: 'FeatureCollection'; features: Feature[] };
type GeoIndex = {
  provinces: { adcode: string; counties: string; prefectures: string; bbox: [number, number, number, number] }[];
  national?: { prefectures: string };
};

export const COVERAGE_THEMES: Theme[] = ['light', 'dark'];
const WIDTH = 720;
const HEIGHT = 440;

export function prerenderCoverageMap(dataDir = 'public/data'): number {
  const geoDir = join(dataDir, 'geo');
  if (!existsSync(join(geoDir, 'index.json'))) return 0;
  const read = <T>(file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
  const index = read<GeoIndex>('geo/index.json');
  const catalog = catalogSchema.parse(read(shardPath.catalog));
  const regions = regionsFileSchema.parse(read('regions.json'));
  const byId = new Map(regions.map((r) => [r.id, r]));
  // Regions with figures, and the prefectures and counties they lie in (a zone counts for its county).
  const covered = new Set<string>();
  for (const id of Object.keys(catalog.regions)) {
    for (let r = byId.get(id); r; r = r.parentId ? byId.get(r.parentId) : undefined)
      if (r.adcode) covered.add(r.adcode);
  }
  const prefectures: Collection = index.national
    ? read(`geo/${index.national.prefectures}`)
    : {
        type: 'FeatureCollection',
        features: index.provinces.flatMap((p) => read<Collection>(`geo/${p.prefectures}`).features),
      };
  const counties = index.provinces
    .flatMap((p) => read<Collection>(`geo/${p.counties}`).features)
    .filter((f) => covered.has(f.properties.adcode));
  const map: Collection = {
    type: 'FeatureCollection',
    features: [
      ...prefectures.features,
      ...counties.map((f) => ({ ...f, properties: { ...f.properties, adcode: `county-${f.properties.adcode}` } })),
    ],
  };
  echarts.registerMap('coverage', map as unknown as Parameters<typeof echarts.registerMap>[1]);
  // The view: the provinces with figures, with a margin of neighbouring country around them.
  const boxes = index.provinces
    .filter((p) => [...covered].some((c) => c.startsWith(p.adcode.slice(0, 2))))
    .map((p) => p.bbox);
  const margin = 1.5;
  const view = boxes.length
    ? [
        [Math.min(...boxes.map((b) => b[0])) - margin, Math.max(...boxes.map((b) => b[3])) + margin],
        [Math.max(...boxes.map((b) => b[2])) + margin, Math.min(...boxes.map((b) => b[1])) - margin],
      ]
    : undefined;

  const out = join(dataDir, 'embed');
  mkdirSync(out, { recursive: true });
  for (const theme of COVERAGE_THEMES) {
    const tokens = themeTokens[theme];
    const data = [
      ...prefectures.features
        .filter((f) => covered.has(f.properties.adcode))
        .map((f) => ({ name: f.properties.adcode, itemStyle: { areaColor: tokens.sequential[1] } })),
      ...counties.map((f) => ({ name: `county-${f.properties.adcode}`, itemStyle: { areaColor: tokens.accent } })),
    ];
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
    chart.setOption({
      animation: false,
      series: [
        {
          type: 'map',
          map: 'coverage',
          nameProperty: 'adcode',
          aspectScale: 0.85,
          preserveAspect: 'contain',
          ...(view ? { boundingCoords: view } : {}),
          left: 4,
          right: 4,
          top: 4,
          bottom: 4,
          silent: true,
          label: { show: false },
          itemStyle: { areaColor: tokens.noData, borderColor: tokens.line, borderWidth: 0.4 },
          data,
        },
      ],
    });
    writeFileSync(join(out, `coverage-map-${theme}.svg`), chart.renderToSVGString({ useViewBox: true }));
    chart.dispose();
  }
  return COVERAGE_THEMES.length;
}
