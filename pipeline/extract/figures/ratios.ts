// Ratios: "三次产业结构比为19︰18︰63" gives one share per part; "由2021年的12.6:59.7:27.7调整为
// 11.6:64.9:23.5" gives the year's shares and, where the earlier ratio's year is named (2021年, 上年),
// that year's too.
import type { MetricToken } from '../scanMetrics.ts';
import { clauseOf, type SentenceWalk } from './sentenceWalk.ts';
import type { Statement } from './types.ts';

const COLON = '[:：︰∶]';
const NUMBER = '\\d+(?:\\.\\d+)?';
const RATIO = new RegExp(`${NUMBER}(?:\\s?${COLON}\\s?${NUMBER}){2,}`, 'g');
/** Words that may stand between the phrase and its ratio ("比为", "比例调整为"). */
const LEAD = /^[\p{Script=Han}\s，,:：（）()]{0,8}$/u;

type RatioParts = { parts: { decimal: string; start: number; end: number }[]; end: number };
export type RatioFound = { whole: string; at: number; from: { whole: string; at: number; year: number | null } | null };

/**
 * The ratio a ratio phrase gives: the first one close after it, unless that one is where a change
 * started ("由上年的10.6:37.1:52.3调整为10.2:37.4:52.4", "由2021年的…调整为…"), which gives the one it
 * changed to and, with a year, the one it changed from. `year` is the year in force.
 */
export function ratioAfter(rest: string, year: number): RatioFound | null {
  const ratios = [...rest.matchAll(RATIO)];
  const first = ratios[0];
  if (!first || !LEAD.test(rest.slice(0, first.index).replace(/[由从]?(\d{4}年|上年|去年)?的?$/, ''))) return null;
  const before = rest.slice(0, first.index);
  if (!/[由从]/.test(before)) return { whole: first[0], at: first.index, from: null };
  const later = ratios[1];
  if (!later || !/(为|到|至)$/.test(rest.slice(first.index + first[0].length, later.index))) return null;
  const named = /(\d{4})年的?$/.exec(before)?.[1];
  const fromYear = named ? Number(named) : /(上年|去年)的?$/.test(before) ? year - 1 : null;
  return { whole: later[0], at: later.index, from: { whole: first[0], at: first.index, year: fromYear } };
}

function partsOf(whole: string, start: number): RatioParts {
  const parts = [...whole.matchAll(new RegExp(NUMBER, 'g'))].map((m) => ({
    decimal: m[0],
    start: start + m.index,
    end: start + m.index + m[0].length,
  }));
  return { parts, end: start + whole.length };
}

/** Reads the ratio after a ratio phrase into the open statement. */
export function readRatio(w: SentenceWalk, open: Statement, token: MetricToken): void {
  const rest = w.matchText.slice(token.end, clauseOf(w, token.start)[1]);
  const found = ratioAfter(rest, w.year);
  if (!found) return;
  const ratio = partsOf(found.whole, token.end + found.at);
  if (ratio.parts.length !== token.metricIds.length) {
    w.warnings.push(`"${token.phrase}" names ${token.metricIds.length} parts but the ratio has ${ratio.parts.length}`);
    return;
  }
  open.ratio = ratio;
  const from = found.from;
  if (from?.year) open.fromRatio = { ...partsOf(from.whole, token.end + from.at), period: String(from.year) };
}
