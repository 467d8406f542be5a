// Prints how the pipeline's output compares with the careful reader's lists:
//   npx tsx scripts/corpusReport.ts [--verbose]
import { shownWhere } from '../pipeline/corpus-expectations/compare.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithExpectations, type Expectations } from '../pipeline/corpus-expectations/compare.ts';
import { readProjectSources } from '../pipeline/testing/projectSources.ts';
import { loadLexicon } from '../pipeline/lexicon/loadLexicon.ts';
import { runPipeline } from '../pipeline/runPipeline.ts';

const verbose = process.argv.includes('--verbose');
const { dataset } = runPipeline(readProjectSources(), loadLexicon('data'));
const dir = 'pipeline/corpus-expectations';
let totals = {
  expected: 0,
  matched: 0,
  wrong: 0,
  missing: 0,
  forbidden: 0,
  unexpected: 0,
  rankings: 0,
  rankingsFound: 0,
};
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const exp = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expectations;
  const c = compareWithExpectations(dataset, exp);
  const name = (id: string) => dataset.regions.find((r) => r.id === id)?.name ?? id;
  console.log(
    `\n## ${file}: subject ${c.subjectOk ? 'ok' : 'WRONG'}; ${c.matched.length}/${exp.facts.length} matched, ${c.wrong.length} wrong, ${c.missing.length} missing, ${c.forbidden.length} forbidden, ${c.unexpected.length} unexpected; rankings ${c.rankingsFound.length}/${exp.rankings.length}`,
  );
  for (const w of c.wrong)
    console.log(
      `  WRONG ${w.expected.metric} ${w.expected.region} ${w.expected.period} ${w.expected.kind}: ${w.differences.join(', ')}  ${shownWhere(w.expected)}`,
    );
  for (const m of c.missing)
    console.log(
      `  MISSING${m.headline ? ' (headline)' : ''} ${m.metric} ${m.region} ${m.period} ${m.kind} v=${m.value} yoy=${m.yoy} ${m.bound ?? ''} ${shownWhere(m)}`,
    );
  for (const f of c.forbidden)
    console.log(`  FORBIDDEN ${f.fact.metricId} ${f.fact.value} ${shownWhere(f)} ${f.why.slice(0, 60)}`);
  if (verbose)
    for (const u of c.unexpected)
      console.log(
        `  extra ${u.metricId} ${name(u.regionId)} ${u.period} ${u.kind} v=${u.value} yoy=${u.yoy} 「${u.quote}」`,
      );
  for (const r of c.rankingsMissing)
    console.log(`  RANKING MISSING ${r.region} ${r.scope} ${r.period} ${r.rank} ${r.result} ${shownWhere(r)}`);
  totals = {
    expected: totals.expected + exp.facts.length,
    matched: totals.matched + c.matched.length,
    wrong: totals.wrong + c.wrong.length,
    missing: totals.missing + c.missing.length,
    forbidden: totals.forbidden + c.forbidden.length,
    unexpected: totals.unexpected + c.unexpected.length,
    rankings: totals.rankings + exp.rankings.length,
    rankingsFound: totals.rankingsFound + c.rankingsFound.length,
  };
}
console.log('\n', totals);
