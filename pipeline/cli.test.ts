// The command a newcomer runs: bad sources are named with their reason, the rest is written, and
// the exit code says that something was skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run data -- --sources DIR --out DIR', () => {
  it('writes the dataset, names each skipped file and why, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-cli-'));
    const sources = join(dir, 'sources');
    const out = join(dir, 'out');
    spawnSync('mkdir', ['-p', sources]);
    writeFileSync(join(sources, 'good.txt'), '---\ntitle: 临洮县经济\ndate: 2022-02-07\n---\n2021年，临洮县地区生产总值90.52亿元。');
    writeFileSync(join(sources, 'empty.txt'), '');
    writeFileSync(join(sources, 'notes.docx'), 'x');
    const run = spawnSync('npx', ['tsx', 'pipeline/cli.ts', '--sources', sources, '--out', out, '--no-geo'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/skipped .*empty\.txt: empty file/);
    expect(run.stdout).toMatch(/notes\.docx: not a source type/);
    expect(run.stdout).toMatch(/facts\s+1/);
    expect(existsSync(join(out, 'index.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'facts.json'), 'utf8'))[0]).toMatchObject({ metricId: 'gdp', value: 90.52, regionId: '621124' });
    // A folder outside the project is named by itself, not by a path climbing out of the project.
    expect(JSON.parse(readFileSync(join(out, 'reports.json'), 'utf8'))[0].sourceFile).toBe('sources/good.txt');
  }, 60_000);

  it('exits 0 when every source was read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-cli-'));
    const sources = join(dir, 'sources');
    spawnSync('mkdir', ['-p', sources]);
    writeFileSync(join(sources, 'good.txt'), '---\ntitle: 临洮县经济\ndate: 2022-02-07\n---\n2021年，临洮县地区生产总值90.52亿元。');
    const run = spawnSync('npx', ['tsx', 'pipeline/cli.ts', '--sources', sources, '--out', join(dir, 'out'), '--no-geo', '--quiet'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
  }, 60_000);
});
