// npm run data [-- --sources DIR [DIR…] --out DIR]
// Reads the source documents (by default the folders of DEFAULT_SOURCE_FOLDERS that are there),
// runs the pipeline, checks the contract, writes public/data and prints a summary. The exit code says whether every source was read (0), some were skipped (1), or
// nothing could be written (2).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CorrectionsError, readCorrections } from './io/readCorrections.ts';
import { attachNotes, DocumentNotesError, readDocumentNotes } from './io/readDocumentNotes.ts';
import { DEFAULT_SOURCE_FOLDERS, NATIONAL_SOURCE_FOLDERS, readSources } from './io/readSources.ts';
import { formatSuggestions, suggestMetrics } from './suggestMetrics.ts';
import { datasetEntries, writeDataset } from './io/writeDataset.ts';
import { LexiconError, loadLexicon } from './lexicon/loadLexicon.ts';
import { runPipeline } from './runPipeline.ts';
import { runPipelineParallel } from './runPipelineParallel.ts';
import { checkInvariants } from './validate/checkInvariants.ts';
import { writeGeo } from './geo/buildGeo.ts';
import { formatSummary, progressBar } from './summary.ts';

const PROGRESS_THRESHOLD = 30;
const PARALLEL_THRESHOLD = 200;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      sources: { type: 'string', multiple: true },
      out: { type: 'string', default: 'public/data' },
      data: { type: 'string', default: 'data' },
      'max-bytes': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'list-unmapped': { type: 'boolean', default: false },
      'suggest-metrics': { type: 'boolean', default: false },
      // Corrections name reports of the default folders; other folders take their own file, if any.
      corrections: { type: 'string' },
      // Facts about documents their text does not say (dates, regions, ids).
      notes: { type: 'string' },
      // The map's boundary files; benchmarks and tests of the extractor do not need them.
      geo: { type: 'boolean', default: true },
      'no-geo': { type: 'boolean', default: false },
      // A record that breaks the contract fails the build instead of being left out with a warning.
      strict: { type: 'boolean', default: false },
      // The default folders, China's government work reports and Gansu's county pages.
      national: { type: 'boolean', default: false },
      // Folders read besides the default ones (a user's own documents where they are).
      also: { type: 'string', multiple: true },
    },
  });
  const root = process.cwd();
  let lexicon;
  try {
    lexicon = loadLexicon(resolve(values.data));
  } catch (error) {
    if (error instanceof LexiconError) {
      console.error(`lexicon error: ${error.message}`);
      return 2;
    }
    throw error;
  }
  // `--sources a b c` and `--sources a --sources b` both name several folders.
  const given = values.sources ? [...values.sources, ...positionals] : null;
  const folders = given ?? [
    ...DEFAULT_SOURCE_FOLDERS,
    ...(values.national ? NATIONAL_SOURCE_FOLDERS : []),
    ...(values.also ?? []),
  ];
  let corrections;
  let notes;
  try {
    const file = values.corrections ?? (given ? null : resolve(values.data, 'corrections.yaml'));
    corrections = file ? readCorrections(resolve(file), values.corrections ?? 'data/corrections.yaml') : [];
    notes = readDocumentNotes(
      resolve(values.notes ?? resolve(values.data, 'documents.yaml')),
      values.notes ?? 'data/documents.yaml',
    );
  } catch (error) {
    if (error instanceof CorrectionsError || error instanceof DocumentNotesError) {
      console.error(`${error instanceof CorrectionsError ? 'corrections' : 'document notes'} error: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const read = readSources(
    folders.map((f) => resolve(f)),
    root,
  );
  const { ignored, missing } = read;
  const { sources } = attachNotes(read.sources, notes);
  const showProgress = sources.length > PROGRESS_THRESHOLD && process.stderr.isTTY && !values.quiet;
  const options = {
    corrections,
    ...(values['max-bytes'] ? { maxBytes: Number(values['max-bytes']) } : {}),
    ...(showProgress
      ? { onProgress: (done: number, total: number) => process.stderr.write(`\r${progressBar(done, total)}`) }
      : {}),
  };
  // Large batches use every core; the output is the same either way.
  const result =
    sources.length > PARALLEL_THRESHOLD
      ? await runPipelineParallel(sources, resolve(values.data), options)
      : runPipeline(sources, lexicon, options);
  if (showProgress) process.stderr.write('\n');

  if (result.correctionErrors.length > 0) {
    console.error(
      `data/corrections.yaml cannot be applied; nothing was written:\n${result.correctionErrors.map((p) => `  - ${p}`).join('\n')}`,
    );
    return 2;
  }
  if (values.strict && result.leftOut.length > 0) {
    console.error(
      `--strict: ${result.leftOut.length} record(s) break the contract; nothing was written:\n${result.leftOut.map((p) => `  - ${p}`).join('\n')}`,
    );
    return 2;
  }
  const problems = checkInvariants(result.dataset);
  if (problems.length > 0) {
    console.error(
      `The dataset breaks the contract; nothing was written:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    return 2;
  }
  const buildReport = {
    sources: result.outcomes,
    ignoredFiles: ignored,
    warnings: result.warnings,
    unmapped: result.unmapped,
  };
  writeDataset(
    resolve(values.out),
    datasetEntries(result.dataset, [{ name: 'build-report.json', content: buildReport }]),
  );
  if (values.geo && !values['no-geo']) {
    const provinces = result.dataset.regions.filter((r) => r.level === 'province').map((r) => r.id);
    // Regions in more than one province: a national map to compare them on, too.
    const geo = await writeGeo(resolve(values.out, 'geo'), provinces, { national: provinces.length > 1 });
    if (!values.quiet)
      console.log(
        `Boundaries for ${geo.provinces.map((p) => p.provinceName).join('、') || 'no province'} written to ${values.out}/geo/`,
      );
  }
  if (!values.quiet) console.log(formatSummary(result, { ignored, missing }, values.out, values['list-unmapped']));
  if (values['suggest-metrics']) console.log(`\n${formatSuggestions(suggestMetrics(result.dataset))}`);
  const skipped = result.outcomes.filter((o) => o.status === 'skipped');
  for (const s of skipped) if (s.status === 'skipped') console.error(`skipped ${s.file}: ${s.reason}`);
  return skipped.length > 0 ? 1 : 0;
}

process.exitCode = await main();
