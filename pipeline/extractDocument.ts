// One document, start to finish: decode, clean, segment, resolve its regions, extract its facts and
// rankings. Independent of every other document (duplicates, conflicts between reports and the
// final region table are settled by mergeDocuments), so documents can be processed in parallel.
import { createHash } from 'node:crypto';
import type { Fact, FactKind, Metric, Ranking, Region, Report, ReportText } from '../src/data/schema.ts';
import { decimalToNumber, shiftDecimal } from './extract/decimal.ts';
import { extractFigures, type FactDraft } from './extract/extractFigures.ts';
import { createFigureLabeller } from './extract/labelFigure.ts';
import { isUnreviewedKey, labelOfKey, unreviewedKey, unreviewedMetric } from './extract/unreviewedMetrics.ts';
import { createRankingExtractor } from './extract/extractRankings.ts';
import { extractReportMeta, normalizeDate } from './extract/extractReportMeta.ts';
import { createMetricScanner } from './extract/scanMetrics.ts';
import { createNumberScanner, type NumberToken } from './extract/scanNumbers.ts';
import { createPeriodScanner } from './extract/scanPeriods.ts';
import { createUnitReader, type ParsedUnit } from './extract/units.ts';
import type { Lexicon } from './lexicon/loadLexicon.ts';
import { decodeSource, MAX_SOURCE_BYTES } from './normalize/decodeSource.ts';
import { parseFrontMatter } from './normalize/parseFrontMatter.ts';
import { removeDebris } from './normalize/removeDebris.ts';
import { hideAnnotations, storedSpan, viewSpan } from './normalize/hideAnnotations.ts';
import { htmlTitle, stripMarkup } from './normalize/stripMarkup.ts';
import { toMatchText, toSimplifiedName, traditionalShare } from './normalize/toMatchText.ts';
import { createMentionFinder } from './resolve/findMentions.ts';
import { createGazetteerIndex } from './resolve/gazetteerIndex.ts';
import { createRegionRegistry } from './resolve/regionRegistry.ts';
import { resolveRegions } from './resolve/resolveRegions.ts';
import { joinBrokenLines } from './segment/joinBrokenLines.ts';
import { findTables, headerParts } from './segment/findTables.ts';
import { splitParagraphs } from './segment/splitParagraphs.ts';
import { splitSentences } from './segment/splitSentences.ts';
import { reviewYearOf, stableId, type SourceFile, type UnmappedFigure } from './runPipeline.ts';

const TRADITIONAL_SHARE = 0.05;
/** The year of a figure whose document names none: such figures are never written. */
const UNKNOWN_YEAR = 0;
const MIN_YEAR = 1949;
/** Table headers: a growth column, a share column, a column whose name says nothing of the measure. */
const TABLE_GROWTH = /增长|增速|增减|同比|比上年/;
const TABLE_SHARE = /比重|占比|构成|结构/;
const TABLE_GENERIC = /^(总量|绝对数|年末数|数值|数量|本年|全年|本期|累计|金额|指标值|实绩)$/;
/** "总投资166.25亿元的37个项目": a sentence about a list of projects and its progress. */
const PROJECT_LIST = /总投资[\d.]+(?:万|亿)?元的[\d]+个/;
/** Page debris (share lines, counters, breadcrumbs) is never longer than this. */
const DEBRIS_LINE_MAX = 80;
/** Dimensions that state a change or a ratio, never a level of something. */
const NOT_LEVELS = new Set(['percentage-points', 'multiple']);
const yearOfPeriod = (period: string) => Number(/^-?\d+/.exec(period)?.[0] ?? UNKNOWN_YEAR);

/** The first year a title names as a period ("2022年渑池县…", not the date "2021年12月11日"). */
function yearNamedIn(title: string): number | null {
  for (const m of title.matchAll(/(\d{4})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/g)) {
    const y = Number(m[1]);
    if (y >= MIN_YEAR && y <= 2100) return y;
  }
  return null;
}
const PLAUSIBLE_SHRINK_DIGITS = 4;
const PLAUSIBLE_MIN_VALUE = 0.001;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

export type DocumentResult =
  | { status: 'skipped'; file: string; reason: string; warnings: string[] }
  | {
      status: 'read';
      file: string;
      fingerprint: string;
      encoding: string;
      report: Report;
      text: ReportText;
      facts: Fact[];
      rankings: Ranking[];
      regions: Region[];
      /** Metrics named by the document's own words for figures no lexicon metric fits. */
      metrics: Metric[];
      warnings: string[];
      unmapped: UnmappedFigure[];
    };

