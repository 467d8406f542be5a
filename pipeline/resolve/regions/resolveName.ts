// Which place a name shared across China (鼓楼区 ×4) means: the candidate the document's evidence
// supports; among several, the one the evidence weighs most; when the evidence does not decide,
// none (with a warning) rather than the first code.
import type { DocumentEvidence } from './documentEvidence.ts';
import { candidatesOf } from './units.ts';

/** A name repeats across a document: it is settled once, and warned about once. */
export function resolveName(d: DocumentEvidence, name: string, viaShort: boolean, inTitle = false): string | null {
  const key = `${name}|${viaShort}|${inTitle}`;
  if (!d.resolvedNames.has(key)) d.resolvedNames.set(key, resolveNameUncached(d, name, viaShort, inTitle));
  return d.resolvedNames.get(key) ?? null;
}

/** The lexicon's override wins; then the candidates the evidence supports; a full name the
 *  gazetteer has once (or a short one in the title) stands on its own. */
function resolveNameUncached(d: DocumentEvidence, name: string, viaShort: boolean, inTitle: boolean): string | null {
  const { gazetteer } = d;
  const override = d.input.lex.overrides[name];
  if (override && gazetteer.byCode.has(override)) return override;
  const candidates = candidatesOf(gazetteer, name, viaShort);
  const supported = candidates.filter((c) => inEvidence(d, c.code, viaShort && !inTitle));
  if (
    supported.length === 1 ||
    (supported.length > 1 &&
      nested(
        d,
        supported.map((c) => c.code),
      ))
  )
    return pickDeepest(
      d,
      supported.map((c) => c.code),
    );
  if (supported.length > 1) {
    const related = (code: string, e: string) =>
      gazetteer.isWithin(code, e) || gazetteer.isWithin(e, code) || sharesPrefecture(d, code, e);
    const scored = supported
      .map((c) => ({
        code: c.code,
        w: [...d.weight.entries()].filter(([e]) => related(c.code, e)).reduce((sum, [, w]) => sum + w, 0),
      }))
      .sort((a, b) => b.w - a.w);
    if ((scored[0]?.w ?? 0) > (scored[1]?.w ?? 0)) return scored[0]?.code ?? null;
    d.warnings.push(`"${name}" could be ${supported.map((c) => c.code).join(' or ')}; the document does not settle it`);
    return null;
  }
  if (!viaShort && candidates.length === 1 && candidates[0]) return candidates[0].code;
  if (viaShort && inTitle && candidates.length === 1 && candidates[0]) return candidates[0].code;
  return null;
}

/** A candidate is supported when it lies in, contains or shares a prefecture with a place of the
 *  evidence; a short name in the text is not supported by a whole province. */
function inEvidence(d: DocumentEvidence, code: string, prefectureOnly: boolean): boolean {
  const { gazetteer } = d;
  return [...d.evidence].some((e) => {
    const eLevel = gazetteer.byCode.get(e)?.level;
    if (prefectureOnly && eLevel === 'province') return false;
    return gazetteer.isWithin(code, e) || gazetteer.isWithin(e, code) || sharesPrefecture(d, code, e);
  });
}

/** Places of one prefecture support each other (two counties of a city, or a county and its city). */
function sharesPrefecture(d: DocumentEvidence, a: string, b: string): boolean {
  const pa = prefectureOf(d, a);
  return pa !== null && pa === prefectureOf(d, b);
}

/** The prefecture a place lies in, or is. */
function prefectureOf(d: DocumentEvidence, code: string): string | null {
  const entry = d.gazetteer.byCode.get(code);
  if (!entry) return null;
  if (entry.level === 'prefecture') return code;
  return d.gazetteer.ancestors(code).find((a) => a.level === 'prefecture')?.code ?? null;
}

/** Candidates on one line of descent (吉林 → 吉林省 ⊃ 吉林市): the deepest is meant. */
function nested(d: DocumentEvidence, codes: string[]): boolean {
  return codes.every((a) => codes.every((b) => d.gazetteer.isWithin(a, b) || d.gazetteer.isWithin(b, a)));
}

/** The deepest of nested candidates, except that a bare name shared by a city and its own
 *  district (白银 → 白银市 ⊃ 白银区, 长沙 → 长沙市 ⊃ 长沙县) means the city. */
function pickDeepest(d: DocumentEvidence, codes: string[]): string | null {
  const { gazetteer } = d;
  const prefecture = codes.find((c) => gazetteer.byCode.get(c)?.level === 'prefecture');
  if (prefecture && codes.some((c) => c !== prefecture && gazetteer.isWithin(c, prefecture))) return prefecture;
  const rank = { province: 0, prefecture: 1, county: 2, zone: 3 } as const;
  return (
    [...codes].sort(
      (a, b) =>
        rank[gazetteer.byCode.get(b)?.level ?? 'province'] - rank[gazetteer.byCode.get(a)?.level ?? 'province'] ||
        a.localeCompare(b),
    )[0] ?? null
  );
}
