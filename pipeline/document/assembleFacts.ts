// Fact assembly: drafts (tokens and spans in the view) become the dataset's facts — values in the
// metric's unit by exact decimal arithmetic, growth signed, spans and quotes cut from the stored
// text — then one fact per figure stated.
import type { Fact, Metric } from '../../src/data/schema.ts';
import { decimalToNumber, shiftDecimal } from '../extract/decimal.ts';
import type { FactDraft } from '../extract/extractFigures.ts';
import type { NumberToken } from '../extract/scanNumbers.ts';
import type { ParsedUnit } from '../extract/units.ts';
import { isUnreviewedKey, unreviewedMetric } from '../extract/unreviewedMetrics.ts';
import { storedSpan } from '../normalize/hideAnnotations.ts';
import { stableId } from '../ids.ts';
import type { DocumentReading } from './documentReading.ts';

const PLAUSIBLE_SHRINK_DIGITS = 4;
const PLAUSIBLE_MIN_VALUE = 0.001;

/** Facts of the drafts, and the unreviewed metrics they name. */
export function assembleFacts(reading: DocumentReading, drafts: FactDraft[]): { facts: Fact[]; metrics: Metric[] } {
  const unreviewed = new Map<string, Metric>();
  const facts: Fact[] = [];
  for (const d of drafts) {
    const fact = isUnreviewedKey(d.metricId) ? toUnreviewedFact(reading, d, unreviewed) : toFact(reading, d);
    if (fact) facts.push(fact);
  }
  return { facts: dedupeFacts(facts, reading.dating.meta.title), metrics: [...unreviewed.values()] };
}

/** "下降3%" is -3; "增长-15.3%" is -15.3; "下降-2%" (rare) is +2. */
function signedGrowth(growth: NumberToken): string {
  if (growth.sign >= 0) return growth.decimal;
  return growth.decimal.startsWith('-') ? growth.decimal.slice(1) : `-${growth.decimal}`;
}

function quoteOf(reading: DocumentReading, viewSpan: [number, number]): { span: [number, number]; quote: string } {
  const span = storedSpan(reading.prepared.view, viewSpan);
  return { span, quote: reading.prepared.stored.text.slice(span[0], span[1]) };
}

function toUnreviewedFact(reading: DocumentReading, d: FactDraft, unreviewed: Map<string, Metric>): Fact | null {
  const metric = unreviewedMetric(d.metricId);
  unreviewed.set(metric.id, metric);
  const token = d.value ?? d.growth;
  if (!token) return null;
  const { text } = reading.prepared;
  const yoy = d.growth ? decimalToNumber(signedGrowth(d.growth)) : null;
  const bound = d.value?.bound ?? (d.value ? undefined : d.growth?.bound);
  const { span, quote } = quoteOf(reading, d.span);
  const raw = { value: text.slice(token.numStart, token.numEnd), unit: text.slice(token.unitStart, token.unitEnd) };
  return {
    id: stableId('f', reading.reportId, d.regionId, metric.id, d.period, d.kind, String(span[0]), raw.value),
    regionId: d.regionId,
    metricId: metric.id,
    period: d.period,
    kind: d.kind,
    value: d.value ? decimalToNumber(d.value.decimal) : null,
    unit: metric.unit,
    yoy,
    ...(bound ? { bound } : {}),
    raw,
    reportId: reading.reportId,
    quote,
    span,
  };
}

function toFact(reading: DocumentReading, draft: FactDraft): Fact | null {
  const { metricById, canonicalUnit } = reading.ctx;
  let d = draft;
  // "居民消费价格上涨控制在3%": for a metric recorded only as a change, a percent is its change.
  if (metricById.get(d.metricId)?.changeOnly && d.value && !d.growth && d.value.unit.dimension === 'percent')
    d = { ...d, growth: d.value, value: null };
  const metric = metricById.get(d.metricId);
  const unit = canonicalUnit.get(d.metricId);
  if (!metric || !unit) return null;
  const level = levelOf(reading, d, metric.id, unit);
  if (!level) return null;
  const { value, raw } = level;
  const { yoy, ppChange } = changeOf(d.growth);
  // `bound` qualifies the value (or the growth rate of a growth-only fact); a bounded growth rate
  // beside a value ("达到60亿元、增长10%以上") keeps its own bound in `yoyBound`.
  const bound = d.value?.bound ?? (d.value ? undefined : d.growth?.bound);
  const yoyBound = d.value && yoy !== null ? d.growth?.bound : undefined;
  const approximate = (d.value ?? d.growth)?.approximate ?? false;
  const { span, quote } = quoteOf(reading, d.span);
  return {
    id: stableId('f', reading.reportId, d.regionId, d.metricId, d.period, d.kind, String(span[0]), raw.value),
    regionId: d.regionId,
    ...(d.reportedBy ? { reportedBy: d.reportedBy } : {}),
    metricId: d.metricId,
    period: d.period,
    kind: d.kind,
    value,
    unit: metric.unit,
    yoy,
    ...(bound ? { bound } : {}),
    ...(yoyBound ? { yoyBound } : {}),
    ...(ppChange !== undefined ? { ppChange } : {}),
    ...(approximate ? { approximate } : {}),
    raw,
    reportId: reading.reportId,
    quote,
    span,
  };
}

