// normalize → segment → extract → resolve → validate, for a set of source files already read into
// memory. Touches no files: cli.ts reads and writes, this returns the dataset and what happened to
// every source, so tests can run the whole pipeline on literal documents.
import { createHash } from 'node:crypto';
import type { Dataset, Fact, FactKind, Ranking, Report, ReportText } from '../src/data/schema.ts';
import { decimalToNumber, shiftDecimal } from './extract/decimal.ts';
import { extractFigures, type FactDraft } from './extract/extractFigures.ts';
import { createRankingExtractor } from './extract/extractRankings.ts';
import { extractReportMeta } from './extract/extractReportMeta.ts';
import { createMetricScanner } from './extract/scanMetrics.ts';
import { createNumberScanner } from './extract/scanNumbers.ts';
import { createPeriodScanner } from './extract/scanPeriods.ts';
import { createUnitReader, type ParsedUnit } from './extract/units.ts';
import type { Lexicon } from './lexicon/loadLexicon.ts';
import { decodeSource, MAX_SOURCE_BYTES } from './normalize/decodeSource.ts';
import { parseFrontMatter } from './normalize/parseFrontMatter.ts';
import { removeDebris } from './normalize/removeDebris.ts';
import { stripMarkup } from './normalize/stripMarkup.ts';
import { toMatchText, traditionalShare } from './normalize/toMatchText.ts';
import { createMentionFinder } from './resolve/findMentions.ts';
import { createGazetteerIndex } from './resolve/gazetteerIndex.ts';
import { createRegionRegistry, pinyinSlug } from './resolve/regionRegistry.ts';
import { resolveRegions } from './resolve/resolveRegions.ts';
import { splitParagraphs } from './segment/splitParagraphs.ts';
import { splitSentences } from './segment/splitSentences.ts';

export type SourceFile = { path: string; bytes: Uint8Array };

export type SourceOutcome =
  | { file: string; status: 'read'; reportId: string; encoding: string; facts: number; rankings: number }
  | { file: string; status: 'skipped'; reason: string }
  | { file: string; status: 'duplicate'; duplicateOf: string };

export type UnmappedFigure = { reportId: string; raw: string; unit: string; quote: string; span: [number, number] };

export type PipelineResult = {
  dataset: Dataset;
  outcomes: SourceOutcome[];
  warnings: string[];
  unmapped: UnmappedFigure[];
};

export type PipelineOptions = { maxBytes?: number; onProgress?: (done: number, total: number) => void };

const TRADITIONAL_SHARE = 0.05;

