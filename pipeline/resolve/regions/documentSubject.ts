// What the document is about: its subject place and the scope that context words (全市, 该县)
// and bodies without a named parent resolve through.
import {
  asPartnerAt,
  PUBLISHER_WEIGHT,
  TITLE_WEIGHT,
  type DocumentEvidence,
  type EvidenceSources,
} from './documentEvidence.ts';
import { resolveName } from './resolveName.ts';
import type { DocumentScope, Unit } from './types.ts';
import { namedOf } from './units.ts';

// Subject: the place the document talks about most, with its title and publisher weighing more.
export function documentSubject(d: DocumentEvidence, sources: EvidenceSources): string | null {
  const { gazetteer, input, matchText } = d;
  const { declaredCode, publisherCodes, titleUnits, textUnits } = sources;
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
    return named ? resolveName(d, named.name, named.viaShort, inTitle) : null;
  };
  // "（香格里拉网讯）", "甘肃日报讯" in a title name the outlet, not what the story is about.
  const mastheadInTitle = (u: Unit) =>
    /^(网|网讯|日报|晚报|报|讯|新闻网|融媒)/.test(input.title.slice(u.m.end, u.m.end + 3));
  for (const u of titleUnits) if (!mastheadInTitle(u)) bump(unitPlace(u, true), TITLE_WEIGHT);
  publisherCodes.forEach((c) => bump(c, PUBLISHER_WEIGHT));
  // A place named as a partner ("赴北京市朝阳区考察") is not what the document is about.
  const asPartner = (u: Unit) => asPartnerAt(d, u.parent?.start ?? u.m.start);
  const mastheadInText = (u: Unit) => /^(网|日报|晚报|报)讯/.test(matchText.slice(u.m.end, u.m.end + 3));
  for (const u of textUnits) bump(unitPlace(u, false), asPartner(u) || mastheadInText(u) ? 0 : 1);
  const levelRank = (code: string) => (gazetteer.byCode.get(code)?.level === 'county' ? 1 : 0);
  return (
    declaredCode ??
    [...score.entries()].sort(
      (a, b) => b[1] - a[1] || levelRank(b[0]) - levelRank(a[0]) || a[0].localeCompare(b[0]),
    )[0]?.[0] ??
    publisherCodes[0] ??
    null
  );
}

/** The province, prefecture, county or district a subject lies in: what 全省, 全市, 全县, 全区 mean. */
export function scopeOf(d: DocumentEvidence, code: string | null): DocumentScope {
  const { gazetteer, input } = d;
  const empty: DocumentScope = { subjectId: null, province: null, prefecture: null, county: null, district: null };
  if (!code) return empty;
  input.registry.addPlace(code);
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