type Level = { value: number | null; raw: { value: string; unit: string } };

/** The value in the metric's unit and the figure as written; null when there is none to write. */
function levelOf(reading: DocumentReading, d: FactDraft, metricId: string, unit: ParsedUnit): Level | null {
  const { text } = reading.prepared;
  if (d.ratioPart)
    return {
      value: decimalToNumber(d.ratioPart.decimal),
      raw: { value: text.slice(d.ratioPart.start, d.ratioPart.end), unit: '' },
    };
  if (d.value) {
    const shift = d.value.unit.exponent - unit.exponent;
    // "人均地区生产总值46853元" read as GDP would be 0.00046853亿元: a figure written in a unit a
    // ten-thousandth or less of the metric's that comes out below a thousandth of it is another
    // measure (a per-capita or per-unit amount), not this one. ("三百二十五亿元" is fine.)
    if (
      shift <= -PLAUSIBLE_SHRINK_DIGITS &&
      decimalToNumber(shiftDecimal(d.value.decimal, shift)) < PLAUSIBLE_MIN_VALUE
    ) {
      const metricUnit = reading.ctx.metricById.get(metricId)?.unit;
      reading.warnings.push(
        `${reading.path}: "${text.slice(d.value.numStart, d.value.end)}" is far too small for ${metricId} (${metricUnit}); not used`,
      );
      const { span, quote } = quoteOf(reading, d.span);
      reading.unmapped.push({
        reportId: reading.reportId,
        raw: text.slice(d.value.numStart, d.value.numEnd),
        unit: d.value.unit.text,
        quote,
        span,
      });
      return null;
    }
    const value = decimalToNumber(
      reading.ctx.units.convert(d.value.decimal, d.value.unit, unit) ?? shiftDecimal(d.value.decimal, shift),
    );
    return {
      value,
      raw: {
        value: text.slice(d.value.numStart, d.value.numEnd),
        unit: text.slice(d.value.unitStart, d.value.unitEnd),
      },
    };
  }
  if (d.growth)
    return {
      value: null,
      raw: {
        value: text.slice(d.growth.numStart, d.growth.numEnd),
        unit: text.slice(d.growth.unitStart, d.growth.unitEnd),
      },
    };
  return null;
}

/** A growth rate as yoy (percent; a multiple as percent) or as a change in percentage points. */
function changeOf(growth: NumberToken | null): { yoy: number | null; ppChange: number | undefined } {
  if (!growth) return { yoy: null, ppChange: undefined };
  const signed = signedGrowth(growth);
  if (growth.unit.dimension === 'percent') return { yoy: decimalToNumber(signed), ppChange: undefined };
  if (growth.unit.dimension === 'multiple')
    return { yoy: decimalToNumber(shiftDecimal(signed, 2)), ppChange: undefined };
  if (growth.unit.dimension === 'percentage-points') return { yoy: null, ppChange: decimalToNumber(signed) };
  return { yoy: null, ppChange: undefined };
}

/** A figure stated once is one fact, even when two phrasings of one clause find it twice or the
 *  report repeats it ("22个核酸检测实验室" again in a later paragraph): the first statement is kept,
 *  except that a headline repeated at the top of the text gives way to the body's own sentence
 *  (the headline is the abbreviation; the body says it in full). */
function dedupeFacts(list: Fact[], title: string): Fact[] {
  const key = (f: Fact) => [f.regionId, f.metricId, f.period, f.kind, f.value, f.yoy, f.bound, f.yoyBound].join('|');
  const headline = (f: Fact) => title.length > 0 && title.includes(f.quote);
  const unique = dedupeById(list);
  const inBody = new Set(unique.filter((f) => !headline(f)).map(key));
  const seen = new Set<string>();
  return unique.filter((f) => {
    const k = key(f);
    if (seen.has(k) || (headline(f) && inBody.has(k))) return false;
    seen.add(k);
    return true;
  });
}

export function dedupeById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}
