// Assessment results in a sentence: "综合考评均位居全市第一", "列全市第一位", "分列第二位",
// "位居全省县(市、区)第一等次", "13项主要经济指标均居全市前三位", "跃居全国百强区第19位",
// "荣获全市目标责任考核一等奖", lists ranked together ("宁晋县、沙河市、清河县位列前三名",
// "…考核中临洮县、岷县工业园区…排名靠后", "排名靠后的县（市、区）：广宗县、临城县") and lists zipped
// with positions ("威县、南和区、任泽区分别位列第一、第二、第三名"). Who is ranked, among whom
// (the scope word after the verb, else the "在全省…考核中" frame of the sentence), in what, for
// which period. A result that names no one ("排名靠后的县要认真查找差距") ranks no one.
import type { RankingsLexicon } from '../lexicon/loadLexicon.ts';
import type { ResolvedMention, DocumentScope } from '../resolve/resolveRegions.ts';
import { parseChineseNumeral } from './chineseNumeral.ts';
import { canonicalPeriod, type PeriodToken } from './scanPeriods.ts';

export type RankingDraft = {
  regionId: string;
  /** The body the document names, when the ranking is its territory's (区政府办公室 → 滨城区). */
  reportedBy?: string;
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
  /** What the document as a whole assesses ("2023年度县域经济高质量发展考核", from its title). */
  documentAssessment: string | null;
  /** The metric the paragraph gave a figure for last ("邓州市增长12.1%，居全市第一" ranks its growth). */
  contextMetric: string | null;
  metricNameAt(start: number, end: number): string | null;
  /** The territory a body's results count for, when they are a territory's (an agency → its place). */
  ownerOf(regionId: string): string;
  /** Whether a region lies inside another (or is it). */
  isWithin(regionId: string, scopeId: string): boolean;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const QUALIFIED_UNITS = '(?:县\\(市、区\\)|县\\(市区\\)|县\\(区\\)|县区|县市区|各县区|同类县区|县市)?';

export type RankingExtractor = (input: RankingInput) => RankingDraft[];

export function createRankingExtractor(lex: RankingsLexicon): RankingExtractor {
  const positionSource = lex.positions.map((p) => `(?:${p.pattern})`).join('|');
  // verb, then either a scope word with what is assessed among it ("全国百强区", "全市目标责任考核")
  // or nothing, then the position.
  const verbRe = new RegExp(`(${alt(lex.verbs)})(?:(${alt(Object.keys(lex.scopes))})((?:(?![第前首])[\\p{Script=Han}]){0,12}?))?${QUALIFIED_UNITS}(${positionSource})`, 'gu');
  const moreRe = new RegExp(`^(?:[、和及](?:${positionSource}))+`, 'u');
  const onePosition = new RegExp(`(?:${positionSource})`, 'gu');
  const standaloneRe = new RegExp(alt(lex.standalone), 'g');
  const listHeadRe = new RegExp(`(${positionSource})(?:\\(\\d+个\\))?:`, 'gu');
  const frameRe = /在([^，；。,;]*?)中/g;
  const scopeWordRe = new RegExp(alt(Object.keys(lex.scopes)));
  const assessmentWord = new RegExp(lex.assessmentWords.join('|'));
  const awardVerbs = new Set(lex.awardVerbs);
  const BARE_HEAD = lex.bareHeads.length ? new RegExp(`^(?:${alt(lex.bareHeads)})$`) : /(?!)/;
  const positions = lex.positions.map((p) => ({ re: new RegExp(`^(?:${p.pattern})$`, 'u'), rank: p.rank, award: p.award ?? false }));

  function positionOf(result: string): { rank: number | null; award: boolean } {
    for (const p of positions) {
      const m = p.re.exec(result);
      if (!m) continue;
      if (p.rank === 'capture') {
        const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : Number(parseChineseNumeral(m[1] ?? '') ?? NaN);
        return { rank: Number.isInteger(n) && n > 0 ? n : null, award: p.award };
      }
      return { rank: p.rank, award: p.award };
    }
    return { rank: null, award: false };
  }

  // Every ranking has a position ("第一", "前三位", "靠后") or a standalone phrase: a sentence
  // without one is passed over at once.
  const anyPosition = new RegExp(`${positionSource}|${alt(lex.standalone)}`, 'u');
  return function extractRankings(input) {
    const { matchText, scope } = input;
    const drafts: RankingDraft[] = [];
    const sentence = matchText.slice(input.span[0], input.span[1]);
    if (!anyPosition.test(sentence)) return drafts;
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
      return suffixes.map((s) => (s ? canonicalPeriod(`${year}-${s}`) : String(year)));
    };
    const cleanAssessment = (s: string) =>
      s
        .replace(/[“”"‘’「」]/g, '')
        .replace(/^[(（][一二三四五六七八九十\d]+[)）]/, '')
        .replace(/^(在|其中|并|且|持续|深入|优化|经(?!济))+/, '')
        .replace(/^连续[一二两三四五六七八九十\d]+年/, '')
        .replace(/(均|都|分别|也|还|连续|持续|稳定|始终|继续|一直|再次|首次)+$/, '')
        .replace(/(达到?|为|是)$/, '')
        .replace(/中$/, '')
        .trim();
    // "在全省县域经济高质量发展考核中，宁晋县位列第三，沙河市位列第八": the frame holds for the sentence.
    const frames = [...sentence.matchAll(frameRe)]
      .filter((f) => assessmentWord.test(f[1] ?? ''))
      .map((f) => ({ at: input.span[0] + f.index, end: input.span[0] + f.index + f[0].length, scopeWord: scopeWordRe.exec(f[1] ?? '')?.[0], name: cleanAssessment(f[1] ?? '') }));
    const frameBefore = (pos: number) => frames.filter((f) => f.end <= pos).pop();
    // Regions listed right before a position: "宁晋县、沙河市、清河县位列…" (joined by 、和及与 only).
    const listBefore = (from: number, pos: number): ResolvedMention[] => {
      const inClause = input.mentions.filter((x) => x.start >= from && x.end <= pos && x.regionId && !x.isContext);
      const list: ResolvedMention[] = [];
      let cursor = pos;
      for (const m of [...inClause].reverse()) {
        const between = matchText.slice(m.end, cursor);
        if (list.length === 0 ? !/^[\p{Script=Han}“”"]{0,16}$/u.test(between) || !m.subjectEligible : !/^[、和及与]$/.test(between)) break;
        list.unshift(m);
        cursor = m.start;
      }
      return list;
    };
    let lastAssessment: string | null = null;
    let previousEnd = -1;

    const standaloneSpans = [...sentence.matchAll(standaloneRe)].map((m) => [input.span[0] + m.index, input.span[0] + m.index + m[0].length] as const);
    for (const m of sentence.matchAll(verbRe)) {
      const start = input.span[0] + m.index;
      let end = start + m[0].length;
      if (standaloneSpans.some(([s, e]) => start < e && s < end)) continue;
      const verb = m[1] ?? '';
      const scopeWord = m[2];
      const filler = m[3] ?? '';
      const results = [m[4] ?? ''];
      const more = moreRe.exec(matchText.slice(end, clauseOf(start)[1]));
      if (more) {
        results.push(...[...more[0].matchAll(onePosition)].map((x) => x[0]));
        end += more[0].length;
      }
      const [clauseStart] = clauseOf(start);
      // What was assessed: the clause up to the verb, without its subject and period words.
      let cut = clauseStart;
      const labelEnd = matchText.lastIndexOf(':', start - 1);
      if (labelEnd >= clauseStart) cut = labelEnd + 1; // "（二）二类县（市、区）：威县…"
      // "总量居全市第三、增速居全市第一": the second result's subject starts after the first.
      if (previousEnd > cut && previousEnd <= start) cut = previousEnd + (/^[、和及与]/.test(matchText.slice(previousEnd)) ? 1 : 0);
      const listed = listBefore(cut, start);
      for (let moved = true; moved; ) {
        moved = false;
        for (const t of [...input.mentions, ...input.periods]) {
          if (t.start <= cut + 1 && t.start >= cut && t.end > cut && t.end <= start) {
            cut = t.end;
            moved = true;
          }
        }
      }
      const first = listed[0]?.start ?? start;
      const last = listed[listed.length - 1]?.end ?? start;
      const own = cleanAssessment(listed.length ? matchText.slice(Math.min(cut, first), first) + matchText.slice(Math.max(cut, last), start) : matchText.slice(cut, start));
      const amongWhat = filler ? `${scopeWord ?? ''}${filler}` : '';
      const frame = frameBefore(start);
      let assessment = own;
      let quoteStart = clauseStart;
      if (BARE_HEAD.test(own)) {
        // "总量继续位居全市第二", "增速列全市第2位": the total or growth of the metric just named.
        const named = earlierMetric(clauseStart)?.name ?? input.contextMetric;
        if (named) assessment = `${named}${own}`;
      } else if (!own && amongWhat) {
        // "荣获全市目标责任考核一等奖": what is assessed is named after the scope word.
        assessment = amongWhat;
      } else if (!own) {
        // "可吸入颗粒物平均浓度49微克/立方米,列全市第一位": the clauses before say what; an earlier
        // result of the sentence, its frame ("在全省…考核中，") or the document's assessment may.
        const named = earlierMetric(clauseStart);
        const previous = input.clauses.filter(([, e]) => e <= clauseStart).pop();
        const previousWords = previous ? cleanAssessment(matchText.slice(previous[0], previous[1]).split(/\d/)[0] ?? '') : '';
        if (named) {
          assessment = named.name;
          quoteStart = named.at;
        } else if (input.contextMetric && previous && /(增长|下降|增速|回落|提高)[\d.]+%$/.test(matchText.slice(previous[0], previous[1]))) {
          // "邓州市增长12.1%，居全市第一": the growth of the metric the paragraph is about.
          assessment = `${input.contextMetric}增速`;
          quoteStart = previous[0];
        } else if (lastAssessment) {
          assessment = lastAssessment;
        } else if (frame) {
          assessment = frame.name;
          quoteStart = Math.min(quoteStart, frame.at);
        } else if (previous && previousWords && !input.mentions.some((x) => x.start >= previous[0] && x.end <= previous[1])) {
          assessment = previousWords;
          quoteStart = previous[0];
          // "认领和编制行政事项597项,覆盖率达100%,列全市第一位": a bare rate is the rate of the clause before.
          const object = input.clauses.filter(([, e]) => e <= previous[0]).pop();
          const objectWords = object ? cleanAssessment(matchText.slice(object[0], object[1]).split(/\d/)[0] ?? '') : '';
          if (previousWords.length <= 4 && object && objectWords) {
            assessment = `${objectWords}${previousWords}`;
            quoteStart = object[0];
          }
        } else if (input.documentAssessment) {
          assessment = input.documentAssessment;
        }
      }
      if (own && amongWhat && !own.includes(filler)) assessment = `${assessment}（${amongWhat}）`;
      // "（一）一类县（市、区）：…位列前三名": the group ranked separately is part of what is assessed.
      const group = labelEnd >= clauseStart ? cleanAssessment(matchText.slice(clauseStart, labelEnd)) : '';
      if (group && assessment && !assessment.includes(group)) assessment = `${assessment}（${group}）`;
      if (!assessment) continue;
      const positionInfo = results.map(positionOf);
      // An award is a ranking only as the grade of an assessment ("目标责任考核一等奖"), not a prize.
      if (positionInfo.some((p) => p.award) || awardVerbs.has(verb)) {
        const named = `${assessment}${frame?.name ?? ''}`;
        if (!assessmentWord.test(named) && !(lastAssessment && assessmentWord.test(lastAssessment))) continue;
        if (!assessmentWord.test(assessment) && lastAssessment) assessment = lastAssessment;
      }
      lastAssessment = assessment;
      previousEnd = end;

      let ranked: { regionId: string; reportedBy?: string }[] = (listed.length ? listed.map((x) => x.regionId as string) : [rankedRegion(start)]).filter((x): x is string => x !== null).map((regionId) => ({ regionId }));
      if (!ranked.length) continue;
      const scopeId = scopeWord ? scopeRegion(scopeWord) : frame ? scopeRegion(frame.scopeWord) : scopeRegion(undefined);
      // A body ranked among a territory's places is its place ("区政府办公室…列全市第一位" is 滨城区's).
      ranked = ranked.map((r) => {
        const owner = input.ownerOf(r.regionId);
        return owner !== r.regionId && scopeId && owner !== scopeId && input.isWithin(owner, scopeId) ? { regionId: owner, reportedBy: r.regionId } : r;
      });
      let pairs: { region: { regionId: string; reportedBy?: string }; result: string; assessment?: string }[];
      // "总量和增速分别居全市第3位和第1位": one place, its assessed parts zipped with the positions.
      const ownParts = own.split(/、|和|及/).map(cleanAssessment).filter(Boolean);
      if (results.length > 1 && ranked.length === 1 && ownParts.length === results.length) {
        const metric = earlierMetric(clauseStart)?.name ?? input.contextMetric ?? '';
        pairs = ownParts.map((part, i) => ({ region: ranked[0] as { regionId: string }, result: results[i] as string, assessment: BARE_HEAD.test(part) ? `${metric}${part}` : part }));
      } else if (results.length > 1) {
        if (results.length !== ranked.length) continue; // "分别位列第一、第二" for three names: no guess
        pairs = ranked.map((region, i) => ({ region, result: results[i] as string }));
      } else {
        pairs = ranked.map((region) => ({ region, result: results[0] as string }));
      }
      const spread = verb.startsWith('分列') || /(均|都)$/.test(matchText.slice(cut, start));
      const rawAssessment = cleanAssessment(matchText.slice(cut, start));
      const parts = spread && rawAssessment && !listed.length ? shareHead(rawAssessment.split(/、|和|及/).map(cleanAssessment).filter(Boolean), lex.bareHeads) : [assessment];
      const periods = periodList(start);
      // "上半年…测评和下半年…测评分列第二位": each part may carry its own period.
      const year = periods[0]?.slice(0, 4) ?? String(input.year);
      const withOwnPeriod = (part: string): { p: string; a: string } => {
        const at = matchText.indexOf(part, cut);
        const own = input.periods.filter((p) => at >= 0 && p.start >= at && p.end <= at + part.length && p.suffixes?.length === 1 && p.suffixes[0]).pop();
        if (!own) return { p: periods[0] ?? String(input.year), a: part };
        return { p: `${year}-${own.suffixes?.[0]}`, a: cleanAssessment(matchText.slice(own.end, at + part.length)) || part };
      };
      const assessed = periods.length > 1 ? periods.map((p) => ({ p, a: assessment })) : parts.map(withOwnPeriod);
      for (const { region, result, assessment: own } of pairs) {
        const { rank } = positionOf(result);
        for (const { p, a } of own ? [{ p: periods[0] ?? String(input.year), a: own }] : assessed) {
          drafts.push({ ...region, scopeId, assessment: a, period: p, rank, result, span: [Math.min(quoteStart, listed[0]?.start ?? quoteStart), end] });
        }
      }
    }

    // "综合考核一等次（3个）：临洮县、陇西县、安定区": a result heading the names it lists.
    for (const m of sentence.matchAll(listHeadRe)) {
      const start = input.span[0] + m.index;
      const colon = start + m[0].length - 1;
      const [clauseStart, clauseEnd] = clauseOf(start);
      const listed = input.mentions.filter((x) => x.start > colon && x.end <= clauseEnd && x.regionId && !x.isContext);
      if (!listed.length || drafts.some((d) => d.span[0] <= start && d.span[1] > start)) continue;
      const result = m[1] ?? '';
      // "第一：临洮县要…" enumerates points; only a grade or a placing heads a list of results.
      if (/^第[一二三四五六七八九十\d]+$/.test(result)) continue;
      const before = cleanAssessment(matchText.slice(clauseStart, start).replace(/^[一二三四五六七八九十]+、/, ''));
      const assessment = before && input.documentAssessment && !input.documentAssessment.includes(before) ? `${input.documentAssessment}（${before}）` : (input.documentAssessment ?? before);
      if (!assessment) continue;
      const { rank } = positionOf(result);
      for (const x of listed) {
        for (const p of periodList(start)) drafts.push({ regionId: x.regionId as string, scopeId: scopeRegion(undefined), assessment, period: p, rank, result, span: [clauseStart, Math.max(...listed.map((l) => l.end))] });
      }
    }

    for (const m of sentence.matchAll(standaloneRe)) {
      const start = input.span[0] + m.index;
      const end = start + m[0].length;
      const [clauseStart, clauseEnd] = clauseOf(start);
      let listed = input.mentions.filter((x) => x.start >= clauseStart && x.end <= start && x.regionId && !x.isContext);
      let quoteEnd = end;
      if (/^的/.test(matchText.slice(end))) {
        // "排名靠后的县（市、区）：广宗县、临城县" names them after the colon; without names
        // ("排名靠后的县（市、区）要认真查找差距") it is an exhortation, not a result.
        const colon = matchText.indexOf(':', end);
        listed = colon >= 0 && colon < clauseEnd ? input.mentions.filter((x) => x.start > colon && x.end <= clauseEnd && x.regionId && !x.isContext) : [];
        if (listed.length) quoteEnd = Math.max(...listed.map((x) => x.end));
      }
      if (!listed.length) continue;
      const within = /在(.+?)中/.exec(matchText.slice(input.span[0], start));
      const name = within?.[1] ? cleanAssessment(within[1]) : (input.documentAssessment ?? '综合考核');
      const periods = periodList(start);
      const scopeId = /^省|^全省/.test(name) ? scope.province : scope.prefecture;
      const periodLabel = (p: string) => {
        const [y, s] = p.split('-');
        const q = s?.startsWith('Q') ? `第${'一二三四'[Number(s.slice(1)) - 1]}季度` : s === 'H1' ? '上半年' : s === 'H2' ? '下半年' : '';
        return `${y}年${q}`;
      };
      for (const x of listed) {
        for (const p of periods) {
          const assessment = /\d{4}年/.test(name) ? name : `${periodLabel(p)}${name}`;
          drafts.push({ regionId: x.regionId as string, scopeId, assessment, period: p, rank: null, result: m[0], span: [Math.min(input.span[0] + (within ? within.index : 0), clauseStart), quoteEnd] });
        }
      }
    }
    return drafts;

    function rankedRegion(pos: number): string | null {
      const [clauseStart] = clauseOf(pos);
      const inClause = input.mentions.filter((x) => x.start >= clauseStart && x.end <= pos && x.regionId && x.subjectEligible && !x.isContext).pop();
      return inClause?.regionId ?? input.subjectId;
    }

    /** The metric named last in the clauses of the sentence before this one, and where. */
    function earlierMetric(before: number): { name: string; at: number } | null {
      const earlier = input.clauses.filter(([, e]) => e <= before).reverse();
      for (const [s, e] of earlier) {
        const name = input.metricNameAt(s, e);
        if (name) return { name, at: s };
      }
      return null;
    }
  };
}

/** "信贷总量、增量": a bare later part takes the modifier of the first ("信贷增量"). */
function shareHead(parts: string[], bareHeads: string[]): string[] {
  const first = parts[0];
  if (!first || parts.length < 2) return parts;
  return parts.map((p, i) => {
    if (i === 0 || !bareHeads.includes(p)) return p;
    const head = bareHeads.find((h) => first.endsWith(h));
    return head ? first.slice(0, first.length - head.length) + p : p;
  });
}
