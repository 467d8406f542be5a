// Figures no metric statement took, written under the document's own words when the words before
// them read as a name ("全市累计开复工项目437个" → 开复工项目); a growth rate in the next clause
// ("鸡蛋产量1.88万吨，增长29.7%") is the same figure's.
import type { FactDraft, UnmappedFigure } from '../extract/extractFigures.ts';
import { labelOfKey, unreviewedKey } from '../extract/unreviewedMetrics.ts';
import type { DocumentReading } from './documentReading.ts';

/** "总投资166.25亿元的37个项目": a sentence about a list of projects and its progress. */
const PROJECT_LIST = /总投资[\d.]+(?:万|亿)?元的[\d]+个/;
/** Dimensions that state a change or a ratio, never a level of something. */
const NOT_LEVELS = new Set(['percentage-points', 'multiple']);
/** "采购协议41个40.5亿元": a count right before a figure is part of its name. */
const COUNT_BEFORE = /^[\d.]+(?:个|项|家|户|次|批)$/;

type Span = { start: number; end: number };

export function unreviewedDrafts(
  reading: DocumentReading,
  list: UnmappedFigure[],
  mentions: Span[],
  numbers: Span[],
): FactDraft[] {
  const { matchText } = reading.prepared;
  const { labelOf, countedUnitsInClause, continuation } = reading.ctx;
  const out: FactDraft[] = [];
  for (const u of list) {
    const t = u.token;
    if (!u.orphan?.regionId) continue;
    if (t.role === 'growth' ? t.unit.dimension !== 'percent' : t.role !== 'value' || NOT_LEVELS.has(t.unit.dimension))
      continue;
    // The words naming it start after the figure before it in its clause, or after a 、.
    const before = numbers.filter(
      (n) =>
        n.end <= t.start &&
        n.start >= u.clause[0] &&
        !(n.end === t.start && COUNT_BEFORE.test(matchText.slice(n.start, n.end))),
    );
    const segmentStart = Math.max(
      u.clause[0],
      ...before.map((n) => n.end),
      matchText.lastIndexOf('、', t.start - 1) + 1,
    );
    // "总投资166.25亿元的37个项目，累计完成投资68.39亿元，…目前已完工项目13个": the progress of a
    // project list is the list's, not a figure of the region.
    if (PROJECT_LIST.test(matchText.slice(sentenceStartOf(reading, u.clause[0]), t.start))) continue;
    // "有12个乡镇一般公共预算收入超过1亿元": a threshold every counted unit passes names no figure.
    if (countedUnitsInClause.test(matchText.slice(u.clause[0], t.start))) continue;
    let segment = matchText.slice(segmentStart, t.start);
    for (const m of mentions)
      if (m.start >= u.clause[0] && m.end <= t.start) segment = segment.replace(matchText.slice(m.start, m.end), '');
    const previous = out[out.length - 1];
    const label = labelOf(segment, matchText.slice(t.end, t.end + 4), previous ? labelOfKey(previous.metricId) : null);
    if (!label) {
      if (
        t.role === 'growth' &&
        previous?.value &&
        !previous.growth &&
        continuation.test(matchText.slice(u.clause[0], t.start))
      ) {
        previous.growth = t;
        previous.span = [previous.span[0], t.end];
      }
      continue;
    }
    const unit = t.role === 'growth' ? '' : t.unit.text || t.unit.written || '';
    out.push({
      regionId: u.orphan.regionId,
      metricId: unreviewedKey(label, unit),
      period: u.orphan.period,
      kind: u.orphan.kind,
      value: t.role === 'value' ? t : null,
      growth: t.role === 'growth' ? t : null,
      span: [u.clause[0], t.end],
    });
  }
  return out;
}

function sentenceStartOf(reading: DocumentReading, pos: number): number {
  return reading.sentences.find((x) => x.span[0] <= pos && pos < x.span[1])?.span[0] ?? pos;
}
