// One malformed record never costs the dataset: a fact or ranking that breaks the contract on its
// own (its shape, its period, an unknown region or metric, a quote that is not its span of the
// text) is left out with a warning naming its report, its quote and why; the rest is written.
// `npm run data -- --strict` turns any such warning into a failed build.
import {
  factSchema,
  periodPattern,
  rankingSchema,
  type Dataset,
  type Fact,
  type Ranking,
} from '../../src/data/schema.ts';

export type LeftOut = { records: Pick<Dataset, 'facts' | 'rankings'>; warnings: string[] };

type Lookup = {
  regions: Set<string>;
  metricUnits: Map<string, string>;
  texts: Map<string, string>;
  reports: Set<string>;
};

/** The checks each fact and ranking must pass on its own; the build's invariants use them too. */
export type RecordChecks = { factProblems(f: Fact): string[]; rankingProblems(r: Ranking): string[] };

export function recordChecks(data: Dataset): RecordChecks {
  const lookup: Lookup = {
    regions: new Set(data.regions.map((r) => r.id)),
    metricUnits: new Map(data.metrics.map((m) => [m.id, m.unit])),
    texts: new Map(data.texts.map((t) => [t.id, t.text])),
    reports: new Set(data.reports.map((r) => r.id)),
  };
  return { factProblems: (f) => factProblems(f, lookup), rankingProblems: (r) => rankingProblems(r, lookup) };
}

export function leaveOutInvalid(data: Dataset): LeftOut {
  const checks = recordChecks(data);
  const files = new Map(data.reports.map((r) => [r.id, r.sourceFile]));
  const warnings: string[] = [];
  const keep =
    <T extends { reportId: string; quote: string }>(kind: string, problemsOf: (r: T) => string[]) =>
    (r: T) => {
      const problems = problemsOf(r);
      if (problems.length === 0) return true;
      warnings.push(
        `${files.get(r.reportId) ?? r.reportId}: ${kind} left out (「${r.quote.slice(0, 60)}」): ${problems.join('; ')}`,
      );
      return false;
    };
  const facts = data.facts.filter(keep<Fact>('figure', checks.factProblems));
  const rankings = data.rankings.filter(keep<Ranking>('ranking', checks.rankingProblems));
  return { records: { facts, rankings }, warnings };
}

function schemaProblems(
  schema: {
    safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

function quoteProblems(r: { reportId: string; quote: string; span: [number, number] }, lookup: Lookup): string[] {
  const text = lookup.texts.get(r.reportId);
  if (!lookup.reports.has(r.reportId) || text === undefined) return [`unknown report ${r.reportId}`];
  return text.slice(r.span[0], r.span[1]) === r.quote ? [] : ['the quote is not its span of the text'];
}

/** The contract's period shapes: 2023, 2023-H1, 2023-Q3, 2023-01/09, 2023-09, 2023-YTD, 2016/2020. */
function periodProblems(period: string): string[] {
  return periodPattern.test(period)
    ? []
    : [
        `period "${period}" is none of the contract's (2023, 2023-H1, 2023-Q3, 2023-01/09, 2023-09, 2023-YTD, 2016/2020)`,
      ];
}

function factProblems(f: Fact, lookup: Lookup): string[] {
  const problems = [
    ...periodProblems(f.period),
    ...schemaProblems(factSchema, { ...f, period: '2000' }),
    ...quoteProblems(f, lookup),
  ];
  if (!lookup.regions.has(f.regionId)) problems.push(`unknown region ${f.regionId}`);
  if (f.reportedBy && !lookup.regions.has(f.reportedBy)) problems.push(`unknown reporting body ${f.reportedBy}`);
  const unit = lookup.metricUnits.get(f.metricId);
  if (unit === undefined) problems.push(`unknown metric ${f.metricId}`);
  else if (unit !== f.unit) problems.push(`unit ${f.unit} is not the metric's unit ${unit}`);
  if (!f.quote.includes(f.raw.value)) problems.push(`the quote does not contain "${f.raw.value}"`);
  if (f.value === null && f.yoy === null && f.ppChange === undefined) problems.push('neither a value nor a change');
  return problems;
}

function rankingProblems(r: Ranking, lookup: Lookup): string[] {
  const problems = [
    ...periodProblems(r.period),
    ...schemaProblems(rankingSchema, { ...r, period: '2000' }),
    ...quoteProblems(r, lookup),
  ];
  if (!lookup.regions.has(r.regionId)) problems.push(`unknown region ${r.regionId}`);
  if (r.scopeId && !lookup.regions.has(r.scopeId)) problems.push(`unknown scope ${r.scopeId}`);
  if (r.reportedBy && !lookup.regions.has(r.reportedBy)) problems.push(`unknown reporting body ${r.reportedBy}`);
  return problems;
}
