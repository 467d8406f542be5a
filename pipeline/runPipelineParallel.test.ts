import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generateCorpus.ts';
import { readProjectSources } from './testing/projectSources.ts';
import { serializeDataset } from './io/writeDataset.ts';
import { runPipeline } from './runPipeline.ts';
import { runPipelineParallel } from './runPipelineParallel.ts';
import { realLexicon } from './testing/lexicon.ts';

describe('runPipelineParallel', () => {
  it('gives byte-identical output to the sequential pipeline', async () => {
    const decoder = new TextDecoder();
    const real = readProjectSources().map((s) => ({ path: s.path, text: decoder.decode(s.bytes) }));
    // Two copies of one document among them, so duplicates are decided the same way too.
    const corpus = generateCorpus(real, 240, 7);
    corpus.push({ path: 'data/sources/zzz-copy.txt', bytes: corpus[3]?.bytes ?? new Uint8Array() });
    const sequential = serializeDataset(runPipeline(corpus, realLexicon()).dataset);
    const parallel = await runPipelineParallel(corpus, 'data', { workers: 2 });
    const files = serializeDataset(parallel.dataset);
    expect([...files.keys()]).toEqual([...sequential.keys()]);
    for (const [name, content] of sequential) expect(files.get(name), name).toBe(content);
    expect(parallel.outcomes.find((o) => o.file === 'data/sources/zzz-copy.txt')?.status).toBe('duplicate');
  }, 120_000);
});
