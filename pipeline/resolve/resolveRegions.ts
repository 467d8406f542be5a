// Decides which real region each mention in a document means, and what the document is about.
// Names shared across China (鼓楼区 ×4) are settled by the document's own evidence: its publisher
// (定西日报 → 定西市), the places it names unambiguously, its title. Context words (全市, 该县) and
// bodies without a named parent (市林草局) resolve through that scope.
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
};

const TITLE_WEIGHT = 5;

function namedOf(m: Mention): { name: string; viaShort: boolean } | null {
  if (m.type === 'named') return { name: m.name, viaShort: m.viaShort };
  if (m.type === 'zone') return { name: m.parentName, viaShort: m.parentViaShort };
  if (m.type === 'body' && m.parentName) return { name: m.parentName, viaShort: false };
  return null;
}
const PUBLISHER_WEIGHT = 5;

export function resolveRegions(input: Inputs): RegionResolution {
  const { gazetteer, lex, registry, matchText } = input;
  const warnings: string[] = [];
  const evidence = new Set<string>();

  const publisherCodes = publisherRegions(input);
  publisherCodes.forEach((c) => evidence.add(c));
  const titleMentions = input.findMentions(input.title);


  for (const m of [...input.mentions, ...titleMentions]) {
    const named = namedOf(m);
    if (!named || named.viaShort) continue;
    const candidates = gazetteer.byName.get(named.name) ?? [];
    if (candidates.length === 1 && candidates[0]) evidence.add(candidates[0].code);
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
    const candidates = (viaShort ? gazetteer.byShort.get(name) : gazetteer.byName.get(name)) ?? [];
    const supported = candidates.filter((c) => inEvidence(c.code, viaShort && !inTitle));
    if (supported.length >= 1) return pickDeepest(supported.map((c) => c.code));
    if (!viaShort && candidates.length === 1 && candidates[0]) return candidates[0].code;
    if (viaShort && inTitle && candidates.length === 1 && candidates[0]) return candidates[0].code;
    return null;
  }
  function pickDeepest(codes: string[]): string | null {
    const rank = { province: 0, prefecture: 1, county: 2, zone: 3 } as const;
    return [...codes].sort((a, b) => rank[gazetteer.byCode.get(b)?.level ?? 'province'] - rank[gazetteer.byCode.get(a)?.level ?? 'province'] || a.localeCompare(b))[0] ?? null;
  }

  // Subject: the place the document talks about most, with its title and publisher weighing more.
  const score = new Map<string, number>();
  const bump = (code: string | null, by: number) => {
    if (!code) return;
    const level = gazetteer.byCode.get(code)?.level;
    if (level !== 'county' && level !== 'prefecture') return;
    score.set(code, (score.get(code) ?? 0) + by);
  };
  for (const m of titleMentions) {
    const named = namedOf(m);
    if (named) bump(resolveName(named.name, named.viaShort, true), TITLE_WEIGHT);
  }
  publisherCodes.forEach((c) => bump(c, PUBLISHER_WEIGHT));
  for (const m of input.mentions) {
    const named = namedOf(m);
    if (named) bump(resolveName(named.name, named.viaShort), 1);
  }
  const levelRank = (code: string) => (gazetteer.byCode.get(code)?.level === 'county' ? 1 : 0);
  const subjectCode = [...score.entries()].sort((a, b) => b[1] - a[1] || levelRank(b[0]) - levelRank(a[0]) || a[0].localeCompare(b[0]))[0]?.[0] ?? publisherCodes[0] ?? null;
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

  const notSubject = new RegExp(`(?:${[...lex.notSubjectAfter].sort((a, b) => b.length - a.length).join('|')})$`);
  const resolved: ResolvedMention[] = [];
  for (const m of input.mentions) {
    const before = matchText.slice(Math.max(0, m.start - 3), m.start);
    const after = matchText.slice(m.end, m.end + 2);
    const subjectEligible = !notSubject.test(before) && !/^(第|前|首|唯一)/.test(after);
    const alias = input.text.slice(m.start, m.end);
    if (m.type === 'named') {
      const code = resolveName(m.name, m.viaShort);
      if (!code) continue;
      registry.addPlace(code);
      registry.addAlias(code, alias);
      resolved.push({ start: m.start, end: m.end, regionId: code, level: 'place', isContext: false, subjectEligible });
    } else if (m.type === 'zone') {
      const parent = resolveName(m.parentName, m.parentViaShort);
      if (!parent) continue;
      registry.addPlace(parent);
      const id = registry.addChild(parent, input.toSimplified(m.zoneName), 'zone');
      registry.addAlias(id, alias);
      resolved.push({ start: m.start, end: m.end, regionId: id, level: 'zone', isContext: false, subjectEligible });
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

  function publisherRegions({ publisher, findMentions }: Inputs): string[] {
    if (!publisher) return [];
    const listed = lex.publisherRegions[publisher];
    if (listed && gazetteer.byCode.has(listed)) return [listed];
    const codes: string[] = [];
    for (const m of findMentions(publisher)) {
      const named = namedOf(m);
      if (!named) continue;
      const candidates = (named.viaShort ? gazetteer.byShort.get(named.name) : gazetteer.byName.get(named.name)) ?? [];
      if (candidates.length === 1 && candidates[0]) codes.push(candidates[0].code);
    }
    return codes;
  }
}