export type ExtractionContext = ReturnType<typeof createExtractionContext>;

/** Everything built once from the lexicon: scanners, lookup tables, compiled cues. */
export function createExtractionContext(lexicon: Lexicon) {
  const gazetteer = createGazetteerIndex(lexicon.gazetteer);
  const units = createUnitReader(lexicon.units);
  const scanNumbers = createNumberScanner(units, lexicon.qualifiers);
  const scanMetrics = createMetricScanner(lexicon);
  const scanPeriods = createPeriodScanner(lexicon.periods);
  const findMentions = createMentionFinder(gazetteer, lexicon.regions);
  const extractRankings = createRankingExtractor(lexicon.rankings);
  const metricById = new Map(lexicon.metrics.map((m) => [m.id, m]));
  const canonicalUnit = new Map<string, ParsedUnit>();
  for (const m of lexicon.metrics) {
    const parsed = units.parse(m.unit);
    if (!parsed) throw new Error(`data/lexicon/metrics.yaml: ${m.id}: unit "${m.unit}" is not in data/lexicon/units.yaml`);
    canonicalUnit.set(m.id, parsed);
  }
  const q = lexicon.qualifiers;
  const estimateCue = new RegExp(q.kinds.estimate.join('|'));
  const targetCue = new RegExp(q.kinds.target.join('|'));
  const targetAfter = q.kinds.targetAfter.length ? new RegExp(`^(?:${alternation(q.kinds.targetAfter)})`) : /(?!)/;
  // A clause opening with these continues the statement before it: "，同比增长18.5%", "，比2022年增长6.1%".
  const continuation = new RegExp(
    `^\\s*(?:${alternation([...q.growth.comparisons, ...q.growth.up, ...q.growth.down, ...q.growth.continuationLeads, '跨上', '迈上', '突破', '达到', '达', '为', '占', '其中', '分别', '首次', '总量'])}|(?:${alternation(lexicon.periods.comparisons.before)})\\d{4}\\s*年)`,
  );
  const sectionRules = lexicon.periods.sections.map((s) => ({ re: new RegExp(s.pattern), kind: s.kind }));
  const breakdownCue = q.breakdownCues.length ? new RegExp(alternation(q.breakdownCues)) : /(?!)/;
  const growthLead = new RegExp(`^(?:${alternation(q.growth.comparisons)})?(?:${alternation([...q.growth.up, ...q.growth.down])})\\s*\\d`);
  const stockMetrics = new Set(lexicon.metrics.filter((m) => m.stock).map((m) => m.id));
  const labelOf = createFigureLabeller(lexicon.labels);
  const countedUnitsInClause = new RegExp(lexicon.countedUnitsBefore.replace(/\$$/, ''));
  return {
  labelOf, countedUnitsInClause,
  gazetteer, units, scanNumbers, scanMetrics, scanPeriods, findMentions, extractRankings, metricById, canonicalUnit, estimateCue, targetCue, targetAfter, continuation, sectionRules, breakdownCue, growthLead, stockMetrics, lexicon,
  };
}

