// Places as the walk meets them: one that opens its clause becomes the subject; in a sentence
// breaking down the metric before it by place, the places' own growth rates are that metric's.
import type { ResolvedMention } from '../../resolve/resolveRegions.ts';
import type { MetricToken } from '../scanMetrics.ts';
import { clauseOf, type SentenceWalk } from './sentenceWalk.ts';
import { giveSlots, openStatement } from './statements.ts';
import { startsClause } from './subjects.ts';

export function readMention(w: SentenceWalk, m: ResolvedMention): void {
  const regionId = m.level === 'zone' && m.isContext ? w.input.zoneSubject : m.regionId;
  if (!regionId || !m.subjectEligible || !startsClause(w, m)) return;
  w.subject = regionId;
  if (!w.seenFigure && w.leadingSubject === null) w.leadingSubject = regionId;
  if (w.input.carriedMetric && !m.isContext && w.breakingDown) readBreakdownByPlace(w, m, w.input.carriedMetric);
}

/** "分区域看，邓州市增长12.1%", "禹州市、长葛市分别增长11.2%、10.5%": the places' growth of the
 *  metric just given. */
function readBreakdownByPlace(w: SentenceWalk, m: ResolvedMention, carriedMetric: string): void {
  const { matchText, input } = w;
  const [, clauseEnd] = clauseOf(w, m.start);
  const list: ResolvedMention[] = [m];
  for (const next of input.mentions) {
    const last = list[list.length - 1] as ResolvedMention;
    const joined = /^[、和及与]$/.test(matchText.slice(last.end, next.start));
    if (next.start > last.end && next.end <= clauseEnd && next.regionId && !next.isContext && joined) list.push(next);
  }
  const last = list[list.length - 1] as ResolvedMention;
  const rest = matchText.slice(last.end, clauseEnd);
  const synthetic: MetricToken = {
    start: last.end,
    end: last.end,
    phrase: '',
    metricIds: [carriedMetric],
    kind: 'single',
  };
  if (list.length === 1 && input.growthLead.test(rest)) openStatement(w, synthetic, m.start);
  else if (list.length > 1 && /^分别/.test(rest) && input.growthLead.test(rest.slice(2))) {
    openStatement(w, synthetic, m.start);
    const st = w.open;
    if (st) {
      giveSlots(st, carriedMetric, list.length);
      st.regions = list.map((x) => x.regionId as string);
    }
  }
}
