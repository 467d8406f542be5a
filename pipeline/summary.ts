// The table `npm run data` ends with, and its progress bar.
import type { PipelineResult } from './runPipeline.ts';

export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} documents`;
}

/** A summary lists each document up to this many; beyond it, each folder with its counts. */
const LISTED_DOCUMENTS = 40;

export type FolderNotes = { ignored: string[]; missing: string[] };

export function formatSummary(
  result: PipelineResult,
  folders: FolderNotes,
  outDir: string,
  listUnmapped = false,
): string {
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
  const lines = [
    `Dataset written to ${outDir}/`,
    ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${String(v).padStart(6)}`),
  ];
  lines.push(...documentLines(outcomes));
  for (const f of folders.missing) lines.push(`  · ${f}: no such folder, not read`);
  lines.push(...ignoredLines(folders.ignored));
  if (warnings.length)
    lines.push(
      'Warnings:',
      ...warnings.slice(0, 20).map((w) => `  ! ${w}`),
      ...(warnings.length > 20 ? [`  … ${warnings.length - 20} more in build-report.json`] : []),
    );
  if (unmapped.length) {
    lines.push(
      `Unmapped figures (no metric in data/lexicon/metrics.yaml fits them) are listed in ${outDir}/build-report.json${listUnmapped ? ':' : '; --list-unmapped prints them.'}`,
    );
    if (listUnmapped) for (const u of unmapped) lines.push(`  ? ${u.raw}${u.unit}  「${u.quote}」  (${u.reportId})`);
  }
  return lines.join('\n');
}

function documentLines(outcomes: PipelineResult['outcomes']): string[] {
  const lines: string[] = [];
  const listed = outcomes.length <= LISTED_DOCUMENTS;
  const byFolder = new Map<string, { read: number; facts: number; rankings: number }>();
  for (const o of outcomes) {
    if (o.status === 'read' && listed)
      lines.push(
        `  · ${o.file}: ${o.facts} facts, ${o.rankings} rankings${o.encoding !== 'utf-8' ? ` (decoded from ${o.encoding})` : ''}`,
      );
    if (o.status === 'read' && !listed) {
      const folder = folderOf(o.file);
      const counts = byFolder.get(folder) ?? { read: 0, facts: 0, rankings: 0 };
      byFolder.set(folder, {
        read: counts.read + 1,
        facts: counts.facts + o.facts,
        rankings: counts.rankings + o.rankings,
      });
    }
    if (o.status === 'duplicate') lines.push(`  · ${o.file}: same text as ${o.duplicateOf}, not read again`);
    if (o.status === 'skipped') lines.push(`  ✗ ${o.file}: skipped, ${o.reason}`);
  }
  const folders = [...byFolder].map(
    ([folder, c]) => `  · ${folder}/: ${c.read} documents, ${c.facts} facts, ${c.rankings} rankings`,
  );
  return [...folders, ...lines];
}

function ignoredLines(ignored: string[]): string[] {
  if (ignored.length <= 10)
    return ignored.map(
      (f) => `  · ${f}: not a source (.txt, .md, .html; a README is a folder's documentation), ignored`,
    );
  const byFolder = new Map<string, string[]>();
  for (const f of ignored) byFolder.set(folderOf(f), [...(byFolder.get(folderOf(f)) ?? []), f]);
  return [...byFolder].map(
    ([folder, files]) =>
      `  · ${folder}/: ${files.length} files that are not sources ignored (${files.slice(0, 2).join(', ')}${files.length > 2 ? ', …' : ''})`,
  );
}

/** "gov-reports/cities-major/成都市/2019.md" → "gov-reports"; "data/sources/x.txt" → "data/sources". */
function folderOf(file: string): string {
  const parts = file.split('/');
  return parts[0] === 'data' && parts.length > 2
    ? `${parts[0]}/${parts[1]}`
    : ((parts.length > 1 ? parts[0] : '.') as string);
}
