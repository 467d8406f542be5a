// The table `npm run data` ends with, and its progress bar.
import type { PipelineResult } from './runPipeline.ts';

export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} documents`;
}

export function formatSummary(result: PipelineResult, ignored: string[], outDir: string, listUnmapped = false): string {
  const { dataset, outcomes, warnings, unmapped } = result;
  const count = (status: string) => outcomes.filter((o) => o.status === status).length;
  const rows: [string, string | number][] = [
    ['documents read', count('read')],
    ['duplicates', count('duplicate')],
    ['skipped', count('skipped')],
    ['regions', dataset.regions.length],
    ['metrics', dataset.metrics.length],
    ['facts', dataset.facts.length],
    ['rankings', dataset.rankings.length],
    ['unmapped figures', unmapped.length],
    ['warnings', warnings.length],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = [`Dataset written to ${outDir}/`, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${String(v).padStart(6)}`)];
  for (const o of outcomes) {
    if (o.status === 'read') lines.push(`  · ${o.file}: ${o.facts} facts, ${o.rankings} rankings${o.encoding !== 'utf-8' ? ` (decoded from ${o.encoding})` : ''}`);
    if (o.status === 'duplicate') lines.push(`  · ${o.file}: same text as ${o.duplicateOf}, not read again`);
    if (o.status === 'skipped') lines.push(`  ✗ ${o.file}: skipped, ${o.reason}`);
  }
  for (const f of ignored) lines.push(`  · ${f}: not a source type (.txt, .md, .html), ignored`);
  if (warnings.length) lines.push('Warnings:', ...warnings.slice(0, 20).map((w) => `  ! ${w}`), ...(warnings.length > 20 ? [`  … ${warnings.length - 20} more in build-report.json`] : []));
  if (unmapped.length) {
    lines.push(`Unmapped figures (no metric in data/lexicon/metrics.yaml fits them) are listed in ${outDir}/build-report.json${listUnmapped ? ':' : '; --list-unmapped prints them.'}`);
    if (listUnmapped) for (const u of unmapped) lines.push(`  ? ${u.raw}${u.unit}  「${u.quote}」  (${u.reportId})`);
  }
  return lines.join('\n');
}
