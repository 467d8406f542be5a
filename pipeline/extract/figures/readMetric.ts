// Metric phrases as the walk meets them: most open a statement; some join the open one ("A、B分别"),
// continue the metric before them (kind 'after'), or name no statement of the region at all.
import type { MetricToken } from '../scanMetrics.ts';
import { clauseOf, type SentenceWalk } from './sentenceWalk.ts';
import { closeStatement, joinsStatement, openStatement } from './statements.ts';
import { isPartOfStated } from './subjects.ts';

export function readMetric(w: SentenceWalk, t: MetricToken): void {
  if (w.consumed.has(t) || inNoteWithoutFigure(w, t)) return;
  const current = w.open;
  if (t.kind === 'after') {
    // "分产业看，第一产业4.41亿元": a sentence breaking down the figure before it continues its metric.
    const carried = w.opensBreakdown ? w.input.carriedMetric : null;
    const previous = current?.metricIds[current.metricIds.length - 1] ?? w.lastClosedMetric ?? carried;
    if (previous !== t.requires) return;
    // "牛饲养量、出栏量分别…": a second metric right after the first, before any figure, joins it.
    if (current && joinsStatement(w, current, t)) return;
  }
  if (current && t.kind === 'single' && current.kind !== 'ratio' && joinsStatement(w, current, t)) return;
  if (isPartOfStated(w, t)) {
    closeStatement(w);
    return;
  }
  if (isWholeOfShare(w, t)) return;
  if (isSetAside(w, t) || isJoinedNoun(w, t)) {
    closeStatement(w);
    return;
  }
  openStatement(w, t, clauseOf(w, t.start)[0]);
}

/** "占全市规上工业总产值的比重为69.3%": the whole a share is of is no statement of its own. */
function isWholeOfShare(w: SentenceWalk, t: MetricToken): boolean {
  const before = w.matchText.slice(Math.max(w.input.span[0], t.start - 3), t.start);
  return (
    /占(全市|全县|全区|全省|全国|全州)?$/.test(before) &&
    /^的?(比重|比例|份额)/.test(w.matchText.slice(t.end, t.end + 3))
  );
}

/** "除地区生产总值大幅提升外，…": a metric set aside by 除…外 gives no figure there. */
function isSetAside(w: SentenceWalk, t: MetricToken): boolean {
  const [cs, ce] = clauseOf(w, t.start);
  return /^\s*除/.test(w.matchText.slice(cs, t.start)) && /外$/.test(w.matchText.slice(t.end, ce).trim());
}

/** "预算内及专项债券资金10亿元": a metric joined to another noun names a combined amount. */
function isJoinedNoun(w: SentenceWalk, t: MetricToken): boolean {
  const joined = /[及和与]$/.test(w.matchText.slice(Math.max(w.input.span[0], t.start - 1), t.start));
  return joined && !w.input.metrics.some((o) => o.end === t.start - 1);
}

/** "第一产业增加值13.24亿元(农林牧渔服务业增加值计入第三产业增加值),增长6.2%": a metric named in a
 *  note in brackets that gives no figure of its own is no statement; the growth after it is the
 *  figure's before the note. */
function inNoteWithoutFigure(w: SentenceWalk, t: MetricToken): boolean {
  const start = w.input.span[0];
  const before = w.matchText.slice(start, t.start);
  const parenAt = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (parenAt < 0 || parenAt < Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'))) return false;
  // Only a note right after a figure: "占常住人口的比重(常住人口城镇化率)为35.52%" names its figure's metric.
  if (!w.input.numbers.some((n) => n.end === start + parenAt)) return false;
  const rest = w.matchText.slice(t.end, w.input.span[1]);
  const close = rest.search(/[)）]/);
  return close >= 0 && !/\d/.test(rest.slice(0, close));
}
