// Runs the whole pipeline on literal documents, for tests that read like the documents they test.
import { runPipeline, type PipelineResult } from '../runPipeline.ts';
import { realLexicon } from './lexicon.ts';

export function runOn(docs: Record<string, string | Uint8Array>, maxBytes?: number): PipelineResult {
  const sources = Object.entries(docs).map(([path, content]) => ({
    path: `data/sources/${path}`,
    bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
  }));
  return runPipeline(sources, realLexicon(), maxBytes ? { maxBytes } : {});
}

type Meta = {
  title?: string;
  date?: string;
  publisher?: string;
  /** front matter region: (a page that names its county only through its site) */ region?: string;
};
const runOne = (body: string, meta: Meta) =>
  runOn({
    'doc.txt': `---\ntitle: ${meta.title ?? '临洮县经济运行情况'}\ndate: ${meta.date ?? '2022-02-07'}\npublisher: ${meta.publisher ?? '定西日报'}\n${meta.region ? `region: ${meta.region}\n` : ''}---\n${body}`,
  });

/** One document with front matter; returns its facts under lexicon metrics in a compact, readable form. */
export function factsOf(body: string, meta: Meta = {}) {
  const result = runOne(body, meta);
  const name = (id: string) => result.dataset.regions.find((r) => r.id === id)?.name ?? id;
  const reviewed = new Set(result.dataset.metrics.filter((m) => m.reviewed !== false).map((m) => m.id));
  return result.dataset.facts
    .filter((f) => reviewed.has(f.metricId))
    .map((f) => ({
      region: name(f.regionId),
      metric: f.metricId,
      value: f.value,
      yoy: f.yoy,
      period: f.period,
      kind: f.kind,
      ...(f.bound ? { bound: f.bound } : {}),
      quote: f.quote,
    }));
}

/** The figures of one document that no lexicon metric fits, by the label the document's words give them. */
export function unreviewedOf(body: string, meta: Meta = {}) {
  const result = runOne(body, meta);
  const metric = new Map(result.dataset.metrics.map((m) => [m.id, m]));
  return result.dataset.facts
    .filter((f) => metric.get(f.metricId)?.reviewed === false)
    .map((f) => ({
      label: metric.get(f.metricId)?.name,
      value: f.value,
      unit: f.unit,
      yoy: f.yoy,
      period: f.period,
      kind: f.kind,
      ...(f.bound ? { bound: f.bound } : {}),
    }));
}
