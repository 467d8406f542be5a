// Scores the pipeline on the real corpus against the careful reader's lists
// (pipeline/corpus-expectations/real/*.json): how many listed figures it finds with the right
// region and value, how many fully right (metric, period, kind, growth, bound too), and how many of
// the figures it writes are on the lists. Used by realCorpus.test.ts and `npm run score:real`.
import { isReportOf, shownWhere } from '../corpus-expectations/compare.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Fact } from '../../src/data/schema.ts';
import { toSimplifiedName } from '../normalize/toMatchText.ts';
import {
  compareByLocation,
  type FixtureComparison,
  type FixtureExpectations,
  type FixtureFact,
} from '../fixtures/compareByLocation.ts';

export const REAL_LISTS_DIR = 'pipeline/corpus-expectations/real';

export type DocumentScore = {
  exp: FixtureExpectations;
  comparison: FixtureComparison;
  /** Listed figures found with the reader's region and value (growth when no value is given). */
  found: number;
  /** Facts of this report: written, and matched to a listed or optional figure. */
  written: number;
  onList: number;
  /** Written facts whose region or year the reader's figure does not have. */
  wrongRegion: string[];
  wrongYear: string[];
};

export type CorpusScore = {
  documents: DocumentScore[];
  listed: number;
  found: number;
  fullyRight: number;
  written: number;
  onList: number;
  headlineMissing: string[];
  wrong: string[];
  wrongRegion: string[];
  wrongYear: string[];
  /** Written facts dated to a year their document names nowhere (text, title or date). */
  unsupportedYears: string[];
};

export function readRealLists(dir = REAL_LISTS_DIR): FixtureExpectations[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FixtureExpectations);
}

const close = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined
    ? b === null || b === undefined
    : b !== null && b !== undefined && Math.abs(a - b) <= Math.abs(a) * 1e-9 + 1e-12;
const yearOf = (period: string) => period.slice(0, 4);
export const describeFact = (f: FixtureFact) =>
  `${f.metric === 'unreviewed' ? `「${f.label}」` : f.metric} ${f.region} ${f.period} ${f.kind} ${shownWhere(f)}`;

export function scoreRealCorpus(all: Dataset, lists: FixtureExpectations[]): CorpusScore {
  // What a maintainer corrected by hand (data/corrections.yaml) is not the reader's work.
  const data = { ...all, facts: all.facts.filter((f) => !f.corrected) };
  const documents = lists.map((exp): DocumentScore => {
    // Titles are stored in simplified characters (the contract); the reader copied the front matter's.
    const comparison = compareByLocation(data, { ...exp, title: toSimplifiedName(exp.title) });
    const report = data.reports.find((r) => isReportOf(r, exp.source));
    const facts = report ? data.facts.filter((f) => f.reportId === report.id) : [];
    const regionAndValue = (e: FixtureFact, f: Fact) =>
      f.regionId === e.adcode && (e.value === null ? f.value === null && close(e.yoy, f.yoy) : close(e.value, f.value));
    const found = comparison.correct.length + comparison.wrong.filter((w) => regionAndValue(w.expected, w.fact)).length;
    const wrongRegion = comparison.wrong
      .filter((w) => w.fact.regionId !== w.expected.adcode)
      .map((w) => `${describeFact(w.expected)} → ${w.fact.regionId}`);
    const wrongYear = comparison.wrong
      .filter((w) => yearOf(w.fact.period) !== yearOf(w.expected.period))
      .map((w) => `${describeFact(w.expected)} → ${w.fact.period}`);
    return {
      exp,
      comparison,
      found,
      written: facts.length,
      onList: facts.length - comparison.spurious.length,
      wrongRegion,
      wrongYear,
    };
  });
  const sum = (f: (d: DocumentScore) => number) => documents.reduce((n, d) => n + f(d), 0);
  return {
    documents,
    listed: sum((d) => d.exp.facts.length),
    found: sum((d) => d.found),
    fullyRight: sum((d) => d.comparison.correct.length),
    written: sum((d) => d.written),
    onList: sum((d) => d.onList),
    headlineMissing: documents.flatMap((d) => d.comparison.missing.filter((m) => m.headline).map(describeFact)),
    wrong: documents.flatMap((d) =>
      d.comparison.wrong.map((w) => `${describeFact(w.expected)}: ${w.differences.join(', ')}`),
    ),
    wrongRegion: documents.flatMap((d) => d.wrongRegion),
    wrongYear: documents.flatMap((d) => d.wrongYear),
    unsupportedYears: documents.flatMap((d) => {
      const report = data.reports.find((r) => isReportOf(r, d.exp.source));
      if (!report) return [];
      const text = data.texts.find((t) => t.id === report.id)?.text ?? '';
      const named = new Set([...`${text} ${report.title}`.matchAll(/(\d{4})/g)].map((m) => m[1]));
      if (/\d{4}-\d{2}-\d{2}/.test(report.date)) named.add(report.date.slice(0, 4));
      if (/十三五/.test(text)) ['2016', '2020'].forEach((y) => named.add(y));
      if (/十四五/.test(text)) ['2021', '2025'].forEach((y) => named.add(y));
      return (
        data.facts
          .filter((f) => f.reportId === report.id && !f.corrected)
          // "由上年的17.3:41.2:41.5调整为…" in a bulletin of a named year: the year before it.
          .filter((f) =>
            f.period
              .match(/\d{4}/g)
              ?.some((y) => !named.has(y) && !(/上年|去年/.test(f.quote) && named.has(String(Number(y) + 1)))),
          )
          .map((f) => `${f.metricId} ${f.regionId} ${f.period} 「${f.quote}」 (${d.exp.source})`)
      );
    }),
  };
}
