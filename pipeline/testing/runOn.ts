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

/** One document with front matter; returns its facts in a compact, readable form. */
export function factsOf(body: string, meta: { title?: string; date?: string; publisher?: string } = {}) {
  const front = `---\ntitle: ${meta.title ?? '临洮县经济运行情况'}\ndate: ${meta.date ?? '2022-02-07'}\npublisher: ${meta.publisher ?? '定西日报'}\n---\n`;
  const result = runOn({ 'doc.txt': front + body });
  const name = (id: string) => result.dataset.regions.find((r) => r.id === id)?.name ?? id;
  return result.dataset.facts.map((f) => ({
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
