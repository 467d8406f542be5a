// The contract's invariants over the whole output of the real sources, and determinism.
import { beforeAll, describe, expect, it } from 'vitest';
import { readProjectSources } from './testing/projectSources.ts';
import { serializeDataset } from './io/writeDataset.ts';
import { runPipeline, type PipelineResult } from './runPipeline.ts';
import { realLexicon } from './testing/lexicon.ts';
import { checkInvariants } from './validate/checkInvariants.ts';

let result: PipelineResult;
const run = () => runPipeline(readProjectSources(), realLexicon());
beforeAll(() => {
  result = run();
});

describe('contract invariants', () => {
  it('hold for the whole dataset', () => {
    expect(checkInvariants(result.dataset)).toEqual([]);
  });

  it('every quote is the text at its span and contains the raw value', () => {
    const texts = new Map(result.dataset.texts.map((t) => [t.id, t.text]));
    for (const f of result.dataset.facts) {
      expect(texts.get(f.reportId)?.slice(f.span[0], f.span[1])).toBe(f.quote);
      expect(f.quote).toContain(f.raw.value);
    }
  });

  it('every region but a province has a parent that exists', () => {
    const ids = new Set(result.dataset.regions.map((r) => r.id));
    for (const r of result.dataset.regions) {
      if (r.level === 'province') expect(r.parentId).toBeNull();
      else expect(ids.has(r.parentId ?? '')).toBe(true);
    }
  });

  it('gazetteer regions use their 6-digit adcode as id', () => {
    for (const r of result.dataset.regions.filter((x) => ['province', 'prefecture', 'county'].includes(x.level))) {
      expect(r.id).toMatch(/^\d{6}$/);
      expect(r.adcode).toBe(r.id);
    }
  });

  it('a figure stated once is one fact', () => {
    const keys = result.dataset.facts.map((f) =>
      [f.reportId, f.regionId, f.metricId, f.period, f.kind, f.span[0]].join('|'),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('each value is in its metric’s unit', () => {
    const units = new Map(result.dataset.metrics.map((m) => [m.id, m.unit]));
    for (const f of result.dataset.facts) expect(f.unit).toBe(units.get(f.metricId));
  });
});

describe('determinism', () => {
  it('the same sources give byte-identical files', () => {
    const a = serializeDataset(result.dataset);
    const b = serializeDataset(run().dataset);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, content] of a) expect(b.get(name)).toBe(content);
  });

  it('fact ids do not depend on which other documents are present', () => {
    const all = readProjectSources();
    const alone = runPipeline(all.slice(0, 1), realLexicon());
    const ids = new Set(result.dataset.facts.map((f) => f.id));
    for (const f of alone.dataset.facts) expect(ids.has(f.id)).toBe(true);
  });
});
