// Writes the dataset deterministically (stable key order comes from construction, records are
// sorted, no timestamps) and atomically: into a temporary sibling folder that replaces the
// output folder in one rename, so a reader never sees half a dataset.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCHEMA_VERSION, type Dataset, type DatasetIndex } from '../../src/data/schema.ts';

export type ExtraFile = { name: string; content: unknown };

export function serializeDataset(data: Dataset, extra: ExtraFile[] = []): Map<string, string> {
  const files = new Map<string, string>();
  const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;
  files.set('regions.json', json(data.regions));
  files.set('metrics.json', json(data.metrics));
  files.set('reports.json', json(data.reports));
  files.set('facts.json', json(data.facts));
  files.set('rankings.json', json(data.rankings));
  for (const t of data.texts) files.set(`reports/${t.id}.json`, json(t));
  for (const e of extra) files.set(e.name, json(e.content));
  const names = [...files.keys()].sort();
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update('\0').update(files.get(name) ?? '');
  const index: DatasetIndex = {
    schemaVersion: SCHEMA_VERSION,
    version: hash.digest('hex').slice(0, 16),
    counts: { reports: data.reports.length, regions: data.regions.length, metrics: data.metrics.length, facts: data.facts.length, rankings: data.rankings.length },
    files: names,
  };
  files.set('index.json', json(index));
  return files;
}

/** Replaces the dataset files in outDir; other entries there (such as geo/) are carried over. */
export function writeDataset(outDir: string, files: Map<string, string>, keep: string[] = ['geo']) {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = `${outDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [name, content] of files) {
    const path = join(staging, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  for (const entry of keep) {
    const from = join(outDir, entry);
    if (existsSync(from)) cpSync(from, join(staging, entry), { recursive: true });
  }
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}
