// Tables written as text: each cell a figure of the row's item under the column's measure, its
// unit from the header or the table's 单位 line; a growth column goes with the figure column before it.
import type { FactDraft } from '../extract/extractFigures.ts';
import type { NumberToken } from '../extract/scanNumbers.ts';
import { unreviewedKey } from '../extract/unreviewedMetrics.ts';
import type { ParsedUnit } from '../extract/units.ts';
import { findTables, headerParts, type TextTable } from '../segment/findTables.ts';
import { ownerOf, type DocumentReading } from './documentReading.ts';

/** Table headers: a growth column, a share column, a column whose name says nothing of the measure. */
const TABLE_GROWTH = /增长|增速|增减|同比|比上年/;
const TABLE_SHARE = /比重|占比|构成|结构/;
const TABLE_GENERIC = /^(总量|绝对数|年末数|数值|数量|本年|全年|本期|累计|金额|指标值|实绩)$/;

type Column = ReturnType<typeof headerParts> & { growth: boolean; share: boolean };
type Cell = { text: string; start: number; end: number };

export function tableDrafts(reading: DocumentReading): FactDraft[] {
  const out: FactDraft[] = [];
  const { scope } = reading.resolution;
  const region = scope.subjectId ? ownerOf(reading, scope.subjectId) : null;
  if (!region) return out;
  const { matchText, paragraphs } = reading.prepared;
  const { dating, ctx } = reading;
  for (const table of findTables(matchText, paragraphs)) {
    const titleYear = ctx.scanPeriods(table.title, 0, dating.relativeBase).find((p) => p.year !== undefined)?.year;
    const year = titleYear ?? dating.defaultYear;
    const period = dating.documentSuffix ? `${year}-${dating.documentSuffix}` : String(year);
    const columns: Column[] = table.headers.map((h) => ({
      ...headerParts(h),
      growth: TABLE_GROWTH.test(h),
      share: TABLE_SHARE.test(h),
    }));
    const ofGdp = /生产总值|增加值/.test(table.title);
    for (const row of table.rows) {
      const label = row.label.text.replace(/^(其中|#)\s*[:：]?\s*/, '').trim();
      for (let c = 0; c < columns.length; c += 1) {
        const draft = cellDraft(reading, { table, columns, row, label, c, ofGdp }, region, period);
        if (draft) out.push(draft);
      }
    }
  }
  return out;
}

type CellAt = {
  table: TextTable;
  columns: Column[];
  row: TextTable['rows'][number];
  label: string;
  c: number;
  ofGdp: boolean;
};

function cellDraft(reading: DocumentReading, at: CellAt, region: string, period: string): FactDraft | null {
  const { units, canonicalUnit, labelOf } = reading.ctx;
  const { table, columns, row, label, c, ofGdp } = at;
  const column = columns[c] as Column;
  const cell = row.cells[c];
  if (!cell || column.growth || column.share) return null;
  const growthColumn = columns.findIndex(
    (g, k) => k > c && g.growth && !columns.slice(c + 1, k).some((x) => !x.growth && !x.share),
  );
  const growthCell = growthColumn >= 0 ? row.cells[growthColumn] : undefined;
  const generic = TABLE_GENERIC.test(column.measure);
  const candidates = [...(generic ? [] : [label + column.measure]), label, ...(ofGdp ? [`${label}增加值`] : [])];
  const metricId = candidates.map((p) => wholeMetric(reading, p)).find((id) => id !== null) ?? null;
  const soleUnit = table.units.filter((u) => u !== '%').length === 1 ? table.units.find((u) => u !== '%') : undefined;
  const writtenUnit = column.unit ?? (metricId ? unitForMetric(reading, table.units, metricId) : soleUnit);
  const unit = writtenUnit ? units.parse(writtenUnit) : null;
  if (!unit) return null;
  const value = cellToken(cell, unit, 'value');
  const growth = growthCell ? cellToken(growthCell, units.parse('%') as ParsedUnit, 'growth') : null;
  const span: [number, number] = [row.label.start, (growthCell ?? cell).end];
  if (metricId) {
    if (!units.compatible(unit, canonicalUnit.get(metricId) as ParsedUnit)) return null;
    return { regionId: region, metricId, period, kind: 'actual', value, growth, span };
  }
  if (generic || !writtenUnit) return null;
  const name = labelOf(label + column.measure, '');
  return name
    ? { regionId: region, metricId: unreviewedKey(name, writtenUnit), period, kind: 'actual', value, growth, span }
    : null;
}

/** Of the units a table names ("亿元、元、%"), the metric's own, else the first it can be stated in. */
function unitForMetric(reading: DocumentReading, names: string[], metricId: string): string | undefined {
  const { units, canonicalUnit } = reading.ctx;
  const target = canonicalUnit.get(metricId);
  if (!target) return undefined;
  const parsed = names.map((n) => ({ n, p: units.parse(n) })).filter((x) => x.p && units.compatible(x.p, target));
  return (parsed.find((x) => x.n === target.text) ?? parsed[0])?.n;
}

/** The lexicon metric a whole cell names ("第一产业增加值", "工业增加值"), or null. */
function wholeMetric(reading: DocumentReading, phrase: string): string | null {
  const token = reading.ctx
    .scanMetrics(phrase, 0)
    .find((t) => t.start === 0 && t.end === phrase.length && t.kind === 'single');
  return token?.metricIds[0] ?? null;
}

function cellToken(cell: Cell, unit: ParsedUnit, role: 'value' | 'growth'): NumberToken | null {
  if (!/^-?\d+(?:\.\d+)?$/.test(cell.text)) return null;
  return {
    numStart: cell.start,
    numEnd: cell.end,
    start: cell.start,
    end: cell.end,
    unitStart: cell.end,
    unitEnd: cell.end,
    decimal: cell.text,
    unit: { ...unit, text: '', written: unit.text },
    role,
    sign: 1,
    distributive: false,
  };
}
