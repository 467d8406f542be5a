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
    writeFileSync(
      join(sources, 'good.txt'),
      '---\ntitle: 临洮县经济\ndate: 2022-02-07\n---\n2021年，临洮县地区生产总值90.52亿元。',
    );
    writeFileSync(join(sources, 'empty.txt'), '');
    writeFileSync(join(sources, 'notes.docx'), 'x');
    const run = spawnSync('npx', ['tsx', 'pipeline/cli.ts', '--sources', sources, '--out', out, '--no-geo'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/skipped .*empty\.txt: empty file/);
    expect(run.stdout).toMatch(/notes\.docx: not a source\b/);
    expect(run.stdout).toMatch(/facts\s+1/);
    expect(existsSync(join(out, 'index.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'facts.json'), 'utf8'))[0]).toMatchObject({
      metricId: 'gdp',
      value: 90.52,
      regionId: '621124',
    });
    // A folder outside the project is named by itself, not by a path climbing out of the project.
    expect(JSON.parse(readFileSync(join(out, 'reports.json'), 'utf8'))[0].sourceFile).toBe('sources/good.txt');
  }, 60_000);

  it('exits 0 when every source was read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-cli-'));
    const sources = join(dir, 'sources');
    spawnSync('mkdir', ['-p', sources]);
    writeFileSync(
      join(sources, 'good.txt'),
      '---\ntitle: 临洮县经济\ndate: 2022-02-07\n---\n2021年，临洮县地区生产总值90.52亿元。',
    );
    const run = spawnSync(
      'npx',
      ['tsx', 'pipeline/cli.ts', '--sources', sources, '--out', join(dir, 'out'), '--no-geo', '--quiet'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
  }, 60_000);
});

describe('data/corrections.yaml', () => {
  const setUp = (corrections: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-corrections-'));
    const sources = join(dir, 'sources');
    spawnSync('mkdir', ['-p', sources]);
    writeFileSync(
      join(sources, 'linze.txt'),
      '---\ntitle: 临泽县经济\ndate: 2023-11-23\n---\n2023年，临泽县带动完成固定资产投资50.95亿元，落实省外到位资金40.98亿元。',
    );
    writeFileSync(join(dir, 'corrections.yaml'), corrections);
    const out = join(dir, 'out');
    const run = spawnSync(
      'npx',
      [
        'tsx',
        'pipeline/cli.ts',
        '--sources',
        sources,
        '--out',
        out,
        '--no-geo',
        '--quiet',
        '--corrections',
        join(dir, 'corrections.yaml'),
      ],
      { encoding: 'utf8' },
    );
    return {
      run,
      facts: () =>
        JSON.parse(readFileSync(join(out, 'facts.json'), 'utf8')) as {
          metricId: string;
          period: string;
          corrected?: string;
          value: number;
        }[],
    };
  };

  it('changes a figure, which then carries the note', () => {
    const { run, facts } = setUp(
      'corrections:\n  - report: linze.txt\n    quote: 带动完成固定资产投资50.95亿元\n    note: 截至10月底的累计数\n    set: { period: 2023-YTD }\n',
    );
    expect(run.status).toBe(0);
    expect(facts().find((f) => f.metricId === 'fixed-asset-investment')).toMatchObject({
      period: '2023-YTD',
      corrected: '截至10月底的累计数',
    });
  }, 60_000);

  it('removes a figure and adds one', () => {
    const { run, facts } = setUp(
      'corrections:\n  - report: linze.txt\n    quote: 落实省外到位资金40.98亿元\n    note: 不是本县数据\n    remove: true\n  - report: linze.txt\n    quote: 固定资产投资50.95亿元\n    note: 漏读\n    add: { region: 临泽县, metric: gdp, period: "2023", kind: estimate, value: 1, raw: "50.95" }\n',
    );
    expect(run.status).toBe(0);
    expect(
      facts()
        .map((f) => f.metricId)
        .sort(),
    ).toEqual(['fixed-asset-investment', 'gdp']);
  }, 60_000);

  it('stops the build, naming the entry, when the quote is not in the report or matches nothing', () => {
    const { run } = setUp(
      'corrections:\n  - report: linze.txt\n    quote: 地区生产总值99亿元\n    note: x\n    remove: true\n  - report: linze.txt\n    quote: 带动完成固定资产投资\n    metric: gdp\n    note: y\n    remove: true\n',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('correction 1 (linze.txt): the quote 「地区生产总值99亿元」 is not in the report');
    expect(run.stderr).toContain('correction 2 (linze.txt): 「带动完成固定资产投资」 matches no figure of gdp');
  }, 60_000);

  it('says what is wrong with a malformed file', () => {
    const { run } = setUp(
      'corrections:\n  - report: linze.txt\n    quote: x\n    note: y\n    remove: true\n    set: { value: 1 }\n',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /corrections error: .*corrections\.yaml: corrections\.1.*exactly one of remove, set or add/,
    );
  }, 60_000);

  it('leaves out a record that breaks the contract and writes the rest; --strict fails instead', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-cli-'));
    const sources = join(dir, 'sources');
    spawnSync('mkdir', ['-p', sources]);
    writeFileSync(
      join(sources, 'report.txt'),
      '---\ntitle: 临洮县政府工作报告\ndate: 2022-01-20\n---\n过去一年，临洮县地区生产总值90.52亿元、增长8.1%，增速20年来首次跃居全市第一。',
    );
    const lenient = spawnSync(
      'npx',
      ['tsx', 'pipeline/cli.ts', '--sources', sources, '--out', join(dir, 'out'), '--no-geo'],
      { encoding: 'utf8' },
    );
    expect(lenient.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'facts.json'), 'utf8'))[0]).toMatchObject({
      metricId: 'gdp',
      value: 90.52,
    });
    const strict = spawnSync(
      'npx',
      ['tsx', 'pipeline/cli.ts', '--sources', sources, '--out', join(dir, 'strict'), '--no-geo', '--strict'],
      { encoding: 'utf8' },
    );
    // The ranking "20年来首次…第一" is dated by a period word the contract has no shape for.
    const warnings: string[] = JSON.parse(readFileSync(join(dir, 'out', 'build-report.json'), 'utf8')).warnings;
    expect(warnings.filter((w) => w.includes('ranking left out'))).toHaveLength(1);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(/--strict: 1 record\(s\) break the contract; nothing was written/);
    expect(existsSync(join(dir, 'strict', 'facts.json'))).toBe(false);
  }, 60_000);
});
