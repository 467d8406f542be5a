// Prints how the pipeline reads the real corpus beside the careful reader's lists:
// `npm run score:real` (all documents, totals and every difference), `-- --doc jiaxian` (one).
import { readProjectSources } from '../pipeline/testing/projectSources.ts';
import { runPipeline } from '../pipeline/runPipeline.ts';
import { realLexicon } from '../pipeline/testing/lexicon.ts';
import { shownWhere } from '../pipeline/corpus-expectations/compare.ts';
import { describeFact, readRealLists, scoreRealCorpus } from '../pipeline/testing/scoreRealCorpus.ts';

const only = process.argv.includes('--doc') ? process.argv[process.argv.indexOf('--doc') + 1] : undefined;
const quiet = process.argv.includes('--quiet');
const result = runPipeline(readProjectSources(), realLexicon());
const lists = readRealLists().filter((l) => !only || l.source.includes(only));
const score = scoreRealCorpus(result.dataset, lists);
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;

if (!quiet) {
  for (const d of score.documents) {
    const c = d.comparison;
    const problems =
      c.wrong.length +
      c.missing.length +
      c.spurious.length +
      c.trapsTaken.length +
      c.rankingsWrong.length +
      c.rankingsMissing.length +
      c.rankingsSpurious.length +
      c.metadata.length;
    console.log(
      `\n## ${d.exp.source}: ${c.correct.length}/${d.exp.facts.length} right, ${d.found} found, ${d.onList}/${d.written} written on the list${problems ? '' : ' ✓'}`,
    );
    for (const m of c.metadata) console.log(`  meta      ${m}`);
    for (const w of c.wrong) console.log(`  wrong     ${describeFact(w.expected)}: ${w.differences.join(', ')}`);
    for (const m of c.missing) console.log(`  missing${m.headline ? '*' : ' '}  ${describeFact(m)}`);
    for (const f of c.spurious)
      console.log(
        `  unlisted  ${f.metricId} ${f.regionId} ${f.period} ${f.kind} v=${f.value} yoy=${f.yoy} 「${f.quote}」`,
      );
    for (const t of c.trapsTaken)
      console.log(`  trap      ${t.fact.metricId} ${t.fact.value} ${shownWhere(t)} (${t.why})`);
    for (const r of c.rankingsWrong)
      console.log(`  rank≠     ${r.expected.region} ${shownWhere(r.expected)}: ${r.differences.join(', ')}`);
    for (const r of c.rankingsMissing) console.log(`  rank?     ${r.region} ${r.result} ${shownWhere(r)}`);
    for (const r of c.rankingsSpurious) console.log(`  rank+     ${r.regionId} ${r.result} 「${r.quote}」`);
  }
}
console.log(
  `\nlisted ${score.listed} · found (region, value) ${score.found} = ${pct(score.found, score.listed)} (≥ 90 %) · fully right ${score.fullyRight} = ${pct(score.fullyRight, score.listed)} (≥ 80 %)`,
);
console.log(
  `written ${score.written} · on the lists ${score.onList} = ${pct(score.onList, score.written)} (≥ 95 %) · wrong ${score.wrong.length} · headline missed ${score.headlineMissing.length}`,
);
console.log(
  `wrong region ${score.wrongRegion.length} · wrong year ${score.wrongYear.length} · year not named ${score.unsupportedYears.length}`,
);
for (const u of score.unsupportedYears) console.log(`  year?     ${u}`);
