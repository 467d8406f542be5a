// Decides which real region each mention in a document means, and what the document is about.
// A place named inside its parent ("南通市通州区", "福州市鼓楼区") is the child, resolved within that
// parent, and counts as one mention of the child. Other names shared across China (鼓楼区 ×4) are
// settled by weighing the document's own evidence: its publisher (南通日报 → 南通市) and title weigh
// most, each unambiguous name counts once, a place named as a partner ("与北京市…签订", "赴深圳市")
// counts for nothing; when the evidence does not decide, the name stays unresolved (with a warning)
// rather than taking the first code. Context words (全市, 该县) and bodies without a named parent
// (市林草局) resolve through the document's scope.
import type { RegionsLexicon } from '../lexicon/loadLexicon.ts';
import type { Mention, MentionFinder, ScopeLevel } from './findMentions.ts';
import type { GazetteerIndex } from './gazetteerIndex.ts';
import type { RegionRegistry } from './regionRegistry.ts';

export type DocumentScope = {
  subjectId: string | null;
  province: string | null;
  prefecture: string | null;
  county: string | null;
  district: string | null;
};

export type ResolvedMention = {
  start: number;
  end: number;
  /** null for a context word whose level the document has no region for, or 园区 (resolved per paragraph). */
  regionId: string | null;
  level: ScopeLevel | 'agency' | 'enterprise' | 'place';
  isContext: boolean;
  subjectEligible: boolean;
};

export type RegionResolution = { scope: DocumentScope; mentions: ResolvedMention[]; warnings: string[] };

type Inputs = {
  matchText: string;
  text: string;
  mentions: Mention[];
  title: string;
  publisher: string;
  findMentions: MentionFinder;
  gazetteer: GazetteerIndex;
  lex: RegionsLexicon;
  registry: RegionRegistry;
  toSimplified: (s: string) => string;
  /** Front matter `region:` ("河南省平顶山市郏县"): the region of a page that names it only through its site. */
  declaredRegion?: string;
};

const TITLE_WEIGHT = 5;

function namedOf(m: Mention): { name: string; viaShort: boolean } | null {
  if (m.type === 'named') return { name: m.name, viaShort: m.viaShort };
  if (m.type === 'zone') return { name: m.parentName, viaShort: m.parentViaShort };
  if (m.type === 'body' && m.parentName) return { name: m.parentName, viaShort: false };
  return null;
}
const PUBLISHER_WEIGHT = 5;

/** A mention, or a mention with the parent named right before it ("南通市" + "通州区"). */
type Unit = { m: Mention; parent: Mention | null; code: string | null };

