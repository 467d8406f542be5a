// The evidence one document gives for which places it means: each code it supports, with a
// weight (publisher and title more than a name in the text, a partner's name nothing), and the
// warnings of its resolution. Every rule of the regions family reads and moves this one object;
// nothing outlives the document.
import type { GazetteerIndex } from '../gazetteerIndex.ts';
import { publisherRegions, resolveDeclared } from './declaredPlaces.ts';
import type { RegionInputs, Unit } from './types.ts';
import { namedOf, pairUp } from './units.ts';

export const TITLE_WEIGHT = 5;
export const PUBLISHER_WEIGHT = 5;

export type DocumentEvidence = {
  input: RegionInputs;
  gazetteer: GazetteerIndex;
  matchText: string;
  warnings: string[];
  /** Every code the document gives evidence for, in the order it was found. */
  evidence: Set<string>;
  weight: Map<string, number>;
  /** Words right before a place that make it a partner ("与", "赴"), not a subject. */
  notSubject: RegExp;
  /** Names resolved so far, by name, short form and whether in the title. */
  resolvedNames: Map<string, string | null>;
};

/** Where the evidence came from: the front matter, the publisher, the title and the text. */
export type EvidenceSources = {
  declaredCode: string | null;
  publisherCodes: string[];
  titleUnits: Unit[];
  textUnits: Unit[];
};

/** No evidence yet; partner words are tried longest first. */
export function startEvidence(input: RegionInputs): DocumentEvidence {
  const notSubject = new RegExp(`(?:${[...input.lex.notSubjectAfter].sort((a, b) => b.length - a.length).join('|')})$`);
  return {
    input,
    gazetteer: input.gazetteer,
    matchText: input.matchText,
    warnings: [],
    evidence: new Set(),
    weight: new Map(),
    notSubject,
    resolvedNames: new Map(),
  };
}

/** Evidence adds up: a place named more often weighs more. */
export function addWeight(d: DocumentEvidence, code: string, w: number): void {
  d.evidence.add(code);
  d.weight.set(code, (d.weight.get(code) ?? 0) + w);
}

/** A place named as a partner ("与北京市…签订", "赴深圳市"). */
export function asPartnerAt(d: DocumentEvidence, start: number): boolean {
  return d.notSubject.test(d.matchText.slice(Math.max(0, start - 3), start));
}

/** The front matter's region weighs most, then the publisher and the title; each unambiguous
 *  name in the text counts once, a partner's nothing. */
export function weighEvidence(d: DocumentEvidence): EvidenceSources {
  const { input } = d;
  const declaredCode = input.declaredRegion ? resolveDeclared(d, input.toSimplified(input.declaredRegion)) : null;
  if (input.declaredRegion && !declaredCode)
    d.warnings.push(
      `front matter region "${input.declaredRegion}" is not a region the gazetteer knows (write its full name with its parents, e.g. "河南省平顶山市郏县"); the region is taken from the text`,
    );
  if (declaredCode) addWeight(d, declaredCode, PUBLISHER_WEIGHT * 4);
  const publisherCodes = publisherRegions(d, input);
  publisherCodes.forEach((c) => addWeight(d, c, PUBLISHER_WEIGHT));
  const titleUnits = pairUp(d.gazetteer, input.findMentions(input.title));
  const textUnits = pairUp(d.gazetteer, input.mentions);
  for (const u of titleUnits) {
    const code = uniqueCode(d, u);
    if (code) addWeight(d, code, TITLE_WEIGHT);
  }
  for (const u of textUnits) {
    const code = uniqueCode(d, u);
    if (code) addWeight(d, code, asPartnerAt(d, u.parent?.start ?? u.m.start) ? 0 : 1);
  }
  return { declaredCode, publisherCodes, titleUnits, textUnits };
}

/** A unit that can only be one place: paired with its parent, or a full name the gazetteer has once. */
function uniqueCode(d: DocumentEvidence, u: Unit): string | null {
  if (u.code) return u.code;
  const named = namedOf(u.m);
  if (!named || named.viaShort) return null;
  const candidates = d.gazetteer.byName.get(named.name) ?? [];
  return candidates.length === 1 && candidates[0] ? candidates[0].code : null;
}
