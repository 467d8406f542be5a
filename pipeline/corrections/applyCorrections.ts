// A maintainer's corrections (data/corrections.yaml), applied after extraction: remove a figure,
// change its metric, period, kind or value, or add one the reader missed. Each entry names the
// report and quotes the sentence; an entry whose quote is not in the report's text, or that matches
// no figure, is an error that stops the build, so a correction can never silently rot when a source
// or the extractor changes. Every figure a correction touches carries `corrected` (its note).
import { z } from 'zod';
import type { Dataset, Fact, FactKind } from '../../src/data/schema.ts';
import { factKinds, periodPattern } from '../../src/data/schema.ts';
import { stableId } from '../ids.ts';

const change = z
  .object({
    metric: z.string().optional(),
    period: z.string().regex(periodPattern).optional(),
    kind: z.enum(factKinds).optional(),
    value: z.number().nullable().optional(),
    yoy: z.number().nullable().optional(),
    bound: z.enum(['min', 'max']).optional(),
    region: z.string().optional(),
  })
  .strict();

export const correctionSchema = z
  .object({
    /** The report's id or its source file name ("2022-wangjiang-statistical-bulletin.txt"). */
    report: z.string().min(1),
    /** A literal piece of the report's text: the figure's clause. */
    quote: z.string().min(1),
    /** Why; shown beside the figure. */
    note: z.string().min(1),
    /** Which of the figures in the quote (when it states several). */
    metric: z.string().optional(),
    remove: z.literal(true).optional(),
    set: change.optional(),
    add: change
      .extend({
        metric: z.string(),
        period: z.string().regex(periodPattern),
        kind: z.enum(factKinds),
        region: z.string(),
        raw: z.string().min(1),
      })
      .optional(),
  })
  .strict()
  .refine((c) => [c.remove, c.set, c.add].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of remove, set or add',
  });

export const correctionsFileSchema = z.object({ corrections: z.array(correctionSchema).default([]) });
export type Correction = z.infer<typeof correctionSchema>;

/** `skipped`: corrections of reports not read in this run (their folder is not there), said in the summary. */
export type CorrectionResult = { dataset: Dataset; errors: string[]; applied: number; skipped: string[] };

export function applyCorrections(
  data: Dataset,
  corrections: Correction[],
  file = 'data/corrections.yaml',
): CorrectionResult {
  const errors: string[] = [];
  const skipped: string[] = [];
  let facts = [...data.facts];
  let applied = 0;
  corrections.forEach((c, index) => {
    const where = `${file}: correction ${index + 1} (${c.report})`;
    const report = data.reports.find(
      (r) => r.id === c.report || r.sourceFile.endsWith(`/${c.report}`) || r.sourceFile === c.report,
    );
    if (!report) return void skipped.push(`${where}: no report "${c.report}" was read; the correction waits for it`);
    const text = data.texts.find((t) => t.id === report.id)?.text ?? '';
    const at = text.indexOf(c.quote);
    if (at < 0) return void errors.push(`${where}: the quote 「${c.quote}」 is not in the report's text`);
    const span: [number, number] = [at, at + c.quote.length];
    const overlapping = facts.filter(
      (f) =>
        f.reportId === report.id &&
        f.span[0] < span[1] &&
        f.span[1] > span[0] &&
        (!c.metric || f.metricId === c.metric),
    );
    if (c.add) {
      const metric = data.metrics.find((m) => m.id === c.add?.metric);
      if (!metric) return void errors.push(`${where}: no metric "${c.add.metric}" (a lexicon metric the dataset has)`);
      const region = data.regions.find((r) => r.id === c.add?.region || r.name === c.add?.region);
      if (!region) return void errors.push(`${where}: no region "${c.add.region}" in the dataset`);
      if (!c.quote.includes(c.add.raw))
        return void errors.push(`${where}: the figure as written ("${c.add.raw}") is not in the quote`);
      const fact: Fact = {
        id: stableId('f', report.id, 'correction', region.id, metric.id, c.add.period, c.add.kind, c.quote),
        regionId: region.id,
        metricId: metric.id,
        period: c.add.period,
        kind: c.add.kind as FactKind,
        value: c.add.value ?? null,
        unit: metric.unit,
        yoy: c.add.yoy ?? null,
        ...(c.add.bound ? { bound: c.add.bound } : {}),
        raw: { value: c.add.raw, unit: '' },
        reportId: report.id,
        quote: c.quote,
        span,
        corrected: c.note,
      };
      facts.push(fact);
      applied += 1;
      return;
    }
    if (overlapping.length === 0)
      return void errors.push(`${where}: 「${c.quote}」 matches no figure${c.metric ? ` of ${c.metric}` : ''}`);
    if (c.remove) {
      const gone = new Set(overlapping);
      facts = facts.filter((f) => !gone.has(f));
      applied += 1;
      return;
    }
    const set = c.set ?? {};
    if (set.metric && !data.metrics.some((m) => m.id === set.metric))
      return void errors.push(`${where}: no metric "${set.metric}"`);
    const region = set.region ? data.regions.find((r) => r.id === set.region || r.name === set.region) : undefined;
    if (set.region && !region) return void errors.push(`${where}: no region "${set.region}" in the dataset`);
    facts = facts.map((f) => {
      if (!overlapping.includes(f)) return f;
      const metric = set.metric ? data.metrics.find((m) => m.id === set.metric) : undefined;
      return {
        ...f,
        ...(metric ? { metricId: metric.id, unit: metric.unit } : {}),
        ...(region ? { regionId: region.id } : {}),
        ...(set.period ? { period: set.period } : {}),
        ...(set.kind ? { kind: set.kind } : {}),
        ...(set.value !== undefined ? { value: set.value } : {}),
        ...(set.yoy !== undefined ? { yoy: set.yoy } : {}),
        ...(set.bound ? { bound: set.bound } : {}),
        corrected: c.note,
      };
    });
    applied += 1;
  });
  return { dataset: { ...data, facts }, errors, applied, skipped };
}
