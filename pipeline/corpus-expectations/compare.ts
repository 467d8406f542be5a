// Compares the pipeline's output for one document with a careful reader's list of its figures
// (the JSON files beside this one, written by reading the texts, not from pipeline output).
import type { Dataset, Fact, Ranking } from '../../src/data/schema.ts';

export type ExpectedFact = {
  region: string;
  regionLevel?: string;
  metric: string;
  value: number | null;
  unit: string;
  yoy: number | null;
  bound: 'min' | 'max' | null;
  period: string;
  kind: 'actual' | 'estimate' | 'target';
  headline?: boolean;
  evidence: string;
};
export type ExpectedRanking = { region: string; scope: string; period: string; rank: number | null; result: string; evidence: string; assessment?: string; reportedBy?: string };
export type Expectations = {
  source: string;
  subject: string;
  facts: ExpectedFact[];
  rankings: ExpectedRanking[];
  mustNot: { evidence: string; why: string }[];
};

export type Comparison = {
  reportId: string | null;
  matched: { expected: ExpectedFact; fact: Fact }[];
  wrong: { expected: ExpectedFact; fact: Fact; differences: string[] }[];
  missing: ExpectedFact[];
  unexpected: Fact[];
  forbidden: { fact: Fact; evidence: string; why: string }[];
  rankingsFound: ExpectedRanking[];
  rankingsMissing: ExpectedRanking[];
  /** Found, but naming the assessment, the result or the reporting body differently from the reader. */
  rankingsMislabelled: { expected: ExpectedRanking; ranking: Ranking; differences: string[] }[];
  subjectOk: boolean;
};

const plain = (s: string) => s.replace(/[“”"‘’「」()（）\s]/g, '');
/** The same label, allowing for the reader's fuller wording: one contains the other, or both end
 *  in the same head noun ("4项指标" for "4项主要经济指标"). */
export function sameLabel(expected: string, produced: string): boolean {
  const a = plain(expected);
  const b = plain(produced);
  return a.includes(b) || b.includes(a) || (a.length >= 2 && b.length >= 2 && a.slice(-2) === b.slice(-2));
}

const close = (a: number | null, b: number | null | undefined) => (a === null || a === undefined ? b === null || b === undefined : b !== null && b !== undefined && Math.abs(a - b) <= Math.abs(a) * 1e-9);

export function compareWithExpectations(data: Dataset, exp: Expectations): Comparison {
  const report = data.reports.find((r) => r.sourceFile.endsWith(exp.source));
  const empty: Comparison = { reportId: null, matched: [], wrong: [], missing: exp.facts, unexpected: [], forbidden: [], rankingsFound: [], rankingsMissing: exp.rankings, rankingsMislabelled: [], subjectOk: false };
  if (!report) return empty;
  const text = data.texts.find((t) => t.id === report.id)?.text ?? '';
  const facts = data.facts.filter((f) => f.reportId === report.id);
  const regionIdsFor = (name: string) => data.regions.filter((r) => r.name === name || r.shortName === name || r.aliases.includes(name)).map((r) => r.id);
  const regionName = (id: string | null | undefined) => data.regions.find((r) => r.id === id)?.name;

  const used = new Set<Fact>();
  const result: Comparison = { ...empty, reportId: report.id, missing: [], rankingsMissing: [], rankingsMislabelled: [], subjectOk: regionName(report.subjectRegionId) === exp.subject };
  for (const e of exp.facts) {
    const ids = regionIdsFor(e.region);
    const candidates = facts.filter((f) => !used.has(f) && ids.includes(f.regionId) && f.metricId === e.metric && f.period === e.period && f.kind === e.kind);
    const exact = candidates.find((f) => close(e.value, f.value) && close(e.yoy, f.yoy) && (e.bound ?? undefined) === f.bound);
    if (exact) {
      used.add(exact);
      result.matched.push({ expected: e, fact: exact });
      continue;
    }
    const near = candidates.find((f) => f.quote.includes(e.evidence) || e.evidence.includes(f.raw.value)) ?? candidates[0];
    if (near) {
      used.add(near);
      const differences: string[] = [];
      if (!close(e.value, near.value)) differences.push(`value ${near.value} ≠ ${e.value}`);
      if (!close(e.yoy, near.yoy)) differences.push(`yoy ${near.yoy} ≠ ${e.yoy}`);
      if ((e.bound ?? undefined) !== near.bound) differences.push(`bound ${near.bound} ≠ ${e.bound}`);
      result.wrong.push({ expected: e, fact: near, differences });
    } else {
      result.missing.push(e);
    }
  }
  result.unexpected = facts.filter((f) => !used.has(f));

  for (const m of exp.mustNot) {
    const at = text.indexOf(m.evidence);
    if (at < 0) continue;
    const end = at + m.evidence.length;
    for (const f of facts) {
      if (result.matched.some((x) => x.fact === f)) continue;
      const number = f.raw.value;
      let i = f.quote.indexOf(number);
      while (i >= 0) {
        const pos = f.span[0] + i;
        if (pos >= at && pos + number.length <= end && !/\d/.test(text[pos - 1] ?? '') && !/\d/.test(text[pos + number.length] ?? '')) {
          result.forbidden.push({ fact: f, evidence: m.evidence, why: m.why });
          break;
        }
        i = f.quote.indexOf(number, i + 1);
      }
    }
  }

  const rankings = data.rankings.filter((r) => r.reportId === report.id);
  const usedRankings = new Set<Ranking>();
  for (const e of exp.rankings) {
    const ids = regionIdsFor(e.region);
    const scopeIds = regionIdsFor(e.scope);
    const candidates = rankings.filter((r) => !usedRankings.has(r) && ids.includes(r.regionId) && r.period === e.period && r.rank === e.rank && (scopeIds.length === 0 || (r.scopeId !== null && scopeIds.includes(r.scopeId))) && r.quote.length > 0);
    const differencesOf = (r: Ranking) => {
      const d: string[] = [];
      if (e.assessment && !sameLabel(e.assessment, r.assessment)) d.push(`assessment 「${r.assessment}」 ≠ 「${e.assessment}」`);
      if (!sameLabel(e.result, r.result)) d.push(`result 「${r.result}」 ≠ 「${e.result}」`);
      if (e.reportedBy && !regionIdsFor(e.reportedBy).includes(r.reportedBy ?? '')) d.push(`reportedBy ${regionName(r.reportedBy) ?? 'none'} ≠ ${e.reportedBy}`);
      return d;
    };
    const found = candidates.find((r) => differencesOf(r).length === 0) ?? candidates[0];
    if (!found) {
      result.rankingsMissing.push(e);
      continue;
    }
    usedRankings.add(found);
    result.rankingsFound.push(e);
    const differences = differencesOf(found);
    if (differences.length) result.rankingsMislabelled.push({ expected: e, ranking: found, differences });
  }
  return result;
}
