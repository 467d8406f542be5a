// A worker thread of runPipelineParallel: loads the lexicon once, extracts its share of the
// documents and posts each result back as soon as it is done.
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractionContext, extractDocument } from './extractDocument.ts';
import { loadLexicon } from './lexicon/loadLexicon.ts';

type Job = { index: number; reportId: string; path: string; bytes: Uint8Array };
const { dataDir, maxBytes, jobs } = workerData as { dataDir: string; maxBytes: number; jobs: Job[] };

const ctx = createExtractionContext(loadLexicon(dataDir));
for (const job of jobs) {
  const result = extractDocument(ctx, { path: job.path, bytes: job.bytes }, job.reportId, maxBytes);
  parentPort?.postMessage({ index: job.index, result });
}
