// The contract's invariants, checked on the whole dataset before anything is written. Returns
// every violation (not just the first) so a failing build says all that is wrong at once.
import {
  factsFileSchema,
  metricsFileSchema,
  rankingsFileSchema,
  regionsFileSchema,
  reportsFileSchema,
  reportTextSchema,
  targetsFileSchema,
  type Dataset,
} from '../../src/data/schema.ts';
import { checkTargets } from '../targets/checkTargets.ts';

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
  schemaCheck('facts.json', factsFileSchema, data.facts);
  schemaCheck('rankings.json', rankingsFileSchema, data.rankings);
  data.texts.forEach((t) => schemaCheck(`reports/${t.id}.json`, reportTextSchema, t));

  const regions = new Map(data.regions.map((r) => [r.id, r]));
  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  const texts = new Map(data.texts.map((t) => [t.id, t.text]));
  const reports = new Set(data.reports.map((r) => r.id));
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
  for (const f of data.facts) {
    const where = `facts.json: ${f.id}`;
    if (!regions.has(f.regionId)) problems.push(`${where}: unknown region ${f.regionId}`);
    if (f.reportedBy && !regions.has(f.reportedBy)) problems.push(`${where}: unknown reporting body ${f.reportedBy}`);
    const metric = metrics.get(f.metricId);
    if (!metric) problems.push(`${where}: unknown metric ${f.metricId}`);
    else if (metric.unit !== f.unit) problems.push(`${where}: unit ${f.unit} is not the metric's unit ${metric.unit}`);
    if (!reports.has(f.reportId)) problems.push(`${where}: unknown report ${f.reportId}`);
    const text = texts.get(f.reportId);
    if (text === undefined) problems.push(`${where}: no text for report ${f.reportId}`);
    else if (text.slice(f.span[0], f.span[1]) !== f.quote) problems.push(`${where}: quote is not text.slice(span)`);
    if (!f.quote.includes(f.raw.value)) problems.push(`${where}: quote does not contain raw value "${f.raw.value}"`);
    if (f.value === null && f.yoy === null && f.ppChange === undefined)
      problems.push(`${where}: neither a value nor a change`);
    for (const other of f.conflictsWith ?? [])
      if (!data.facts.some((g) => g.id === other)) problems.push(`${where}: conflictsWith unknown fact ${other}`);
  }
  for (const r of data.rankings) {
    const where = `rankings.json: ${r.id}`;
    if (!regions.has(r.regionId)) problems.push(`${where}: unknown region ${r.regionId}`);
    if (r.scopeId && !regions.has(r.scopeId)) problems.push(`${where}: unknown scope ${r.scopeId}`);
    if (r.reportedBy && !regions.has(r.reportedBy)) problems.push(`${where}: unknown reporting body ${r.reportedBy}`);
    const text = texts.get(r.reportId);
    if (text === undefined || text.slice(r.span[0], r.span[1]) !== r.quote)
      problems.push(`${where}: quote is not text.slice(span)`);
  }
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
