// Assessment results in a sentence: "综合考评均位居全市第一", "列全市第一位", "分列第二位",
// "位居全省县(市、区)第一等次", "13项主要经济指标均居全市前三位", and lists ranked together
// ("…考核中临洮县、岷县工业园区…排名靠后"). Who is ranked, among whom, in what, for which period.
import type { RankingsLexicon } from '../lexicon/loadLexicon.ts';
import type { ResolvedMention, DocumentScope } from '../resolve/resolveRegions.ts';
import { parseChineseNumeral } from './chineseNumeral.ts';
import type { PeriodToken } from './scanPeriods.ts';

export type RankingDraft = {
  regionId: string;
  scopeId: string | null;
  assessment: string;
  period: string;
  rank: number | null;
  result: string;
  span: [number, number];
};

export type RankingInput = {
  matchText: string;
  span: [number, number];
  clauses: [number, number][];
  mentions: ResolvedMention[];
  periods: PeriodToken[];
  subjectId: string | null;
  year: number;
  /** The part of the year the paragraph is about ("01/11" after "至11月份"), or "". */
  suffix: string;
  scope: DocumentScope;
  metricNameAt(start: number, end: number): string | null;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const QUALIFIED_UNITS = '(?:县\\(市、区\\)|县\\(市区\\)|县\\(区\\)|县区|县市区|各县区|同类县区|县市)?';

export type RankingExtractor = (input: RankingInput) => RankingDraft[];

export function createRankingExtractor(lex: RankingsLexicon): RankingExtractor {
  const positionSource = lex.positions.map((p) => `(?:${p.pattern})`).join('|');
  const verbRe = new RegExp(`(${alt(lex.verbs)})(${alt(Object.keys(lex.scopes))})?${QUALIFIED_UNITS}(${positionSource})`, 'g');
  const standaloneRe = new RegExp(alt(lex.standalone), 'g');
  const positions = lex.positions.map((p) => ({ re: new RegExp(`^(?:${p.pattern})$`), rank: p.rank }));

  function rankOf(result: string): number | null {
    for (const p of positions) {
      const m = p.re.exec(result);
      if (!m) continue;
      if (p.rank === 'capture') {
        const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : Number(parseChineseNumeral(m[1] ?? '') ?? NaN);
        return Number.isInteger(n) && n > 0 ? n : null;
      }
      return p.rank;
    }
    return null;
  }

  return function extractRankings(input) {
    const { matchText, scope } = input;
    const drafts: RankingDraft[] = [];
    const sentence = matchText.slice(input.span[0], input.span[1]);
    const clauseOf = (pos: number) => input.clauses.find(([s, e]) => pos >= s && pos < e) ?? input.span;
    const periodsBefore = (pos: number) => input.periods.filter((p) => p.end <= pos && !p.since);
    const scopeRegion = (word: string | undefined): string | null => {
      const level = word ? lex.scopes[word] : 'prefecture';
      if (!level || level === 'nation') return null;
      if (level === 'district') return scope.district ?? scope.county;
      return scope[level];
    };
    const periodList = (pos: number): string[] => {
      let year = input.year;
      let suffixes: string[] = [input.suffix];
      for (const p of periodsBefore(pos)) {
        if (p.year !== undefined) {
          year = p.year;
          suffixes = [''];
        }
        if (p.suffixes) suffixes = p.suffixes;
      }
      return suffixes.map((s) => (s ? `${year}-${s}` : String(year)));
    };
    const cleanAssessment = (s: string) =>
      s
        .replace(/[“”"‘’「」]/g, '')
        .replace(/^(在|其中|并|且|持续|深入|优化)+/, '')
        .replace(/(均|都|分别|也|还|连续|持续|稳定|始终)+$/, '')
        .replace(/(达到?|为|是)$/, '')
        .trim();

    const standaloneSpans = [...sentence.matchAll(standaloneRe)].map((m) => [input.span[0] + m.index, input.span[0] + m.index + m[0].length] as const);
    for (const m of sentence.matchAll(verbRe)) {
      const start = input.span[0] + m.index;
      const end = start + m[0].length;
      if (standaloneSpans.some(([s, e]) => start < e && s < end)) continue;
      const result = m[3] ?? '';
      const [clauseStart] = clauseOf(start);
      // What was assessed: the clause up to the verb, without its subject and period words.
      // Skip the subject and period words that open the clause ("一、二季度…", "临泽县…").
      let cut = clauseStart;
      for (let moved = true; moved; ) {
        moved = false;
        for (const t of [...input.mentions, ...input.periods]) {
          if (t.start <= cut + 1 && t.start >= cut && t.end > cut && t.end <= start) {
            cut = t.end;
            moved = true;
          }
        }
      }
      let assessment = cleanAssessment(matchText.slice(cut, start));
      let quoteStart = clauseStart;
      if (!assessment) {
        // "可吸入颗粒物平均浓度49微克/立方米,列全市第一位": the previous clause says what.
        const previous = input.clauses.filter(([, e]) => e <= clauseStart).pop();
        if (previous) {
          assessment = input.metricNameAt(previous[0], previous[1]) ?? cleanAssessment(matchText.slice(previous[0], previous[1]).split(/\d/)[0] ?? '');
          quoteStart = previous[0];
        }
      }
      if (!assessment) continue;
      const ranked = rankedRegion(start);
      if (!ranked) continue;
      const scopeId = scopeRegion(m[2]);
      const spread = m[1]?.startsWith('分列') || /(均|都)$/.test(matchText.slice(cut, start));
      const rawAssessment = cleanAssessment(matchText.slice(cut, start));
      const parts = spread && rawAssessment ? rawAssessment.split(/、|和|及/).map(cleanAssessment).filter(Boolean) : [assessment];
      const periods = periodList(start);
      // "上半年…测评和下半年…测评分列第二位": each part may carry its own period.
      const year = periods[0]?.slice(0, 4) ?? String(input.year);
      const withOwnPeriod = (part: string): { p: string; a: string } => {
        const at = matchText.indexOf(part, cut);
        const own = input.periods.filter((p) => at >= 0 && p.start >= at && p.end <= at + part.length && p.suffixes?.length === 1 && p.suffixes[0]).pop();
        if (!own) return { p: periods[0] ?? String(input.year), a: part };
        return { p: `${year}-${own.suffixes?.[0]}`, a: cleanAssessment(matchText.slice(own.end, at + part.length)) || part };
      };
      const pairs = periods.length > 1 ? periods.map((p) => ({ p, a: assessment })) : parts.map(withOwnPeriod);
      for (const { p, a } of pairs) {
        drafts.push({ regionId: ranked, scopeId, assessment: a, period: p, rank: rankOf(result), result, span: [quoteStart, end] });
      }
    }

    for (const m of sentence.matchAll(standaloneRe)) {
      const start = input.span[0] + m.index;
      const end = start + m[0].length;
      const [clauseStart] = clauseOf(start);
      const listed = input.mentions.filter((x) => x.start >= clauseStart && x.end <= start && x.regionId && !x.isContext);
      const within = /在(.+?)中/.exec(matchText.slice(input.span[0], start));
      const name = within?.[1] ? cleanAssessment(within[1]) : '综合考核';
      const periods = periodList(start);
      const scopeId = /^省/.test(name) ? scope.province : scope.prefecture;
      const regions = listed.length ? listed.map((x) => x.regionId as string) : input.subjectId ? [input.subjectId] : [];
      const periodLabel = (p: string) => {
        const [y, s] = p.split('-');
        const q = s?.startsWith('Q') ? `第${'一二三四'[Number(s.slice(1)) - 1]}季度` : s === 'H1' ? '上半年' : s === 'H2' ? '下半年' : '';
        return `${y}年${q}`;
      };
      for (const regionId of regions) {
        for (const p of periods) {
          drafts.push({ regionId, scopeId, assessment: `${periodLabel(p)}${name}`, period: p, rank: null, result: m[0], span: [input.span[0] + (within ? within.index : 0), end] });
        }
      }
    }
    return drafts;

    function rankedRegion(pos: number): string | null {
      const [clauseStart] = clauseOf(pos);
      const inClause = input.mentions.filter((x) => x.start >= clauseStart && x.end <= pos && x.regionId && x.subjectEligible && !x.isContext).pop();
      return inClause?.regionId ?? input.subjectId;
    }
  };
}
