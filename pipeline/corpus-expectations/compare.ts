// Compares the pipeline's output for one document with a careful reader's list of its figures
// (the JSON files beside this one, written by reading the texts, not from pipeline output).
import type { Dataset, Fact, Ranking } from '../../src/data/schema.ts';

/** Where a listed figure is written. The lists of documents that are not ours give a short
 *  `locator` (a few characters around the figure's number, unique in the document's text, or its
 *  `occurrence`-th appearance there, counted from 1); the project's own fixtures may give the whole
 *  `evidence` instead. Either is a literal substring of the document's text. */
export type Located = { locator?: string; occurrence?: number; evidence?: string };
export type MustNot = Located & { why: string };

/** The span of the report's text a list entry names, or null when its text is not there. */
export function locate(text: string, entry: Located): [number, number] | null {
  const s = entry.locator ?? entry.evidence;
  if (!s) return null;
  let at = text.indexOf(s);
  for (let n = entry.occurrence ?? 1; n > 1 && at >= 0; n--) at = text.indexOf(s, at + 1);
  return at < 0 ? null : [at, at + s.length];
}

/** How a message names the place: 「locator」 (#n when the list gives its occurrence), or 「evidence」. */
export const shownWhere = (entry: Located): string =>
  `「${entry.locator ?? entry.evidence ?? ''}」${entry.occurrence ? `#${entry.occurrence}` : ''}`;

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
} & Located;
export type ExpectedRanking = {
  region: string;
  scope: string;
  period: string;
  rank: number | null;
  result: string;
  assessment?: string;
  reportedBy?: string;
} & Located;
export type Expectations = {
  source: string;
  subject: string;
  facts: ExpectedFact[];
  rankings: ExpectedRanking[];
  mustNot: MustNot[];
};

export type Comparison = {
  reportId: string | null;
  matched: { expected: ExpectedFact; fact: Fact }[];
  wrong: { expected: ExpectedFact; fact: Fact; differences: string[] }[];
  missing: ExpectedFact[];
  unexpected: Fact[];
  forbidden: (MustNot & { fact: Fact })[];
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

const close = (a: number | null, b: number | null | undefined) =>
  a === null || a === undefined
    ? b === null || b === undefined
    : b !== null && b !== undefined && Math.abs(a - b) <= Math.abs(a) * 1e-9;

export function compareWithExpectations(data: Dataset, exp: Expectations): Comparison {
  const report = data.reports.find((r) => isReportOf(r, exp.source));
  const empty: Comparison = {
    reportId: null,
    matched: [],
    wrong: [],
    missing: exp.facts,
    unexpected: [],
    forbidden: [],
    rankingsFound: [],
    rankingsMissing: exp.rankings,
    rankingsMislabelled: [],
    subjectOk: false,
  };
  if (!report) return empty;
  const text = data.texts.find((t) => t.id === report.id)?.text ?? '';
  const facts = data.facts.filter((f) => f.reportId === report.id);
  const regionIdsFor = (name: string) =>
    data.regions.filter((r) => r.name === name || r.shortName === name || r.aliases.includes(name)).map((r) => r.id);
  const regionName = (id: string | null | undefined) => data.regions.find((r) => r.id === id)?.name;

  const used = new Set<Fact>();
  const result: Comparison = {
    ...empty,
    reportId: report.id,
    missing: [],
    rankingsMissing: [],
    rankingsMislabelled: [],
    subjectOk: regionName(report.subjectRegionId) === exp.subject,
  };
  for (const e of exp.facts) {
    const ids = regionIdsFor(e.region);
    const candidates = facts.filter(
      (f) =>
        !used.has(f) &&
        ids.includes(f.regionId) &&
        f.metricId === e.metric &&
        f.period === e.period &&
        f.kind === e.kind,
    );
    const exact = candidates.find(
      (f) => close(e.value, f.value) && close(e.yoy, f.yoy) && (e.bound ?? undefined) === f.bound,
    );
    if (exact) {
      used.add(exact);
      result.matched.push({ expected: e, fact: exact });
      continue;
    }
    // The fact written where the reader found the figure, else the first of its metric.
    const at = locate(text, e);
    const near = candidates.find((f) => at !== null && f.span[0] < at[1] && f.span[1] > at[0]) ?? candidates[0];
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
    const located = locate(text, m);
    if (!located) continue;
    const [at, end] = located;
    for (const f of facts) {
      if (result.matched.some((x) => x.fact === f)) continue;
      const number = f.raw.value;
      let i = f.quote.indexOf(number);
      while (i >= 0) {
        const pos = f.span[0] + i;
        if (
          pos >= at &&
          pos + number.length <= end &&
          !/\d/.test(text[pos - 1] ?? '') &&
          !/\d/.test(text[pos + number.length] ?? '')
        ) {
          result.forbidden.push({ ...m, fact: f });
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
    const candidates = rankings.filter(
      (r) =>
        !usedRankings.has(r) &&
        ids.includes(r.regionId) &&
        r.period === e.period &&
        r.rank === e.rank &&
        (scopeIds.length === 0 || (r.scopeId !== null && scopeIds.includes(r.scopeId))) &&
        r.quote.length > 0,
    );
    const differencesOf = (r: Ranking) => {
      const d: string[] = [];
      if (e.assessment && !sameLabel(e.assessment, r.assessment))
        d.push(`assessment 「${r.assessment}」 ≠ 「${e.assessment}」`);
      if (!sameLabel(e.result, r.result)) d.push(`result 「${r.result}」 ≠ 「${e.result}」`);
      if (e.reportedBy && !regionIdsFor(e.reportedBy).includes(r.reportedBy ?? ''))
        d.push(`reportedBy ${regionName(r.reportedBy) ?? 'none'} ≠ ${e.reportedBy}`);
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

/** A list names its document by its file in ../shared ("real-corpus/x.txt") or by the report id it has kept. */
export function isReportOf(report: { id: string; sourceFile: string }, source: string): boolean {
  return report.sourceFile.endsWith(source) || report.id === source.replace(/\.[^.]+$/, '');
}
