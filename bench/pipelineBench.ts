// npm run bench:data [-- --docs N] [-- --seed S]
// Times runPipeline on generated corpora of 1,000 to 10,000 documents. Each size runs in a child
// process of its own, so one run's heap and JIT state do not colour the next one's time and peak
// memory. With --docs N one size runs in this process (handy under --cpu-prof).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readProjectSources } from '../pipeline/testing/projectSources.ts';
import { runPipelineParallel } from '../pipeline/runPipelineParallel.ts';
import { generateCorpus } from './generateCorpus.ts';

const SIZES = [1_000, 2_500, 5_000, 10_000];
const BUDGET = { docs: 10_000, seconds: 60 };
const root = fileURLToPath(new URL('..', import.meta.url));

type Measurement = {
  docs: number;
  seconds: number;
  facts: number;
  rankings: number;
  peakRssMb: number;
  startRssMb: number;
  generateSeconds: number;
  meanKb: number;
  read: number;
  skipped: number;
  duplicates: number;
  warnings: number;
  warningKinds: [string, number][];
  error?: string;
};

async function measure(docs: number, seed: number): Promise<Measurement> {
  const decoder = new TextDecoder();
  const real = readProjectSources(undefined, root).map((s) => ({ path: s.path, text: decoder.decode(s.bytes) }));
  const generateStart = performance.now();
  const corpus = generateCorpus(real, docs, seed);
  const generateSeconds = (performance.now() - generateStart) / 1000;
  const meanKb = corpus.reduce((sum, d) => sum + d.bytes.length, 0) / corpus.length / 1024;

  // The main thread is busy merging at the end; sampling on progress callbacks sees every phase.
  const rssMb = () => process.memoryUsage.rss() / 1024 / 1024;
  const startRssMb = rssMb();
  let peakRssMb = startRssMb;
  const showProgress = process.stderr.isTTY;
  const start = performance.now();
  const base = { docs, startRssMb, generateSeconds, meanKb };
  try {
    // What npm run data uses for a batch this size: every core, merged in path order.
    const result = await runPipelineParallel(corpus, join(root, 'data'), {
      onProgress: (done, total) => {
        peakRssMb = Math.max(peakRssMb, rssMb());
        if (showProgress && done % 100 === 0)
          process.stderr.write(`\r  ${done}/${total} documents, ${((performance.now() - start) / 1000).toFixed(0)} s`);
      },
    });
    const seconds = (performance.now() - start) / 1000;
    peakRssMb = Math.max(peakRssMb, rssMb());
    if (showProgress) process.stderr.write('\r\x1b[K');
    const count = (status: string) => result.outcomes.filter((o) => o.status === status).length;
    return {
      ...base,
      seconds,
      peakRssMb,
      facts: result.dataset.facts.length,
      rankings: result.dataset.rankings.length,
      read: count('read'),
      skipped: count('skipped'),
      duplicates: count('duplicate'),
      warnings: result.warnings.length,
      warningKinds: warningKinds(result.warnings),
    };
  } catch (error) {
    const e = error as Error;
    const where = e.stack?.split('\n').slice(1, 3).join(' ').trim() ?? '';
    return {
      ...base,
      seconds: (performance.now() - start) / 1000,
      peakRssMb,
      facts: 0,
      rankings: 0,
      read: 0,
      skipped: 0,
      duplicates: 0,
      warnings: 0,
      warningKinds: [],
      error: `${e.message} ${where}`,
    };
  }
}

/** Warnings grouped by their wording, with file names and numbers taken out. */
function warningKinds(warnings: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const w of warnings) {
    const kind = w
      .replace(/^bench\/generated\/\S+: /, '')
      .replace(/^(reports disagree on) .*/, '$1 region|metric|period|kind')
      .replace(/\d+(\.\d+)?/g, 'N')
      .slice(0, 90);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5);
}

