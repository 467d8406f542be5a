// Prints how the pipeline reads Gansu's county pages beside their answer keys:
// `npm run score:county` (totals and every difference), `-- --doc kangle` (matching pages only).
import { runPipeline } from '../pipeline/runPipeline.ts';
import { realLexicon } from '../pipeline/testing/lexicon.ts';
import { readProjectSources } from '../pipeline/testing/projectSources.ts';
import { COUNTY_PAGES, readAnswerKeys, scoreCountyPages } from '../pipeline/testing/scoreCountyPages.ts';

const only = process.argv.includes('--doc') ? process.argv[process.argv.indexOf('--doc') + 1] : undefined;
const result = runPipeline(readProjectSources([COUNTY_PAGES]), realLexicon());
const keys = readAnswerKeys().filter((k) => !only || k.doc.includes(only));
const score = scoreCountyPages(result.dataset, keys, realLexicon());
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;

for (const doc of [...new Set(keys.map((k) => k.doc))]) {
  const mine = score.results.filter((r) => r.key.doc === doc);
  const right = mine.filter((r) => r.found && r.differences.length === 0).length;
  console.log(`\n## ${doc}: ${right}/${mine.length} right, ${mine.filter((r) => r.found).length} found`);
  for (const r of mine) {
    if (r.found && r.differences.length === 0) continue;
    const k = r.key;
    console.log(
      `  ${r.found ? 'WRONG  ' : 'MISSING'} ${k.metric} ${k.region} ${k.period} ${k.kind} ${k.value}${k.unit} → ${r.differences.join(', ')}`,
    );
  }
  const reportFacts = score.unkeyed.filter(
    (f) => f.reportId === result.dataset.reports.find((x) => x.sourceFile.endsWith(`/${doc}.txt`))?.id,
  );
  for (const f of reportFacts)
    console.log(
      `  UNKEYED ${f.metricId} ${f.regionId} ${f.period} ${f.kind} ${f.value ?? ''}/${f.yoy ?? ''} 「${f.quote.slice(0, 40)}」`,
    );
}
console.log(
  `\nkeyed ${score.keyed} · found (county, value) ${score.found} = ${pct(score.found, score.keyed)} · fully right ${score.fullyRight} = ${pct(score.fullyRight, score.keyed)}` +
    ` · headline figures written ${score.written}, keyed ${score.writtenRight} = ${pct(score.writtenRight, score.written)}`,
);