export function resolveRegions(input: Inputs): RegionResolution {
  const { gazetteer, lex, registry, matchText } = input;
  const warnings: string[] = [];
  const evidence = new Set<string>();
  const weight = new Map<string, number>();
  const addWeight = (code: string, w: number) => {
    evidence.add(code);
    weight.set(code, (weight.get(code) ?? 0) + w);
  };
  const notSubject = new RegExp(`(?:${[...lex.notSubjectAfter].sort((a, b) => b.length - a.length).join('|')})$`);
  const asPartnerAt = (start: number) => notSubject.test(matchText.slice(Math.max(0, start - 3), start));
  const candidatesOf = (name: string, viaShort: boolean) => (viaShort ? gazetteer.byShort.get(name) : gazetteer.byName.get(name)) ?? [];

  const declaredCode = input.declaredRegion ? resolveDeclared(input.toSimplified(input.declaredRegion)) : null;
  if (input.declaredRegion && !declaredCode) warnings.push(`front matter region "${input.declaredRegion}" is not a region the gazetteer knows (write its full name with its parents, e.g. "河南省平顶山市郏县"); the region is taken from the text`);
  if (declaredCode) addWeight(declaredCode, PUBLISHER_WEIGHT * 4);
  const publisherCodes = publisherRegions(input);
  publisherCodes.forEach((c) => addWeight(c, PUBLISHER_WEIGHT));
  const titleUnits = pairUp(input.findMentions(input.title));
  const textUnits = pairUp(input.mentions);

  const uniqueCode = (u: Unit): string | null => {
    if (u.code) return u.code;
    const named = namedOf(u.m);
    if (!named || named.viaShort) return null;
    const candidates = gazetteer.byName.get(named.name) ?? [];
    return candidates.length === 1 && candidates[0] ? candidates[0].code : null;
  };
  for (const u of titleUnits) {
    const code = uniqueCode(u);
    if (code) addWeight(code, TITLE_WEIGHT);
  }
  for (const u of textUnits) {
    const code = uniqueCode(u);
    if (code) addWeight(code, asPartnerAt(u.parent?.start ?? u.m.start) ? 0 : 1);
  }

  /** "南通市通州区": a name right after a place that contains one of its candidates is that one. */
  function pairUp(mentions: Mention[]): Unit[] {
    const units: Unit[] = [];
    for (const m of mentions) {
      const previous = units[units.length - 1];
      const named = namedOf(m);
      const parentNamed = previous && !previous.parent && previous.m.type === 'named' && previous.m.end === m.start ? namedOf(previous.m) : null;
      if (previous && named && parentNamed && (m.type === 'named' || m.type === 'zone')) {
        const parents = candidatesOf(parentNamed.name, parentNamed.viaShort);
        const inside = candidatesOf(named.name, named.viaShort).filter((c) => parents.some((p) => p.code !== c.code && gazetteer.isWithin(c.code, p.code)));
        if (inside.length === 1 && inside[0]) {
          units[units.length - 1] = { m, parent: previous.m, code: inside[0].code };
          continue;
        }
      }
      units.push({ m, parent: null, code: null });
    }
    return units;
  }

  const inEvidence = (code: string, prefectureOnly: boolean) =>
    [...evidence].some((e) => {
      const eLevel = gazetteer.byCode.get(e)?.level;
      if (prefectureOnly && eLevel === 'province') return false;
      return gazetteer.isWithin(code, e) || gazetteer.isWithin(e, code) || sharesPrefecture(code, e);
    });
  function sharesPrefecture(a: string, b: string) {
    const pa = prefectureOf(a);
    return pa !== null && pa === prefectureOf(b);
  }
  function prefectureOf(code: string): string | null {
    const entry = gazetteer.byCode.get(code);
    if (!entry) return null;
    if (entry.level === 'prefecture') return code;
    return gazetteer.ancestors(code).find((a) => a.level === 'prefecture')?.code ?? null;
  }

  const resolvedNames = new Map<string, string | null>();
  function resolveName(name: string, viaShort: boolean, inTitle = false): string | null {
    const key = `${name}|${viaShort}|${inTitle}`;
    if (!resolvedNames.has(key)) resolvedNames.set(key, resolveNameUncached(name, viaShort, inTitle));
    return resolvedNames.get(key) ?? null;
  }
  function resolveNameUncached(name: string, viaShort: boolean, inTitle: boolean): string | null {
    const override = lex.overrides[name];
    if (override && gazetteer.byCode.has(override)) return override;
    const candidates = candidatesOf(name, viaShort);
    const supported = candidates.filter((c) => inEvidence(c.code, viaShort && !inTitle));
    if (supported.length === 1 || (supported.length > 1 && nested(supported.map((c) => c.code)))) return pickDeepest(supported.map((c) => c.code));
    if (supported.length > 1) {
      const related = (code: string, e: string) => gazetteer.isWithin(code, e) || gazetteer.isWithin(e, code) || sharesPrefecture(code, e);
      const scored = supported
        .map((c) => ({ code: c.code, w: [...weight.entries()].filter(([e]) => related(c.code, e)).reduce((sum, [, w]) => sum + w, 0) }))
        .sort((a, b) => b.w - a.w);
      if ((scored[0]?.w ?? 0) > (scored[1]?.w ?? 0)) return scored[0]?.code ?? null;
      warnings.push(`"${name}" could be ${supported.map((c) => c.code).join(' or ')}; the document does not settle it`);
      return null;
    }
    if (!viaShort && candidates.length === 1 && candidates[0]) return candidates[0].code;
    if (viaShort && inTitle && candidates.length === 1 && candidates[0]) return candidates[0].code;
    return null;
  }
  /** Candidates on one line of descent (吉林 → 吉林省 ⊃ 吉林市): the deepest is meant. */
  function nested(codes: string[]): boolean {
    return codes.every((a) => codes.every((b) => gazetteer.isWithin(a, b) || gazetteer.isWithin(b, a)));
  }
  /** The deepest of nested candidates, except that a bare name shared by a city and its own
   *  district (白银 → 白银市 ⊃ 白银区, 长沙 → 长沙市 ⊃ 长沙县) means the city. */
  function pickDeepest(codes: string[]): string | null {
    const prefecture = codes.find((c) => gazetteer.byCode.get(c)?.level === 'prefecture');
    if (prefecture && codes.some((c) => c !== prefecture && gazetteer.isWithin(c, prefecture))) return prefecture;
    const rank = { province: 0, prefecture: 1, county: 2, zone: 3 } as const;
    return [...codes].sort((a, b) => rank[gazetteer.byCode.get(b)?.level ?? 'province'] - rank[gazetteer.byCode.get(a)?.level ?? 'province'] || a.localeCompare(b))[0] ?? null;
  }

  // Subject: the place the document talks about most, with its title and publisher weighing more.
  const score = new Map<string, number>();
  const bump = (code: string | null, by: number) => {
    if (!code) return;
    const level = gazetteer.byCode.get(code)?.level;
    if (level !== 'county' && level !== 'prefecture' && level !== 'zone') return;
    score.set(code, (score.get(code) ?? 0) + by);
  };
  const unitPlace = (u: Unit, inTitle: boolean): string | null => {
    if (u.code) return u.code;
    const named = namedOf(u.m);
    return named ? resolveName(named.name, named.viaShort, inTitle) : null;
  };
  // "（香格里拉网讯）", "甘肃日报讯" in a title name the outlet, not what the story is about.
  const mastheadInTitle = (u: Unit) => /^(网|网讯|日报|晚报|报|讯|新闻网|融媒)/.test(input.title.slice(u.m.end, u.m.end + 3));
  for (const u of titleUnits) if (!mastheadInTitle(u)) bump(unitPlace(u, true), TITLE_WEIGHT);
  publisherCodes.forEach((c) => bump(c, PUBLISHER_WEIGHT));
  // A place named as a partner ("赴北京市朝阳区考察") is not what the document is about.
  const asPartner = (u: Unit) => asPartnerAt(u.parent?.start ?? u.m.start);
  const mastheadInText = (u: Unit) => /^(网|日报|晚报|报)讯/.test(matchText.slice(u.m.end, u.m.end + 3));
  for (const u of textUnits) bump(unitPlace(u, false), asPartner(u) || mastheadInText(u) ? 0 : 1);
  const levelRank = (code: string) => (gazetteer.byCode.get(code)?.level === 'county' ? 1 : 0);
  const subjectCode = declaredCode ?? [...score.entries()].sort((a, b) => b[1] - a[1] || levelRank(b[0]) - levelRank(a[0]) || a[0].localeCompare(b[0]))[0]?.[0] ?? publisherCodes[0] ?? null;
  const scope = scopeOf(subjectCode);
  if (!subjectCode) warnings.push('no region found for the document: figures without an explicit region are dropped');

  function scopeOf(code: string | null): DocumentScope {
    const empty: DocumentScope = { subjectId: null, province: null, prefecture: null, county: null, district: null };
    if (!code) return empty;
    registry.addPlace(code);
    const entry = gazetteer.byCode.get(code);
    const chain = [entry, ...gazetteer.ancestors(code)].filter((e) => e !== undefined);
    const find = (level: string) => chain.find((e) => e.level === level)?.code ?? null;
    const county = find('county');
    const countyName = county ? (gazetteer.byCode.get(county)?.name ?? '') : '';
    return {
      subjectId: code,
      province: find('province'),
      // In a county-level city "全市" is the city itself.
      prefecture: countyName.endsWith('市') ? county : find('prefecture'),
      county: county && !countyName.endsWith('区') ? county : null,
      district: county && countyName.endsWith('区') ? county : null,
    };
  }

  const resolved: ResolvedMention[] = [];
  for (const u of textUnits) {
    const m = u.m;
    const start = u.parent?.start ?? m.start;
    const before = matchText.slice(Math.max(0, start - 3), start);
    const after = matchText.slice(m.end, m.end + 2);
    // "全省排名第4": a context word framing a rank is the scope of the ranking, not a subject.
    const framesRank = m.type === 'context' && /^(排名|排在|排第|排位|位居|位列)/.test(matchText.slice(m.end, m.end + 3));
    // "青岛市帮助定西籍脱贫劳动力…就业": a place helping another is not whose the figures are.
    const helps = /^(帮助|帮扶|支援|援助|协助|对口支援|对口帮扶)/.test(matchText.slice(m.end, m.end + 4));
    const subjectEligible = !notSubject.test(before) && !framesRank && !helps && !/^(第|前|首|唯一)/.test(after);
    const alias = input.text.slice(m.start, m.end);
    if (u.parent && u.code) {
      const parentNamed = namedOf(u.parent);
      const parentCode = gazetteer.ancestors(u.code).find((a) => parentNamed && (a.name === parentNamed.name || a.short === parentNamed.name))?.code;
      if (parentCode) {
        registry.addPlace(parentCode);
        registry.addAlias(parentCode, input.text.slice(u.parent.start, u.parent.end));
      }
    }
    if (m.type === 'named') {
      const code = u.code ?? resolveName(m.name, m.viaShort);
      if (!code) continue;
      registry.addPlace(code);
      registry.addAlias(code, alias);
      resolved.push({ start, end: m.end, regionId: code, level: 'place', isContext: false, subjectEligible });
    } else if (m.type === 'zone') {
      const parent = u.code ?? resolveName(m.parentName, m.parentViaShort);
      if (!parent) continue;
      registry.addPlace(parent);
      const id = registry.addChild(parent, input.toSimplified(m.zoneName), 'zone');
      registry.addAlias(id, alias);
      resolved.push({ start, end: m.end, regionId: id, level: 'zone', isContext: false, subjectEligible });
    } else if (m.type === 'body') {
      const parent = m.parentName ? resolveName(m.parentName, false) : m.prefixLevel ? scopeFor(m.prefixLevel) : null;
      if (!parent) continue;
      registry.addPlace(parent);
      const short = m.body + m.suffix;
      const expanded = lex.bodies.abbreviations[short] ?? short;
      const parentName = registry.get(parent)?.name ?? '';
      const id = registry.addChild(parent, parentName + expanded, m.entity);
      registry.addAlias(id, alias);
      resolved.push({ start: m.start, end: m.end, regionId: id, level: m.entity, isContext: false, subjectEligible });
    } else {
      const regionId = m.level === 'zone' ? null : scopeFor(m.level);
      if (regionId) registry.addPlace(regionId);
      resolved.push({ start: m.start, end: m.end, regionId, level: m.level, isContext: true, subjectEligible });
    }
  }

  function scopeFor(level: ScopeLevel): string | null {
    if (level === 'district') return scope.district ?? scope.county;
    if (level === 'zone') return null;
    return scope[level];
  }

  return { scope, mentions: resolved, warnings };

  /** "河南省平顶山市郏县": the longest gazetteer name the string ends with, whose parents are the
   *  places named before it (a short name or a full name each). */
  function resolveDeclared(name: string): string | null {
    const text = name.replace(/\s+/g, '');
    for (let i = 0; i < text.length - 1; i += 1) {
      const candidates = gazetteer.byName.get(text.slice(i)) ?? [];
      const before = text.slice(0, i);
      const fitting = candidates.filter((c) => gazetteer.ancestors(c.code).every((a) => before === '' || !/[省市州盟]/.test(before) || before.includes(a.name) || (a.short !== undefined && before.includes(a.short)) || a.level === 'province'));
      const named = fitting.filter((c) => before === '' || gazetteer.ancestors(c.code).some((a) => before.includes(a.name) || (a.short !== undefined && before.includes(a.short))));
      const pick = named.length === 1 ? named[0] : fitting.length === 1 ? fitting[0] : undefined;
      if (pick) return pick.code;
      if (candidates.length) return null;
    }
    return null;
  }

  function publisherRegions({ publisher, findMentions }: Inputs): string[] {
    if (!publisher) return [];
    const listed = lex.publisherRegions[publisher];
    if (listed && gazetteer.byCode.has(listed)) return [listed];
    // "长春市朝阳区人民政府" is the district's government: a pair names the child only.
    const codes: string[] = [];
    for (const u of pairUp(findMentions(publisher))) {
      if (u.code) {
        codes.push(u.code);
        continue;
      }
      const named = namedOf(u.m);
      if (!named) continue;
      const candidates = candidatesOf(named.name, named.viaShort);
      if (candidates.length === 1 && candidates[0]) codes.push(candidates[0].code);
    }
    return codes;
  }
}