function runChild(docs: number, seed: number): Measurement {
  const args = [
    ...process.execArgv,
    fileURLToPath(import.meta.url),
    '--docs',
    String(docs),
    '--seed',
    String(seed),
    '--json',
  ];
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout?.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Measurement;
  } catch {
    const error = `child process failed (exit ${child.status ?? child.signal}): ${line.slice(0, 200)}`;
    return {
      docs,
      seconds: NaN,
      facts: 0,
      rankings: 0,
      peakRssMb: NaN,
      startRssMb: NaN,
      generateSeconds: NaN,
      meanKb: NaN,
      read: 0,
      skipped: 0,
      duplicates: 0,
      warnings: 0,
      warningKinds: [],
      error,
    };
  }
}

const columns = ['documents', 'seconds', 'docs/s', 'ms/doc', 'facts', 'peak RSS MB', ''];
const widths = [10, 9, 8, 8, 9, 12, 0];
const row = (cells: string[]) =>
  cells.map((c, i) => (i === cells.length - 1 ? c : c.padStart(widths[i] ?? 0))).join('  ');
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printRow(m: Measurement) {
  let note = '';
  if (m.docs === BUDGET.docs)
    note = `budget: ${fmt(BUDGET.docs)} documents in < ${BUDGET.seconds} s${m.seconds < BUDGET.seconds ? ' (within budget)' : '  <<< OVER BUDGET'}`;
  if (m.error) note = `ERROR: ${m.error}`;
  console.log(
    row([
      fmt(m.docs),
      fmt(m.seconds, 1),
      fmt(m.docs / m.seconds, 1),
      fmt((m.seconds * 1000) / m.docs, 1),
      fmt(m.facts),
      fmt(m.peakRssMb),
      note,
    ]),
  );
}

function printDetails(results: Measurement[]) {
  console.log('\nper run: generated corpus (not timed), outcomes, warnings');
  for (const m of results) {
    console.log(
      `  ${fmt(m.docs)} docs: mean ${fmt(m.meanKb, 1)} KB, generated in ${fmt(m.generateSeconds, 1)} s, RSS before run ${fmt(m.startRssMb)} MB; read ${fmt(m.read)}, skipped ${m.skipped}, duplicates ${m.duplicates}, rankings ${fmt(m.rankings)}, warnings ${fmt(m.warnings)}`,
    );
    for (const [kind, n] of m.warningKinds) console.log(`      ${fmt(n).padStart(7)} × ${kind}`);
  }
  const ok = results.filter((m) => !m.error && m.docs > 0);
  if (ok.length > 1) {
    const perDoc = ok.map((m) => `${fmt(m.docs)}: ${fmt((m.seconds * 1000) / m.docs, 1)}`).join(', ');
    const growth = ok[ok.length - 1]!.seconds / ok[ok.length - 1]!.docs / (ok[0]!.seconds / ok[0]!.docs);
    console.log(`\nms per document (${perDoc}); largest/smallest = ${growth.toFixed(2)} (1.00 = linear growth)`);
  }
  const over = results.find((m) => m.docs === BUDGET.docs && !(m.seconds < BUDGET.seconds));
  if (over)
    console.log(
      `\nOVER BUDGET: ${fmt(over.docs)} documents took ${fmt(over.seconds, 1)} s, budget ${BUDGET.seconds} s`,
    );
}

const { values } = parseArgs({
  options: {
    docs: { type: 'string' },
    seed: { type: 'string', default: '20240121' },
    json: { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
if (values.json) {
  console.log(JSON.stringify(await measure(Number(values.docs), seed)));
} else {
  const sizes = values.docs ? [Number(values.docs)] : SIZES;
  console.log(
    `npm run data's pipeline (worker threads, all cores) on generated documents (seed ${seed}), ${sizes.length > 1 ? 'one child process per size' : 'in this process'}\n`,
  );
  console.log(row(columns));
  const results: Measurement[] = [];
  for (const docs of sizes) {
    const m = values.docs ? await measure(docs, seed) : runChild(docs, seed);
    results.push(m);
    printRow(m);
  }
  printDetails(results);
}
// A benchmark reports; it does not fail the build.
process.exitCode = 0;
