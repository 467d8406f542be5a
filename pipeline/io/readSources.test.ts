// Source folders as a user has them: several, nested, some missing, with READMEs and answer keys
// beside the documents; a document keeps its report id when its folder moves.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../runPipeline.ts';
import { realLexicon } from '../testing/lexicon.ts';
import { attachNotes } from './readDocumentNotes.ts';
import { readSources } from './readSources.ts';

const doc = '2021年，临洮县地区生产总值90.52亿元、同比增长8.1%。';

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'scorecard-folders-'));
  const own = join(root, 'project', 'data', 'sources');
  const shared = join(root, 'shared', 'reports');
  mkdirSync(join(shared, 'cities', '定西市'), { recursive: true });
  mkdirSync(own, { recursive: true });
  writeFileSync(join(own, 'README.md'), '# Your documents\n2021年，临洮县地区生产总值1亿元。');
  writeFileSync(join(own, 'mine.txt'), doc);
  writeFileSync(join(shared, 'cities', '定西市', '2022.md'), doc.replace('临洮县', '渭源县'));
  writeFileSync(join(shared, 'cities', '定西市', '2022.gold.json'), '{}');
  writeFileSync(join(shared, 'MANIFEST.tsv'), 'file\n');
  return { root: join(root, 'project'), own, shared, missing: join(root, 'shared', 'nothing-here') };
}

describe('readSources', () => {
  it('reads several folders recursively, names a missing folder, and lists what is not a source', () => {
    const f = folders();
    const read = readSources([f.own, f.shared, f.missing], f.root);
    expect(read.sources.map((s) => s.path)).toEqual(['data/sources/mine.txt', 'reports/cities/定西市/2022.md']);
    expect(read.sources.map((s) => s.name)).toEqual(['mine.txt', 'cities/定西市/2022.md']);
    expect(read.missing).toEqual(['nothing-here']);
    // A README is the folder's documentation, an answer key and a manifest are no documents.
    expect(read.ignored.sort()).toEqual([
      'data/sources/README.md',
      'reports/MANIFEST.tsv',
      'reports/cities/定西市/2022.gold.json',
    ]);
  });

  it('gives a nested document an id from its path within its folder, the same wherever the folder is', () => {
    const f = folders();
    const ids = (dirs: string[]) =>
      runPipeline(readSources(dirs, f.root).sources, realLexicon())
        .dataset.reports.map((r) => r.id)
        .sort();
    expect(ids([f.shared])).toEqual(['cities-dingxishi-2022']);
    expect(ids([f.own, f.shared])).toEqual(['cities-dingxishi-2022', 'mine']);
  });

  it('keeps the id and date data/documents.yaml gives a document that came under another name', () => {
    const f = folders();
    const { sources } = attachNotes(readSources([f.shared], f.root).sources, [
      { file: 'cities/定西市/2022.md', id: '2022-02-07-dingxi-review', date: '2022-02-07' },
    ]);
    const report = runPipeline(sources, realLexicon()).dataset.reports[0];
    expect(report).toMatchObject({
      id: '2022-02-07-dingxi-review',
      date: '2022-02-07',
      sourceFile: 'reports/cities/定西市/2022.md',
    });
  });
});
