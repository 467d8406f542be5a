// Everything built once from the lexicon for a run: scanners, lookup tables, compiled cues. Every
// document of the run reads with the same context.
import type { SentenceRules } from '../extract/extractFigures.ts';
import { createRankingExtractor, type RankingExtractor } from '../extract/extractRankings.ts';
import { createFigureLabeller, type FigureLabeller } from '../extract/labelFigure.ts';
import { createMetricScanner, type MetricScanner } from '../extract/scanMetrics.ts';
import { createNumberScanner, type NumberScanner } from '../extract/scanNumbers.ts';
import { createPeriodScanner, type PeriodScanner } from '../extract/scanPeriods.ts';
import { createUnitReader, type ParsedUnit, type UnitReader } from '../extract/units.ts';
import type { Lexicon } from '../lexicon/loadLexicon.ts';
import { createMentionFinder, type MentionFinder } from '../resolve/findMentions.ts';
import { createGazetteerIndex, type GazetteerIndex } from '../resolve/gazetteerIndex.ts';

export type ExtractionContext = {
  lexicon: Lexicon;
  gazetteer: GazetteerIndex;
  units: UnitReader;
  scanNumbers: NumberScanner;
  scanMetrics: MetricScanner;
  scanPeriods: PeriodScanner;
  findMentions: MentionFinder;
  extractRankings: RankingExtractor;
  metricById: Map<string, Lexicon['metrics'][number]>;
  /** Each lexicon metric's unit, parsed. */
  canonicalUnit: Map<string, ParsedUnit>;
  /** Cues and lookups every sentence reads with (extractFigures). */
  sentenceRules: SentenceRules;
  /** Opening words of a clause that continues the statement before it. */
  continuation: RegExp;
  /** Section headings that make what follows targets, results or nothing (有关用语说明). */
  sectionRules: { re: RegExp; kind: Lexicon['periods']['sections'][number]['kind'] }[];
  labelOf: FigureLabeller;
  /** "有12个乡镇…": a count of units before a threshold, in a clause. */
  countedUnitsInClause: RegExp;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

export function createExtractionContext(lexicon: Lexicon): ExtractionContext {
  const gazetteer = createGazetteerIndex(lexicon.gazetteer);
  const units = createUnitReader(lexicon.units);
  const canonicalUnit = new Map<string, ParsedUnit>();
  for (const m of lexicon.metrics) {
    const parsed = units.parse(m.unit);
    if (!parsed)
      throw new Error(`data/lexicon/metrics.yaml: ${m.id}: unit "${m.unit}" is not in data/lexicon/units.yaml`);
    canonicalUnit.set(m.id, parsed);
  }
  const continuation = continuationCue(lexicon);
  return {
    lexicon,
    gazetteer,
    units,
    scanNumbers: createNumberScanner(units, lexicon.qualifiers),
    scanMetrics: createMetricScanner(lexicon),
    scanPeriods: createPeriodScanner(lexicon.periods),
    findMentions: createMentionFinder(gazetteer, lexicon.regions),
    extractRankings: createRankingExtractor(lexicon.rankings),
    metricById: new Map(lexicon.metrics.map((m) => [m.id, m])),
    canonicalUnit,
    sentenceRules: sentenceRules(lexicon, units, canonicalUnit, continuation),
    continuation,
    sectionRules: lexicon.periods.sections.map((s) => ({ re: new RegExp(s.pattern), kind: s.kind })),
    labelOf: createFigureLabeller(lexicon.labels),
    countedUnitsInClause: new RegExp(lexicon.countedUnitsBefore.replace(/\$$/, '')),
  };
}

// A clause opening with these continues the statement before it: "，同比增长18.5%", "，比2022年增长6.1%".
function continuationCue(lexicon: Lexicon): RegExp {
  const q = lexicon.qualifiers;
  const leads = [...q.growth.comparisons, ...q.growth.up, ...q.growth.down, ...q.growth.continuationLeads];
  const words = [...leads, '跨上', '迈上', '突破', '达到', '达', '为', '占', '其中', '分别', '首次', '总量'];
  return new RegExp(
    `^\\s*(?:${alternation(words)}|(?:${alternation(lexicon.periods.comparisons.before)})\\d{4}\\s*年)`,
  );
}

function sentenceRules(
  lexicon: Lexicon,
  units: UnitReader,
  canonicalUnit: Map<string, ParsedUnit>,
  continuation: RegExp,
): SentenceRules {
  const q = lexicon.qualifiers;
  const stockMetrics = new Set(lexicon.metrics.filter((m) => m.stock).map((m) => m.id));
  const growthWords = alternation([...q.growth.up, ...q.growth.down]);
  return {
    estimateCue: new RegExp(q.kinds.estimate.join('|')),
    targetCue: new RegExp(q.kinds.target.join('|')),
    targetAfter: q.kinds.targetAfter.length ? new RegExp(`^(?:${alternation(q.kinds.targetAfter)})`) : /(?!)/,
    continuation,
    breakdownCue: q.breakdownCues.length ? new RegExp(alternation(q.breakdownCues)) : /(?!)/,
    growthLead: new RegExp(`^(?:${alternation(q.growth.comparisons)})?(?:${growthWords})\\s*\\d`),
    isStock: (id) => stockMetrics.has(id),
    metricUnit: (id) => canonicalUnit.get(id) as ParsedUnit,
    unitsCompatible: units.compatible,
  };
}