export function runPipeline(sources: SourceFile[], lexicon: Lexicon, options: PipelineOptions = {}): PipelineResult {
  const gazetteer = createGazetteerIndex(lexicon.gazetteer);
  const registry = createRegionRegistry(gazetteer);
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
  const estimateCue = new RegExp(lexicon.qualifiers.kinds.estimate.join('|'));
  const targetCue = new RegExp(lexicon.qualifiers.kinds.target.join('|'));
  const sectionRules = lexicon.periods.sections.map((s) => ({ re: new RegExp(s.pattern), kind: s.kind }));

  const outcomes: SourceOutcome[] = [];
  const warnings: string[] = [];
  const unmapped: UnmappedFigure[] = [];
  const reports: Report[] = [];
  const texts: ReportText[] = [];
  const facts: Fact[] = [];
  const rankings: Ranking[] = [];
  const seenText = new Map<string, string>();
  const usedIds = new Set<string>();

  const sorted = [...sources].sort((a, b) => a.path.localeCompare(b.path));
  sorted.forEach((source, index) => {
    options.onProgress?.(index, sorted.length);
    const decoded = decodeSource(source.bytes, options.maxBytes ?? MAX_SOURCE_BYTES);
    if (!decoded.ok) {
      outcomes.push({ file: source.path, status: 'skipped', reason: decoded.reason });
      return;
    }
    const front = parseFrontMatter(decoded.text.replace(/\r\n?/g, '\n'));
    if (front.problem) warnings.push(`${source.path}: ${front.problem}`);
    const plain = stripMarkup(front.body);
    const { lines } = removeDebris(plain.split('\n'), lexicon.debris);
    const { text, paragraphs } = splitParagraphs(lines);
    if (text.trim().length === 0) {
      outcomes.push({ file: source.path, status: 'skipped', reason: 'no text left after removing markup and page debris' });
      return;
    }
    const { matchText } = toMatchText(text);
    const fingerprint = createHash('sha256').update(matchText).digest('hex');
    const duplicateOf = seenText.get(fingerprint);
    if (duplicateOf) {
      outcomes.push({ file: source.path, status: 'duplicate', duplicateOf });
      return;
    }
    seenText.set(fingerprint, source.path);

    const simplifiedParagraphs = paragraphs.map(([s, e]) => matchText.slice(s, e));
    const meta = extractReportMeta({ meta: front.meta, paragraphs: simplifiedParagraphs, lex: lexicon.reports });
    const reportId = uniqueId(reportSlug(source.path), usedIds);
    if (!meta.date) warnings.push(`${source.path}: no publication date found; give one in front matter (date: YYYY-MM-DD)`);
    const date = meta.date ?? '1970-01-01';
    const pubYear = Number(date.slice(0, 4));
    const pubMonth = Number(date.slice(5, 7));

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
    });
    resolution.warnings.forEach((w) => warnings.push(`${source.path}: ${w}`));
    const { scope } = resolution;
    const ownerOf = (id: string) => {
      const region = registry.get(id);
      return region?.level === 'agency' && region.parentId ? region.parentId : id;
    };

    const defaultYear = reviewYearOf(matchText, pubYear, pubMonth);
    const sentences = splitSentences(matchText, paragraphs);
    const drafts: FactDraft[] = [];
    const rankingDrafts: ReturnType<typeof extractRankings> = [];
    let sectionKind: FactKind = 'actual';
    let sectionYear: number | null = null;
    let paragraphIndex = -1;
    let paragraphYear = defaultYear;
    let paragraphSuffix = '';
    let paragraphSubject = scope.subjectId;
    let firstSentenceOfParagraph = false;

    for (const sentence of sentences) {
      if (sentence.paragraph !== paragraphIndex) {
        paragraphIndex = sentence.paragraph;
        const [ps, pe] = paragraphs[paragraphIndex] ?? [0, 0];
        const paragraphText = matchText.slice(ps, pe);
        if (paragraphText.length <= 30) {
          for (const rule of sectionRules) {
            const m = rule.re.exec(paragraphText);
            if (m) {
              sectionKind = rule.kind;
              sectionYear = m[1] ? Number(m[1]) : rule.kind === 'target' ? pubYear : null;
            }
          }
        }
        paragraphYear = sectionYear ?? defaultYear;
        paragraphSuffix = '';
        paragraphSubject = scope.subjectId;
        firstSentenceOfParagraph = true;
      }
      const [s, e] = sentence.span;
      const slice = matchText.slice(s, e);
      const inSentence = resolution.mentions.filter((m) => m.start >= s && m.end <= e);
      const periods = scanPeriods(slice, s, pubYear);
      const zoneSubject = registry.get(paragraphSubject ?? '')?.level === 'zone' ? paragraphSubject : null;
      const result = extractFigures({
        matchText,
        span: sentence.span,
        clauses: sentence.clauses,
        metrics: scanMetrics(slice, s),
        numbers: scanNumbers(slice, s),
        periods,
        mentions: inSentence,
        subjectId: paragraphSubject,
        year: paragraphYear,
        suffix: paragraphSuffix,
        baseKind: sectionKind,
        reviewYear: sectionKind === 'target' ? (sectionYear ?? pubYear) - 1 : defaultYear,
        estimateCue,
        targetCue,
        metricUnit: (id) => canonicalUnit.get(id) as ParsedUnit,
        ownerOf,
        zoneSubject,
      });
      drafts.push(...result.facts);
      result.warnings.forEach((w) => warnings.push(`${source.path}: ${w}`));
      for (const u of result.unmapped) {
        unmapped.push({ reportId, raw: text.slice(u.token.numStart, u.token.numEnd), unit: u.token.unit.text, quote: text.slice(u.clause[0], u.clause[1]), span: u.clause });
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
          metricNameAt: (from, to) => {
            const found = scanMetrics(matchText.slice(from, to), from)[0];
            return found ? (metricById.get(found.metricIds[0] ?? '')?.name ?? null) : null;
          },
        }),
      );
      if (result.paragraphYear !== null) paragraphYear = result.paragraphYear;
      if (firstSentenceOfParagraph && result.leadingSubject) paragraphSubject = result.leadingSubject;
      if (firstSentenceOfParagraph && result.paragraphSuffix) paragraphSuffix = result.paragraphSuffix;
      firstSentenceOfParagraph = false;
    }

    const reportFacts = dedupeFacts(drafts.map((d) => toFact(d)).filter((f): f is Fact => f !== null));
    const reportRankings = dedupeById(
      rankingDrafts.map((r) => ({
        id: stableId('r', reportId, r.regionId, r.assessment, r.period, String(r.span[0])),
        ...r,
        reportId,
        quote: text.slice(r.span[0], r.span[1]),
      })),
    );
    facts.push(...reportFacts);
    rankings.push(...reportRankings);
    const regionIds = [...new Set([...reportFacts.map((f) => f.regionId), ...reportFacts.flatMap((f) => (f.reportedBy ? [f.reportedBy] : [])), ...reportRankings.map((r) => r.regionId), ...(scope.subjectId ? [scope.subjectId] : [])])].sort();
    const share = traditionalShare(text, matchText);
    reports.push({
      id: reportId,
      title: toMatchText(meta.title).matchText,
      date,
      publisher: meta.publisher,
      kind: meta.kind,
      regionIds,
      sourceFile: source.path,
      script: share > TRADITIONAL_SHARE ? 'traditional' : 'simplified',
      subjectRegionId: scope.subjectId,
      ...(front.meta.url ? { url: front.meta.url } : {}),
    });
    texts.push({ id: reportId, text, paragraphs });
    outcomes.push({ file: source.path, status: 'read', reportId, encoding: decoded.encoding, facts: reportFacts.length, rankings: reportRankings.length });

    function toFact(d: FactDraft): Fact | null {
      const metric = metricById.get(d.metricId);
      const unit = canonicalUnit.get(d.metricId);
      if (!metric || !unit) return null;
      let value: number | null = null;
      let raw: { value: string; unit: string };
      if (d.ratioPart) {
        value = decimalToNumber(d.ratioPart.decimal);
        raw = { value: text.slice(d.ratioPart.start, d.ratioPart.end), unit: '' };
      } else if (d.value) {
        value = decimalToNumber(shiftDecimal(d.value.decimal, d.value.unit.exponent - unit.exponent));
        raw = { value: text.slice(d.value.numStart, d.value.numEnd), unit: text.slice(d.value.numEnd, d.value.end).trim() };
      } else if (d.growth) {
        raw = { value: text.slice(d.growth.numStart, d.growth.numEnd), unit: text.slice(d.growth.numEnd, d.growth.end).trim() };
      } else {
        return null;
      }
      let yoy: number | null = null;
      let ppChange: number | undefined;
      if (d.growth) {
        const signed = (d.growth.sign < 0 ? '-' : '') + d.growth.decimal;
        if (d.growth.unit.dimension === 'percent') yoy = decimalToNumber(signed);
        else if (d.growth.unit.dimension === 'multiple') yoy = decimalToNumber(shiftDecimal(signed, 2));
        else if (d.growth.unit.dimension === 'percentage-points') ppChange = decimalToNumber(signed);
      }
      const bound = d.value?.bound ?? (d.value ? undefined : d.growth?.bound);
      const approximate = d.value?.approximate ?? false;
      const quote = text.slice(d.span[0], d.span[1]);
      return {
        id: stableId('f', reportId, d.regionId, d.metricId, d.period, d.kind, String(d.span[0]), raw.value),
        regionId: d.regionId,
        ...(d.reportedBy ? { reportedBy: d.reportedBy } : {}),
        metricId: d.metricId,
        period: d.period,
        kind: d.kind,
        value,
        unit: metric.unit,
        yoy,
        ...(bound ? { bound } : {}),
        ...(ppChange !== undefined ? { ppChange } : {}),
        ...(approximate ? { approximate } : {}),
        raw,
        reportId,
        quote,
        span: d.span,
      };
    }
  });
  options.onProgress?.(sorted.length, sorted.length);

  markConflicts(facts, warnings);
  const referenced = new Set<string>();
  const keep = (id: string | null | undefined) => {
    let current = id ? registry.get(id) : undefined;
    while (current && !referenced.has(current.id)) {
      referenced.add(current.id);
      current = current.parentId ? registry.get(current.parentId) : undefined;
    }
  };
  facts.forEach((f) => {
    keep(f.regionId);
    keep(f.reportedBy);
  });
  rankings.forEach((r) => {
    keep(r.regionId);
    keep(r.scopeId);
  });
  reports.forEach((r) => r.regionIds.forEach(keep));
  reports.forEach((r) => keep(r.subjectRegionId));

  const usedMetrics = new Set(facts.map((f) => f.metricId));
  return {
    dataset: {
      regions: registry.all().filter((r) => referenced.has(r.id)),
      metrics: lexicon.metrics
        .filter((m) => usedMetrics.has(m.id))
        .map((m) => ({ id: m.id, name: m.name, nameEn: m.nameEn, unit: m.unit, category: m.category, higherIsBetter: m.higherIsBetter, ...(m.definition ? { definition: m.definition } : {}) })),
      reports: reports.sort((a, b) => a.id.localeCompare(b.id)),
      facts: facts.sort(compareFacts),
      rankings: rankings.sort((a, b) => a.reportId.localeCompare(b.reportId) || a.span[0] - b.span[0] || a.id.localeCompare(b.id)),
      texts: texts.sort((a, b) => a.id.localeCompare(b.id)),
    },
    outcomes,
    warnings,
    unmapped,
  };
}

