// The contract's invariants, checked on the whole dataset before anything is written. Returns
// every violation (not just the first) so a failing build says all that is wrong at once.
import {
  metricsFileSchema,
  regionsFileSchema,
  reportsFileSchema,
  reportTextSchema,
  targetsFileSchema,
  type Dataset,
} from '../../src/data/schema.ts';
import { checkTargets } from '../targets/checkTargets.ts';
import { recordChecks } from './leaveOutInvalid.ts';

export function checkInvariants(data: Dataset): string[] {
  const problems: string[] = [];
  const schemaCheck = (
    name: string,
    schema: {
      safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
    },
    value: unknown,
  ) => {
    const r = schema.safeParse(value);
    if (!r.success)
      for (const issue of r.error?.issues.slice(0, 5) ?? [])
        problems.push(`${name}: ${issue.path.join('.')}: ${issue.message}`);
  };
  schemaCheck('regions.json', regionsFileSchema, data.regions);
  schemaCheck('metrics.json', metricsFileSchema, data.metrics);
  schemaCheck('reports.json', reportsFileSchema, data.reports);
  data.texts.forEach((t) => schemaCheck(`reports/${t.id}.json`, reportTextSchema, t));

  const regions = new Map(data.regions.map((r) => [r.id, r]));
  const texts = new Map(data.texts.map((t) => [t.id, t.text]));
  const unique = (label: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${label}: id ${id} is used twice`);
      seen.add(id);
    }
  };
  unique(
    'regions.json',
    data.regions.map((r) => r.id),
  );
  unique(
    'facts.json',
    data.facts.map((f) => f.id),
  );
  unique(
    'rankings.json',
    data.rankings.map((r) => r.id),
  );
  unique(
    'reports.json',
    data.reports.map((r) => r.id),
  );

  for (const r of data.regions) {
    if (r.level !== 'province' && !r.parentId) problems.push(`regions.json: ${r.id} (${r.name}) has no parent`);
    if (r.parentId && !regions.has(r.parentId))
      problems.push(`regions.json: ${r.id} points to missing parent ${r.parentId}`);
  }
  // Each fact and ranking on its own: the same checks the build leaves a malformed record out by.
  const checks = recordChecks(data);
  const factIds = new Set(data.facts.map((f) => f.id));
  for (const f of data.facts) {
    for (const p of checks.factProblems(f)) problems.push(`facts.json: ${f.id}: ${p}`);
    for (const other of f.conflictsWith ?? [])
      if (!factIds.has(other)) problems.push(`facts.json: ${f.id}: conflictsWith unknown fact ${other}`);
  }
  for (const r of data.rankings)
    for (const p of checks.rankingProblems(r)) problems.push(`rankings.json: ${r.id}: ${p}`);
  const factById = new Map(data.facts.map((f) => [f.id, f]));
  for (const c of checkTargets(data.facts, data.metrics)) {
    const target = factById.get(c.targetFactId);
    const result = factById.get(c.resultFactId);
    if (target?.kind !== 'target') problems.push(`targets.json: ${c.id}: ${c.targetFactId} is not a target`);
    if (!result || result.kind === 'target') problems.push(`targets.json: ${c.id}: ${c.resultFactId} is not a result`);
    if (
      target &&
      result &&
      (target.regionId !== result.regionId || target.metricId !== result.metricId || target.period !== result.period)
    )
      problems.push(`targets.json: ${c.id}: target and result differ in region, metric or period`);
  }
  schemaCheck('targets.json', targetsFileSchema, checkTargets(data.facts, data.metrics));
  for (const report of data.reports) {
    for (const id of report.regionIds)
      if (!regions.has(id)) problems.push(`reports.json: ${report.id} lists unknown region ${id}`);
    if (!texts.has(report.id)) problems.push(`reports.json: ${report.id} has no text file`);
  }
  return problems;
}
