// A synthetic national dataset in the contract's shape: every county-level division of the
// gazetteer (plus development zones up to the requested count) × metrics of the lexicon × years,
// one report per region and year whose text holds every quote. Figures are invented (seeded
// random walks); names, codes and parents are the real ones. Used to measure the app at the size
// it must reach: about 1.2 million facts, 29,000 reports.
import { join } from 'node:path';
import { loadLexicon } from '../pipeline/lexicon/loadLexicon.ts';
import { pinyinInitials } from '../pipeline/resolve/regionRegistry.ts';
import { mulberry32 } from './generateCorpus.ts';
import type { Dataset, Fact, Metric, Region, Report, ReportText } from '../src/data/schema.ts';

export type NationalOptions = { regions?: number; metrics?: number; years?: number; lastYear?: number; seed?: number };

/** A typical county's level of a metric in its unit, so the numbers read plausibly. */
function typicalLevel(metric: Metric): number {
  if (metric.unit === '%') return 40;
  if (metric.unit === '亿元') return metric.id === 'gdp' ? 200 : 20;
  if (metric.unit === '万元') return 5000;
  if (metric.unit === '元') return 25000;
  if (metric.unit === '天') return 300;
  return 500;
}

/** Two decimals as a digit string, without float noise: 40.98, not 40.980000000000004. */
function decimal(value: number, places = 2): string {
  return value.toFixed(places).replace(/\.?0+$/, '') || '0';
}

export function generateNationalDataset(dataDir: string, options: NationalOptions = {}): Dataset {
  const { regions: wanted = 2900, metrics: metricCount = 40, years = 10, lastYear = 2023, seed = 20261202 } = options;
  const rand = mulberry32(seed);
  const lexicon = loadLexicon(dataDir);
  const gazetteer = lexicon.gazetteer;
  const toRegion = (g: (typeof gazetteer)[number]): Region => ({
    id: g.code,
    name: g.name,
    ...(g.short && g.short !== g.name ? { shortName: g.short } : {}),
    level: g.level,
    parentId: g.parent,
    ...(g.level === 'zone' ? {} : { adcode: g.code }),
    aliases: [],
    pinyin: [...new Set([pinyinInitials(g.name), ...(g.short ? [pinyinInitials(g.short)] : [])])],
  });
  const counties = gazetteer.filter((g) => g.level === 'county');
  const zones = gazetteer.filter((g) => g.level === 'zone').slice(0, Math.max(0, wanted - counties.length));
  const measured = [...counties, ...zones].slice(0, wanted);
  const regions = gazetteer
    .filter((g) => g.level === 'province' || g.level === 'prefecture' || measured.includes(g))
    .map(toRegion);

  const metrics: Metric[] = lexicon.metrics
    .filter((m) => m.unit !== '%' || !/增速|增长/.test(m.name))
    .slice(0, metricCount)
    .map((m) => ({
      id: m.id,
      name: m.name,
      nameEn: m.nameEn,
      unit: m.unit,
      category: m.category,
      higherIsBetter: m.higherIsBetter,
    }));

  const reports: Report[] = [];
  const texts: ReportText[] = [];
  const facts: Fact[] = [];
  const firstYear = lastYear - years + 1;
  measured.forEach((g, regionIndex) => {
    const size = Math.exp((rand() - 0.5) * 2.5);
    const levels = metrics.map((m) => typicalLevel(m) * size * Math.exp((rand() - 0.5) * 1.2));
    for (let year = firstYear; year <= lastYear; year += 1) {
      const reportId = `syn-${g.code}-${year}`;
      const paragraphs: [number, number][] = [];
      let text = '';
      const add = (line: string) => {
        const start = text.length;
        text += line;
        paragraphs.push([start, text.length]);
        text += '\n';
        return start;
      };
      add(`${g.name}${year}年主要指标（合成数据，仅用于性能测试）`);
      metrics.forEach((metric, m) => {
        const growth = (rand() * 12 - 2) / 100;
        const level =
          metric.unit === '%' ? Math.min(99, (levels[m] ?? 1) * (1 + growth / 4)) : (levels[m] ?? 1) * (1 + growth);
        levels[m] = level;
        // A few regions do not report a metric in a year: the map must show "no data" for them.
        if (rand() < 0.03) return;
        const raw = decimal(level);
        const yoy = metric.unit === '%' ? null : Number(decimal(growth * 100, 1));
        const quote = `${metric.name}${raw}${metric.unit}${yoy === null ? '' : `，同比${yoy < 0 ? '下降' : '增长'}${decimal(Math.abs(yoy), 1)}%`}`;
        const start = add(`${quote}。`);
        facts.push({
          id: `s${regionIndex.toString(36)}-${m}-${year}`,
          regionId: g.code,
          metricId: metric.id,
          period: String(year),
          kind: year === lastYear && regionIndex % 5 === 0 ? 'estimate' : 'actual',
          value: Number(raw),
          unit: metric.unit,
          yoy,
          raw: { value: raw, unit: metric.unit },
          reportId,
          quote,
          span: [start, start + quote.length],
        });
      });
      reports.push({
        id: reportId,
        title: `${g.name}${year}年主要指标（合成）`,
        date: `${year + 1}-01-${String(10 + (regionIndex % 18)).padStart(2, '0')}`,
        publisher: `${g.name}统计局`,
        kind: 'review',
        regionIds: [g.code],
        sourceFile: `synthetic/${reportId}.txt`,
        script: 'simplified',
        subjectRegionId: g.code,
      });
      texts.push({ id: reportId, text, paragraphs });
    }
  });
  return { regions, metrics, reports, facts, rankings: [], texts };
}

/** The data folder of this checkout, for scripts run from anywhere. */
export const DATA_DIR = join(import.meta.dirname, '..', 'data');