/** The year a document reports on: the year it names most often (not after publication). */
export function reviewYearOf(matchText: string, pubYear: number, pubMonth: number): number {
  const counts = new Map<number, number>();
  for (const m of matchText.matchAll(/(\d{4})年/g)) {
    const y = Number(m[1]);
    if (y >= 1949 && y <= pubYear) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (best) return best[0];
  // Early in a year, reports look back at the year before.
  return pubMonth <= 3 ? pubYear - 1 : pubYear;
}

function reportSlug(path: string): string {
  const base = path.split('/').pop()?.replace(/\.[^.]+$/, '') ?? 'report';
  const ascii = /[^\x00-\x7f]/.test(base) ? base.replace(/[^\x00-\x7f]+/g, (s) => `-${pinyinSlug(s)}-`) : base;
  return ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'report';
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}${createHash('sha256').update(parts.join('\u0001')).digest('hex').slice(0, 12)}`;
}

function dedupeById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

/** A figure stated once is one fact, even when two phrasings of one clause find it twice. */
function dedupeFacts(list: Fact[]): Fact[] {
  const seen = new Set<string>();
  return dedupeById(list).filter((f) => {
    const key = [f.regionId, f.metricId, f.period, f.kind, f.value, f.yoy, f.span[0]].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compareFacts(a: Fact, b: Fact): number {
  return a.reportId.localeCompare(b.reportId) || a.span[0] - b.span[0] || a.metricId.localeCompare(b.metricId) || a.id.localeCompare(b.id);
}

/** Two reports giving different values for one region, metric, period and kind: keep both, flag both. */
function markConflicts(facts: Fact[], warnings: string[]) {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.value === null) continue;
    const key = [f.regionId, f.metricId, f.period, f.kind].join('|');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [key, group] of groups) {
    const reportsInvolved = new Set(group.map((f) => f.reportId));
    const values = new Set(group.map((f) => f.value));
    if (reportsInvolved.size < 2 || values.size < 2) continue;
    for (const f of group) f.conflictsWith = group.filter((g) => g.id !== f.id && g.reportId !== f.reportId).map((g) => g.id).sort();
    warnings.push(`reports disagree on ${key}: ${group.map((f) => `${f.value} (${f.reportId})`).join(' vs ')}`);
  }
}
