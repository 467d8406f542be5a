// The places a document declares outside its text: the front matter's region and its publisher,
// the strongest evidence of what it is about.
import type { DocumentEvidence } from './documentEvidence.ts';
import type { RegionInputs } from './types.ts';
import { candidatesOf, namedOf, pairUp } from './units.ts';

/** "河南省平顶山市郏县": the longest gazetteer name the string ends with, whose parents are the
 *  places named before it (a short name or a full name each). */
export function resolveDeclared(d: DocumentEvidence, name: string): string | null {
  const { gazetteer } = d;
  const text = name.replace(/\s+/g, '');
  for (let i = 0; i < text.length - 1; i += 1) {
    const candidates = gazetteer.byName.get(text.slice(i)) ?? [];
    const before = text.slice(0, i);
    const fitting = candidates.filter((c) =>
      gazetteer
        .ancestors(c.code)
        .every(
          (a) =>
            before === '' ||
            !/[省市州盟]/.test(before) ||
            before.includes(a.name) ||
            (a.short !== undefined && before.includes(a.short)) ||
            a.level === 'province',
        ),
    );
    const named = fitting.filter(
      (c) =>
        before === '' ||
        gazetteer
          .ancestors(c.code)
          .some((a) => before.includes(a.name) || (a.short !== undefined && before.includes(a.short))),
    );
    const pick = named.length === 1 ? named[0] : fitting.length === 1 ? fitting[0] : undefined;
    if (pick) return pick.code;
    if (candidates.length) return null;
  }
  return null;
}

/** The places a publisher is the body of: listed in the lexicon, else the unambiguous places it names. */
export function publisherRegions(d: DocumentEvidence, { publisher, findMentions }: RegionInputs): string[] {
  const { gazetteer } = d;
  if (!publisher) return [];
  const listed = d.input.lex.publisherRegions[publisher];
  if (listed && gazetteer.byCode.has(listed)) return [listed];
  // "长春市朝阳区人民政府" is the district's government: a pair names the child only.
  const codes: string[] = [];
  for (const u of pairUp(gazetteer, findMentions(publisher))) {
    if (u.code) {
      codes.push(u.code);
      continue;
    }
    const named = namedOf(u.m);
    if (!named) continue;
    const candidates = candidatesOf(gazetteer, named.name, named.viaShort);
    if (candidates.length === 1 && candidates[0]) codes.push(candidates[0].code);
  }
  return codes;
}
