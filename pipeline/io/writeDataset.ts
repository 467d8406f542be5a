// Writes the dataset deterministically (stable key order comes from construction, records are
// sorted, no timestamps) and atomically: into a temporary sibling folder that replaces the
// output folder in one rename, so a reader never sees half a dataset. Files are produced one at a
// time and large arrays in chunks, so a national dataset (a million facts) never has to exist as
// one string.
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { SCHEMA_VERSION, type Dataset, type DatasetIndex } from '../../src/data/schema.ts';
import { factsToCsvLines } from '../../src/data/select/toCsv.ts';
import { checkTargets } from '../targets/checkTargets.ts';
import { shardFiles } from './shardDataset.ts';

export type ExtraFile = { name: string; content: unknown };
/** A file's content as the chunks that make it up. */
export type Content = Iterable<string>;

const CHUNK = 2000;
/** Snapshots of earlier dataset versions carried over by a rebuild. */
const KEPT_VERSIONS = 20;

/** An array as one record a line: diffable, and written in chunks. */
function* jsonArray(records: readonly unknown[]): Generator<string> {
  if (records.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < records.length; i += CHUNK) {
    const part = records.slice(i, i + CHUNK).map((r) => JSON.stringify(r));
    yield `${i === 0 ? '[\n' : ',\n'}${part.join(',\n')}`;
  }
  yield '\n]\n';
}

const jsonFile = (value: unknown): Content =>
  Array.isArray(value) ? jsonArray(value) : [`${JSON.stringify(value, null, 1)}\n`];

function* csvFile(data: Dataset): Generator<string> {
  const lookups = {
    region: new Map(data.regions.map((r) => [r.id, r])),
    metric: new Map(data.metrics.map((m) => [m.id, m])),
    report: new Map(data.reports.map((r) => [r.id, r])),
  };
  for (let i = 0; i < data.facts.length || i === 0; i += CHUNK)
    yield factsToCsvLines(lookups, data.facts.slice(i, i + CHUNK), i === 0);
}

/** The files of the contract, in a fixed order; the dataset version is the hash of exactly these. */
function* contractFiles(data: Dataset): Generator<[string, Content]> {
  yield ['regions.json', jsonFile(data.regions)];
  yield ['metrics.json', jsonFile(data.metrics)];
  yield ['reports.json', jsonFile(data.reports)];
  yield ['facts.json', jsonFile(data.facts)];
  yield ['rankings.json', jsonFile(data.rankings)];
  yield ['targets.json', jsonFile(checkTargets(data.facts, data.metrics))];
  for (const t of [...data.texts].sort((a, b) => a.id.localeCompare(b.id))) yield [`reports/${t.id}.json`, jsonFile(t)];
}

export type EntriesOptions = {
  /** Also write the view files under v/<version>/, so embeds pinned to this version keep showing it
   *  after the data changes (default on; the national benchmark turns it off). */
  snapshot?: boolean;
};

/**
 * Every file of the dataset: the contract files, index.json, the CSV download, the shards and any
 * extra files. The generator hashes the contract files as they pass, then writes the version into
 * index.json and the catalog. The view files are written again under v/<version>/: the snapshot
 * that embeds pinned to this version read.
 */

export function* datasetEntries(
  data: Dataset,
  extra: ExtraFile[] = [],
  options: EntriesOptions = {},
): Generator<[string, Content]> {
  const snapshot = options.snapshot ?? true;
  const later: [string, string][] = [];
  const hash = createHash('sha256');
  const names: string[] = [];
  for (const [name, content] of contractFiles(data)) {
    let consumed = false;
    hash.update(name).update('\0');
    // Hash each chunk as the writer takes it; the version is known once every contract file passed.
    yield [
      name,
      (function* () {
        for (const chunk of content) {
          hash.update(chunk);
          yield chunk;
        }
        consumed = true;
      })(),
    ];
    if (!consumed) throw new Error(`datasetEntries: write ${name} before asking for the next file`);
    names.push(name);
  }
  const version = hash.digest('hex').slice(0, 16);
  // The texts are needed again in the snapshot; written now that the version is known.
  if (snapshot) for (const t of data.texts) later.push([`reports/${t.id}.json`, [...jsonFile(t)].join('')]);
  yield ['facts.csv', csvFile(data)];
  names.push('facts.csv');
  for (const e of extra) {
    yield [e.name, jsonFile(e.content)];
    names.push(e.name);
  }
  let shards = 0;
  for (const [name, content] of shardFiles(data, version)) {
    const text = JSON.stringify(content);
    yield [name, [text]];
    if (snapshot) yield [`v/${version}/${name}`, [text]];
    shards += 1;
  }
  if (snapshot) {
    for (const [name, text] of later) yield [`v/${version}/${name}`, [text]];
    for (const [name, value] of [
      ['regions.json', data.regions],
      ['metrics.json', data.metrics],
    ] as const)
      yield [`v/${version}/${name}`, jsonFile(value)];
  }
  const index: DatasetIndex = {
    schemaVersion: SCHEMA_VERSION,
    version,
    counts: {
      reports: data.reports.length,
      regions: data.regions.length,
      metrics: data.metrics.length,
      facts: data.facts.length,
      rankings: data.rankings.length,
    },
    files: names.sort(),
    shards: { catalog: 'catalog.json', files: shards, layout: 'src/data/shards.ts' },
  };
  yield ['index.json', jsonFile(index)];
}

/** Every file in memory, for tests and small datasets. */
export function serializeDataset(data: Dataset, extra: ExtraFile[] = []): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, content] of datasetEntries(data, extra)) files.set(name, [...content].join(''));
  return files;
}

/** Replaces the dataset files in outDir; geo/ and the snapshots of earlier versions (v/) are carried
 *  over, so embeds pinned to an earlier version keep it across rebuilds on the same server. */
export function writeDataset(
  outDir: string,
  entries: Iterable<[string, Content]> | Map<string, string>,
  keep: string[] = ['geo', 'v'],
) {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = `${outDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const made = new Set<string>();
  for (const [name, content] of entries) {
    const path = join(staging, name);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const fd = openSync(path, 'w');
    try {
      for (const chunk of typeof content === 'string' ? [content] : content) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
  }
  for (const entry of keep) {
    const from = join(outDir, entry);
    if (!existsSync(from)) continue;
    if (entry !== 'v') {
      cpSync(from, join(staging, entry), { recursive: true });
      continue;
    }
    // Earlier versions' snapshots: the most recent ones, so a machine that rebuilds often does not
    // fill up (a deployment that must keep every pin keeps its own copies of v/).
    const versions = readdirSync(from)
      .map((name) => ({ name, time: statSync(join(from, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time)
      .slice(0, KEPT_VERSIONS);
    for (const { name } of versions)
      if (!existsSync(join(staging, 'v', name)))
        cpSync(join(from, name), join(staging, 'v', name), { recursive: true });
  }
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}
