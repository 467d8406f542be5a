// Mentions read as units: a place named inside its parent ("南通市通州区") is one mention of the
// child, resolved within that parent; other mentions stand alone, by the name they give.
import type { GazetteerEntry } from '../../lexicon/loadLexicon.ts';
import type { Mention } from '../findMentions.ts';
import type { GazetteerIndex } from '../gazetteerIndex.ts';
import type { Unit } from './types.ts';

/** The place name a mention gives: its own, a zone's or a body's parent; none for a context word. */
export function namedOf(m: Mention): { name: string; viaShort: boolean } | null {
  if (m.type === 'named') return { name: m.name, viaShort: m.viaShort };
  if (m.type === 'zone') return { name: m.parentName, viaShort: m.parentViaShort };
  if (m.type === 'body' && m.parentName) return { name: m.parentName, viaShort: false };
  return null;
}

/** The gazetteer's places of a full name, or of a short name ("通州"). */
export function candidatesOf(gazetteer: GazetteerIndex, name: string, viaShort: boolean): GazetteerEntry[] {
  return (viaShort ? gazetteer.byShort.get(name) : gazetteer.byName.get(name)) ?? [];
}

/** "南通市通州区": a name right after a place that contains one of its candidates is that one. */
export function pairUp(gazetteer: GazetteerIndex, mentions: Mention[]): Unit[] {
  const units: Unit[] = [];
  for (const m of mentions) {
    const previous = units[units.length - 1];
    const named = namedOf(m);
    const parentNamed =
      previous && !previous.parent && previous.m.type === 'named' && previous.m.end === m.start
        ? namedOf(previous.m)
        : null;
    if (previous && named && parentNamed && (m.type === 'named' || m.type === 'zone')) {
      const parents = candidatesOf(gazetteer, parentNamed.name, parentNamed.viaShort);
      const inside = candidatesOf(gazetteer, named.name, named.viaShort).filter((c) =>
        parents.some((p) => p.code !== c.code && gazetteer.isWithin(c.code, p.code)),
      );
      if (inside.length === 1 && inside[0]) {
        units[units.length - 1] = { m, parent: previous.m, code: inside[0].code };
        continue;
      }
    }
    units.push({ m, parent: null, code: null });
  }
  return units;
}
