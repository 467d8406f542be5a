// runPipeline across worker threads, for large batches: documents are independent until the merge,
// so each core extracts a share and the main thread merges in path order. The result is the same
// as runPipeline's, byte for byte (tested).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentResult } from './extractDocument.ts';
import { loadLexicon } from './lexicon/loadLexicon.ts';
import { MAX_SOURCE_BYTES } from './normalize/decodeSource.ts';
import { workerBundle } from './workerBundle.ts';
import {
  mergeDocuments,
  planJobs,
  runPipeline,
  type PipelineOptions,
  type PipelineResult,
  type SourceFile,
} from './runPipeline.ts';

/** Below this many documents per thread, starting threads costs more than it saves. */
export const MIN_DOCS_PER_WORKER = 100;

export async function runPipelineParallel(
  sources: SourceFile[],
  dataDir: string,
  options: PipelineOptions & { workers?: number } = {},
): Promise<PipelineResult> {
  const lexicon = loadLexicon(dataDir);
  const workers = Math.min(options.workers ?? availableParallelism(), Math.floor(sources.length / MIN_DOCS_PER_WORKER));
  if (workers <= 1) return runPipeline(sources, lexicon, options);

  const jobs = planJobs(sources).map((job, index) => ({
    index,
    reportId: job.reportId,
    path: job.source.path,
    bytes: job.source.bytes,
  }));
  const shares: (typeof jobs)[] = Array.from({ length: workers }, () => []);
  jobs.forEach((job, i) => shares[i % workers]?.push(job));
  const results: DocumentResult[] = new Array(jobs.length);
  const compiled = await workerBundle();
  let done = 0;
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          // The compiled worker (workerBundle.ts), else the .mjs entry that registers tsx in the
          // thread and loads the TypeScript worker.
          const worker = new Worker(compiled ?? new URL('./pipelineWorker.mjs', import.meta.url), {
            workerData: { dataDir, maxBytes: options.maxBytes ?? MAX_SOURCE_BYTES, jobs: share },
            // Extraction makes many short-lived strings and arrays: a larger young generation
            // spends less time collecting them (measured: bench:data).
            resourceLimits: { maxYoungGenerationSizeMb: 64 },
          });
          worker.on('message', (message: { index: number; result: DocumentResult }) => {
            results[message.index] = message.result;
            done += 1;
            options.onProgress?.(done, jobs.length);
          });
          worker.on('error', reject);
          worker.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`pipeline worker exited with code ${code}`)),
          );
        }),
    ),
  );
  return mergeDocuments(results, lexicon, options.corrections ?? []);
}