export function extractDocument(ctx: ExtractionContext, source: SourceFile, reportId: string, maxBytes = MAX_SOURCE_BYTES): DocumentResult {
  const { labelOf, countedUnitsInClause, gazetteer, units, scanNumbers, scanMetrics, scanPeriods, findMentions, extractRankings, metricById, canonicalUnit, estimateCue, targetCue, targetAfter, continuation, sectionRules, breakdownCue, growthLead, stockMetrics, lexicon } = ctx;
  const registry = createRegionRegistry(gazetteer);
  const warnings: string[] = [];
  const unmapped: UnmappedFigure[] = [];
  const decoded = decodeSource(source.bytes, maxBytes);
  if (!decoded.ok) return { status: 'skipped', file: source.path, reason: decoded.reason, warnings };
  const front = parseFrontMatter(decoded.text.replace(/\r\n?/g, '\n'));
  if (front.problem) warnings.push(`${source.path}: ${front.problem}`);
  const plain = stripMarkup(front.body);
  // The debris patterns read a line in simplified characters without pinyin; debris lines are
  // short, so only short lines are converted.
  const { lines } = removeDebris(plain.split('\n'), lexicon.debris, (line) => (line.length > DEBRIS_LINE_MAX ? line : toMatchText(hideAnnotations(line).text).matchText));
  const stored = splitParagraphs(joinBrokenLines(lines));
  if (stored.text.trim().length === 0) return { status: 'skipped', file: source.path, reason: 'no text left after removing markup and page debris', warnings };
  // Everything below reads the view without pinyin annotations and stray tokens; spans are turned
  // back into spans of the stored text at the end.
  const view = hideAnnotations(stored.text);
  const text = view.text;
  const paragraphs = stored.paragraphs.map((p) => viewSpan(view, p));
  const { matchText } = toMatchText(text);
  const fingerprint = createHash('sha256').update(matchText).digest('hex');

  const simplifiedParagraphs = paragraphs.map(([s, e]) => matchText.slice(s, e));
  const pageTitle = front.meta.title ? null : htmlTitle(front.body);
  const meta = extractReportMeta({ meta: pageTitle ? { ...front.meta, title: pageTitle } : front.meta, paragraphs: simplifiedParagraphs, lex: lexicon.reports });
  // The naming convention of data/sources ("2024-02-22-xingtai-….txt") dates a file the text does not.
  const fileDate = normalizeDate(/^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(source.path.split('/').pop() ?? '')?.[1]);
  const dated = Boolean(meta.date || fileDate);
  if (!meta.date && fileDate) warnings.push(`${source.path}: no publication date found; the file name's ${fileDate} is used; give one in front matter (date: YYYY-MM-DD)`);
  if (!dated) warnings.push(`${source.path}: no publication date found; figures are written only where the title or the text names their year; give one in front matter (date: YYYY-MM-DD)`);
  const date = meta.date ?? fileDate ?? '';
  // A year is never invented: an undated document dates a figure only by a year its title or its
  // text names ("2022年渑池县…统计公报", "2023年全县…"); "今年" and "去年" then name no year.
  const titleYear = yearNamedIn(toMatchText(meta.title).matchText);
  const latestNamed = Math.max(0, ...[...matchText.matchAll(/(\d{4})年/g)].map((m) => Number(m[1])).filter((y) => y >= 1949 && y <= 2100));
  const pubYear = dated ? Number(date.slice(0, 4)) : Math.max(latestNamed, titleYear ?? 0);
  const pubMonth = dated ? Number(date.slice(5, 7)) : 12;
  const relativeBase = dated ? pubYear : UNKNOWN_YEAR;

  const mentions = findMentions(matchText);
  const resolution = resolveRegions({
    matchText,
    text,
    mentions,
    title: toMatchText(meta.title).matchText,
    publisher: meta.publisher,
    findMentions,
    gazetteer,
    lex: lexicon.regions,
    registry,
    toSimplified: (s) => toMatchText(s).matchText,
    ...(front.meta.region ? { declaredRegion: front.meta.region } : {}),
  });
  resolution.warnings.forEach((w) => warnings.push(`${source.path}: ${w}`));
  const { scope } = resolution;
  const ownerOf = (id: string) => {
    const region = registry.get(id);
    return region?.level === 'agency' && region.parentId ? region.parentId : id;
  };

  const titleText = toMatchText(meta.title).matchText;
  const documentAssessment = assessmentOfTitle(titleText, lexicon.rankings);
  const defaultYear = dated ? reviewYearOf(matchText, pubYear, pubMonth, titleText) : (titleYear ?? UNKNOWN_YEAR);
  const sentences = splitSentences(matchText, paragraphs);
  // Many pages are the opening part of a longer one, cut off mid-sentence.
  const lastText = matchText.trimEnd();
  const cutOffAt = /[。！？!?…”」』)）\]]$/.test(lastText) ? null : lastText.length;
  const drafts: FactDraft[] = [];
  const rankingDrafts: ReturnType<typeof extractRankings> = [];
  let sectionKind: FactKind | 'none' = 'actual';
  let sectionYear: number | null = null;
  let paragraphIndex = -1;
  let paragraphYear = defaultYear;
  // A document titled by a part of a year ("郏县2025年一季度经济运行情况", "关于2024年上半年…考核
  //情况的通报") is about that part: it is the period of every figure that names no other.
  // A part of the year in the title of a story about an assessment ("2021年第三季度…考核排名靠后的
  // 县区…") is the assessment's, not the period of the figures the story gives.
  const titleNamesFigures = lexicon.reports.noticeTitles.test(titleText.trim()) || !lexicon.rankings.assessmentWords.some((w) => titleText.includes(w));
  const titlePeriods = titleNamesFigures ? scanPeriods(titleText, 0, relativeBase).filter((p) => !p.since) : [];
  const titleParts = [...new Set(titlePeriods.flatMap((p) => (p.suffixes?.length === 1 && p.suffixes[0] ? [p.suffixes[0]] : [])))];
  const documentSuffix = titleParts.length === 1 ? (titleParts[0] as string) : '';
  let paragraphSuffix = documentSuffix;
  // The five-year plan the document speaks of, for "五年来", "这五年": the first it names as a period.
  const namedPlan = (() => {
    for (const m of matchText.matchAll(/[“"‘']?(十[一二三四五]五)[”"’']?(末|期末|规划)?/g)) {
      if (m[2] || /[比较]$/.test(matchText.slice(Math.max(0, m.index - 1), m.index))) continue;
      return lexicon.periods.plans[m[1] ?? ''] ?? null;
    }
    return null;
  })();
  let paragraphSubject = scope.subjectId;
  let firstSentenceOfParagraph = false;
  let statedMetrics = new Set<string>();
  let carriedMetric: string | null = null;

  let mentionCursor = 0;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraphIndex) {
      paragraphIndex = sentence.paragraph;
      const [ps, pe] = paragraphs[paragraphIndex] ?? [0, 0];
      const paragraphText = matchText.slice(ps, pe);
      // A heading is short; the title ("…2023年工作总结及2024年工作计划") heads no section.
      if (paragraphText.length <= 30 && paragraphText.trim() !== titleText.trim()) {
        for (const rule of sectionRules) {
          const m = rule.re.exec(paragraphText);
          if (m) {
            sectionKind = rule.kind;
            const named = m.slice(1).find((g) => g !== undefined && /^\d{4}$/.test(g));
            sectionYear = named ? Number(named) : rule.kind === 'target' ? pubYear : null;
          }
        }
      }
      paragraphYear = sectionYear ?? defaultYear;
      paragraphSuffix = documentSuffix;
      statedMetrics = new Set();
      carriedMetric = null;
      paragraphSubject = scope.subjectId;
      firstSentenceOfParagraph = true;
    }
    // A glossary or an annex ("有关用语说明", "附件") defines terms; its numbers are no figures.
    if (sectionKind === 'none') continue;
    const [s, e] = sentence.span;
    const slice = matchText.slice(s, e);
    // Mentions are in text order, as sentences are: start where the last sentence's ended.
    while (mentionCursor < resolution.mentions.length && (resolution.mentions[mentionCursor]?.start ?? 0) < s) mentionCursor += 1;
    const inSentence: typeof resolution.mentions = [];
    for (let k = mentionCursor; k < resolution.mentions.length; k += 1) {
      const m = resolution.mentions[k] as (typeof resolution.mentions)[number];
      if (m.start >= e) break;
      if (m.end <= e) inSentence.push(m);
    }
    const periods = scanPeriods(slice, s, relativeBase);
    const numbers = scanNumbers(slice, s);
    const zoneSubject = registry.get(paragraphSubject ?? '')?.level === 'zone' ? paragraphSubject : null;
    const result = extractFigures({
      matchText,
      span: sentence.span,
      clauses: sentence.clauses,
      // Metric phrases only matter beside figures: most sentences of prose have none.
      metrics: numbers.length || /\d/.test(slice) ? scanMetrics(slice, s) : [],
      numbers,
      periods,
      mentions: inSentence,
      subjectId: paragraphSubject,
      year: paragraphYear,
      suffix: paragraphSuffix,
      baseKind: sectionKind,
      reviewYear: sectionKind === 'target' ? (sectionYear ?? pubYear) - 1 : defaultYear,
      pubYear,
      documentSuffix,
      namedPlan,
      cutOffAt,
      estimateCue,
      targetCue,
      targetAfter,
      continuation,
      isStock: (id) => stockMetrics.has(id),
      statedMetrics,
      carriedMetric,
      breakdownCue,
      growthLead,
      metricUnit: (id) => canonicalUnit.get(id) as ParsedUnit,
      unitsCompatible: units.compatible,
      ownerOf,
      zoneSubject,
    });
    drafts.push(...mergeLevelAndGrowth(result.facts));
    const named = unreviewedDrafts(result.unmapped, inSentence, numbers);
    drafts.push(...named);
    const writtenTokens = new Set(named.flatMap((d) => [d.value, d.growth]));
    for (const f of result.facts) statedMetrics.add(f.metricId);
    carriedMetric = result.facts.length ? (result.facts[result.facts.length - 1]?.metricId ?? null) : carriedMetric;
    result.warnings.forEach((w) => warnings.push(`${source.path}: ${w}`));
    for (const u of result.unmapped) {
      if (writtenTokens.has(u.token)) continue;
      const span = storedSpan(view, u.clause);
      unmapped.push({ reportId, raw: text.slice(u.token.numStart, u.token.numEnd), unit: u.token.unit.text, quote: stored.text.slice(span[0], span[1]), span });
    }
    rankingDrafts.push(
      ...extractRankings({
        matchText,
        span: sentence.span,
        clauses: sentence.clauses,
        mentions: inSentence,
        periods,
        subjectId: result.leadingSubject ?? paragraphSubject,
        year: paragraphYear,
        suffix: paragraphSuffix,
        scope,
        documentAssessment,
        contextMetric: carriedMetric ? (metricById.get(carriedMetric)?.name ?? null) : null,
        ownerOf,
        isWithin: (id, scopeId) => {
          for (let r = registry.get(id); r; r = r.parentId ? registry.get(r.parentId) : undefined) if (r.id === scopeId) return true;
          return false;
        },
        metricNameAt: (from, to) => {
          const found = scanMetrics(matchText.slice(from, to), from)[0];
          return found ? (metricById.get(found.metricIds[0] ?? '')?.name ?? null) : null;
        },
      }),
    );
    if (result.paragraphYear !== null) paragraphYear = result.paragraphYear;
    if (firstSentenceOfParagraph && result.leadingSubject) paragraphSubject = result.leadingSubject;
    if (firstSentenceOfParagraph && result.paragraphSuffix) paragraphSuffix = result.paragraphSuffix;
    // A bold lead-in ("居民收入持续增加。") names neither a figure nor a period; the paragraph's
    // first real sentence comes after it.
    if (result.facts.length > 0 || result.unmapped.length > 0 || periods.length > 0) firstSentenceOfParagraph = false;
  }

  drafts.push(...tableDrafts());
  const undatable = drafts.filter((d) => yearOfPeriod(d.period) < MIN_YEAR);
  if (undatable.length) {
    const quotes = undatable.slice(0, 3).map((d) => `「${stored.text.slice(...storedSpan(view, d.span)).slice(0, 40)}」`);
    warnings.push(`${source.path}: ${undatable.length} figure(s) not written: the document names no year for them (${quotes.join(', ')}${undatable.length > 3 ? ' …' : ''})`);
  }
  const unreviewedMetrics = new Map<string, Metric>();
  const reportFacts = dedupeFacts(drafts.filter((d) => yearOfPeriod(d.period) >= MIN_YEAR).map((d) => toFact(d)).filter((f): f is Fact => f !== null), meta.title);
  // One report giving two values for one key almost always means two indicators share a metric.
  const byKey = new Map<string, Fact[]>();
  for (const f of reportFacts) {
    // Labels of unreviewed figures are the document's words; two of them may share a name.
    if (f.value === null || !metricById.has(f.metricId)) continue;
    const key = `${f.regionId}|${f.metricId}|${f.period}|${f.kind}`;
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  for (const [key, group] of byKey) {
    if (new Set(group.map((f) => f.value)).size > 1) warnings.push(`${source.path}: gives two values for ${key}: ${group.map((f) => `${f.value} 「${f.quote}」`).join(' vs ')}`);
  }
  const reportRankings = dedupeById(
    rankingDrafts.filter((r) => yearOfPeriod(r.period) >= MIN_YEAR).map((r) => {
      const span = storedSpan(view, r.span);
      return { id: stableId('r', reportId, r.regionId, r.assessment, r.period, String(span[0])), ...r, span, reportId, quote: stored.text.slice(span[0], span[1]) };
    }),
  );
  const regionIds = [...new Set([...reportFacts.map((f) => f.regionId), ...reportFacts.flatMap((f) => (f.reportedBy ? [f.reportedBy] : [])), ...reportRankings.flatMap((r) => (r.reportedBy ? [r.regionId, r.reportedBy] : [r.regionId])), ...(scope.subjectId ? [scope.subjectId] : [])])].sort();
  const share = traditionalShare(text, matchText);
  const report: Report = {
    id: reportId,
    title: toSimplifiedName(meta.title),
    date,
    publisher: meta.publisher,
    kind: meta.kind,
    regionIds,
    sourceFile: source.path,
    script: share > TRADITIONAL_SHARE ? 'traditional' : 'simplified',
    subjectRegionId: scope.subjectId,
    ...(front.meta.url ? { url: front.meta.url } : {}),
  };
  return {
    status: 'read',
    file: source.path,
    fingerprint,
    encoding: decoded.encoding,
    report,
    text: { id: reportId, text: stored.text, paragraphs: stored.paragraphs },
    facts: reportFacts,
    rankings: reportRankings,
    regions: registry.all(),
    metrics: [...unreviewedMetrics.values()],
    warnings,
    unmapped,
  };

  /**
   * Figures no metric statement took, written under the document's own words when the words before
   * them read as a name ("全市累计开复工项目437个" → 开复工项目); a growth rate in the next clause
   * ("鸡蛋产量1.88万吨，增长29.7%") is the same figure's.
   */
  /**
   * Tables written as text: each cell a figure of the row's item under the column's measure, its
   * unit from the header or the table's 单位 line; a growth column goes with the figure column before it.
   */
  function tableDrafts(): FactDraft[] {
    const out: FactDraft[] = [];
    const region = scope.subjectId ? ownerOf(scope.subjectId) : null;
    if (!region) return out;
    for (const table of findTables(matchText, paragraphs)) {
      const titleYear = scanPeriods(table.title, 0, relativeBase).find((p) => p.year !== undefined)?.year;
      const year = titleYear ?? defaultYear;
      const period = documentSuffix ? `${year}-${documentSuffix}` : String(year);
      const columns = table.headers.map((h) => ({ ...headerParts(h), growth: TABLE_GROWTH.test(h), share: TABLE_SHARE.test(h) }));
      const ofGdp = /生产总值|增加值/.test(table.title);
      for (const row of table.rows) {
        const label = row.label.text.replace(/^(其中|#)\s*[:：]?\s*/, '').trim();
        columns.forEach((column, c) => {
          const cell = row.cells[c];
          if (!cell || column.growth || column.share) return;
          const growthColumn = columns.findIndex((g, k) => k > c && g.growth && !columns.slice(c + 1, k).some((x) => !x.growth && !x.share));
          const growthCell = growthColumn >= 0 ? row.cells[growthColumn] : undefined;
          const generic = TABLE_GENERIC.test(column.measure);
          const candidates = [...(generic ? [] : [label + column.measure]), label, ...(ofGdp ? [`${label}增加值`] : [])];
          const metricId = candidates.map(wholeMetric).find((id) => id !== null) ?? null;
          const writtenUnit = column.unit ?? (metricId ? unitForMetric(table.units, metricId) : table.units.filter((u) => u !== '%').length === 1 ? table.units.find((u) => u !== '%') : undefined);
          const unit = writtenUnit ? units.parse(writtenUnit) : null;
          if (!unit) return;
          const value = cellToken(cell, unit, 'value');
          const growth = growthCell ? cellToken(growthCell, units.parse('%') as ParsedUnit, 'growth') : null;
          if (metricId) {
            if (!units.compatible(unit, canonicalUnit.get(metricId) as ParsedUnit)) return;
            out.push({ regionId: region, metricId, period, kind: 'actual', value, growth, span: [row.label.start, (growthCell ?? cell).end] });
          } else if (!generic && writtenUnit) {
            const name = labelOf(label + column.measure, '');
            if (name) out.push({ regionId: region, metricId: unreviewedKey(name, writtenUnit), period, kind: 'actual', value, growth, span: [row.label.start, (growthCell ?? cell).end] });
          }
        });
      }
    }
    return out;
  }

  /** Of the units a table names ("亿元、元、%"), the metric's own, else the first it can be stated in. */
  function unitForMetric(names: string[], metricId: string): string | undefined {
    const target = canonicalUnit.get(metricId);
    if (!target) return undefined;
    const parsed = names.map((n) => ({ n, p: units.parse(n) })).filter((x) => x.p && units.compatible(x.p, target));
    return (parsed.find((x) => x.n === target.text) ?? parsed[0])?.n;
  }

  /** The lexicon metric a whole cell names ("第一产业增加值", "工业增加值"), or null. */
  function wholeMetric(phrase: string): string | null {
    const token = scanMetrics(phrase, 0).find((t) => t.start === 0 && t.end === phrase.length && (t.kind === 'single'));
    return token?.metricIds[0] ?? null;
  }

  function cellToken(cell: { text: string; start: number; end: number }, unit: ParsedUnit, role: 'value' | 'growth'): NumberToken | null {
    if (!/^-?\d+(?:\.\d+)?$/.test(cell.text)) return null;
    return { numStart: cell.start, numEnd: cell.end, start: cell.start, end: cell.end, unitStart: cell.end, unitEnd: cell.end, decimal: cell.text, unit: { ...unit, text: '', written: unit.text }, role, sign: 1, distributive: false };
  }

  function sentenceStartOf(pos: number): number {
    return sentences.find((x) => x.span[0] <= pos && pos < x.span[1])?.span[0] ?? pos;
  }

  function unreviewedDrafts(list: ReturnType<typeof extractFigures>['unmapped'], mentions: { start: number; end: number }[], numbers: { start: number; end: number }[]): FactDraft[] {
    const out: FactDraft[] = [];
    for (const u of list) {
      const t = u.token;
      if (!u.orphan?.regionId) continue;
      if (t.role === 'growth' ? t.unit.dimension !== 'percent' : t.role !== 'value' || NOT_LEVELS.has(t.unit.dimension)) continue;
      // The words naming it start after the figure before it in its clause, or after a 、.
      // A count right before it ("采购协议41个40.5亿元") is part of its name, not a figure before it.
      const before = numbers.filter((n) => n.end <= t.start && n.start >= u.clause[0] && !(n.end === t.start && /^[\d.]+(?:个|项|家|户|次|批)$/.test(matchText.slice(n.start, n.end))));
      const segmentStart = Math.max(u.clause[0], ...before.map((n) => n.end), matchText.lastIndexOf('、', t.start - 1) + 1);
      // "总投资166.25亿元的37个项目，累计完成投资68.39亿元，…目前已完工项目13个": the progress of a
      // project list is the list's, not a figure of the region.
      if (PROJECT_LIST.test(matchText.slice(sentenceStartOf(u.clause[0]), t.start))) continue;
      // "有12个乡镇一般公共预算收入超过1亿元": a threshold every counted unit passes names no figure.
      if (countedUnitsInClause.test(matchText.slice(u.clause[0], t.start))) continue;
      let segment = matchText.slice(segmentStart, t.start);
      for (const m of mentions) if (m.start >= u.clause[0] && m.end <= t.start) segment = segment.replace(matchText.slice(m.start, m.end), '');
      const previous = out[out.length - 1];
      const label = labelOf(segment, matchText.slice(t.end, t.end + 4), previous ? labelOfKey(previous.metricId) : null);
      if (!label) {
        if (t.role === 'growth' && previous?.value && !previous.growth && continuation.test(matchText.slice(u.clause[0], t.start))) {
          previous.growth = t;
          previous.span = [previous.span[0], t.end];
        }
        continue;
      }
      const unit = t.role === 'growth' ? '' : t.unit.text || t.unit.written || '';
      out.push({ regionId: u.orphan.regionId, metricId: unreviewedKey(label, unit), period: u.orphan.period, kind: u.orphan.kind, value: t.role === 'value' ? t : null, growth: t.role === 'growth' ? t : null, span: [u.clause[0], t.end] });
    }
    return out;
  }

  function toUnreviewedFact(d: FactDraft): Fact | null {
    const metric = unreviewedMetric(d.metricId);
    unreviewedMetrics.set(metric.id, metric);
    const token = d.value ?? d.growth;
    if (!token) return null;
    const yoy = d.growth ? decimalToNumber(d.growth.sign < 0 ? (d.growth.decimal.startsWith('-') ? d.growth.decimal.slice(1) : `-${d.growth.decimal}`) : d.growth.decimal) : null;
    const bound = d.value?.bound ?? (d.value ? undefined : d.growth?.bound);
    const span = storedSpan(view, d.span);
    const raw = { value: text.slice(token.numStart, token.numEnd), unit: text.slice(token.unitStart, token.unitEnd) };
    return {
      id: stableId('f', reportId, d.regionId, metric.id, d.period, d.kind, String(span[0]), raw.value),
      regionId: d.regionId,
      metricId: metric.id,
      period: d.period,
      kind: d.kind,
      value: d.value ? decimalToNumber(d.value.decimal) : null,
      unit: metric.unit,
      yoy,
      ...(bound ? { bound } : {}),
      raw,
      reportId,
      quote: stored.text.slice(span[0], span[1]),
      span,
    };
  }

  function toFact(d: FactDraft): Fact | null {
    if (isUnreviewedKey(d.metricId)) return toUnreviewedFact(d);
    // "居民消费价格上涨控制在3%": for a metric recorded only as a change, a percent is its change.
    if (metricById.get(d.metricId)?.changeOnly && d.value && !d.growth && d.value.unit.dimension === 'percent') d = { ...d, growth: d.value, value: null };
    const metric = metricById.get(d.metricId);
    const unit = canonicalUnit.get(d.metricId);
    if (!metric || !unit) return null;
    let value: number | null = null;
    let raw: { value: string; unit: string };
    if (d.ratioPart) {
      value = decimalToNumber(d.ratioPart.decimal);
      raw = { value: text.slice(d.ratioPart.start, d.ratioPart.end), unit: '' };
    } else if (d.value) {
      const shift = d.value.unit.exponent - unit.exponent;
      // "人均地区生产总值46853元" read as GDP would be 0.00046853亿元: a figure written in a unit a
      // ten-thousandth or less of the metric's that comes out below a thousandth of it is another
      // measure (a per-capita or per-unit amount), not this one. ("三百二十五亿元" is fine.)
      if (shift <= -PLAUSIBLE_SHRINK_DIGITS && decimalToNumber(shiftDecimal(d.value.decimal, shift)) < PLAUSIBLE_MIN_VALUE) {
        warnings.push(`${source.path}: "${text.slice(d.value.numStart, d.value.end)}" is far too small for ${metric.id} (${metric.unit}); not used`);
        const span = storedSpan(view, d.span);
        unmapped.push({ reportId, raw: text.slice(d.value.numStart, d.value.numEnd), unit: d.value.unit.text, quote: stored.text.slice(span[0], span[1]), span });
        return null;
      }
      value = decimalToNumber(units.convert(d.value.decimal, d.value.unit, unit) ?? shiftDecimal(d.value.decimal, shift));
      raw = { value: text.slice(d.value.numStart, d.value.numEnd), unit: text.slice(d.value.unitStart, d.value.unitEnd) };
    } else if (d.growth) {
      raw = { value: text.slice(d.growth.numStart, d.growth.numEnd), unit: text.slice(d.growth.unitStart, d.growth.unitEnd) };
    } else {
      return null;
    }
    let yoy: number | null = null;
    let ppChange: number | undefined;
    if (d.growth) {
      // "下降3%" is -3; "增长-15.3%" is -15.3; "下降-2%" (rare) is +2.
      const signed = d.growth.sign < 0 ? (d.growth.decimal.startsWith('-') ? d.growth.decimal.slice(1) : `-${d.growth.decimal}`) : d.growth.decimal;
      if (d.growth.unit.dimension === 'percent') yoy = decimalToNumber(signed);
      else if (d.growth.unit.dimension === 'multiple') yoy = decimalToNumber(shiftDecimal(signed, 2));
      else if (d.growth.unit.dimension === 'percentage-points') ppChange = decimalToNumber(signed);
    }
    // `bound` qualifies the value (or the growth rate of a growth-only fact); a bounded growth rate
    // beside a value ("达到60亿元、增长10%以上") keeps its own bound in `yoyBound`.
    const bound = d.value?.bound ?? (d.value ? undefined : d.growth?.bound);
    const yoyBound = d.value && yoy !== null ? d.growth?.bound : undefined;
    const approximate = (d.value ?? d.growth)?.approximate ?? false;
    const span = storedSpan(view, d.span);
    const quote = stored.text.slice(span[0], span[1]);
    return {
      id: stableId('f', reportId, d.regionId, d.metricId, d.period, d.kind, String(span[0]), raw.value),
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
      reportId,
      quote,
      span,
    };
  }
}

/**
 * "城乡居民人均可支配收入分别增长7.5%、9.5%,农村居民人均收入突破万元大关": one sentence gives a
 * metric's growth in one clause and its level in another; that is one figure of one key, not two.
 */
function mergeLevelAndGrowth(facts: FactDraft[]): FactDraft[] {
  const out: FactDraft[] = [];
  for (const f of facts) {
    const partner = out.find((o) => o.regionId === f.regionId && o.metricId === f.metricId && o.period === f.period && o.kind === f.kind && !o.ratioPart && !f.ratioPart && ((o.value && !o.growth && !f.value && f.growth) || (!o.value && o.growth && f.value && !f.growth)));
    if (!partner) {
      out.push(f);
      continue;
    }
    partner.value ??= f.value;
    partner.growth ??= f.growth;
    partner.span = [Math.min(partner.span[0], f.span[0]), Math.max(partner.span[1], f.span[1])];
  }
  return out;
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

function dedupeById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

/** "关于2023年度县域经济高质量发展考核结果的通报" → "2023年度县域经济高质量发展考核"; null when the
 *  title names no assessment. */
function assessmentOfTitle(title: string, lex: Lexicon['rankings']): string | null {
  if (!lex.assessmentWords.some((w) => title.includes(w))) return null;
  let name = title.trim();
  // "天水市人民政府办公室关于…": what follows 关于 is the subject of the notice.
  const about = name.indexOf('关于');
  if (about > 0) name = name.slice(about);
  const before = [...lex.titleWrapping.before].sort((a, b) => b.length - a.length).find((w) => name.startsWith(w));
  if (before) name = name.slice(before.length);
  const after = [...lex.titleWrapping.after].sort((a, b) => b.length - a.length).find((w) => name.endsWith(w));
  if (after) name = name.slice(0, name.length - after.length);
  return name.replace(/[“”"]/g, '') || null;
}
