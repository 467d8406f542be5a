// Lookup tables over the committed gazetteer: by code, by full name and by short name, plus the
// chain of ancestors used to decide between places that share a name.
import type { GazetteerEntry } from '../lexicon/loadLexicon.ts';

export type GazetteerIndex = {
  byCode: Map<string, GazetteerEntry>;
  byName: Map<string, GazetteerEntry[]>;
  byShort: Map<string, GazetteerEntry[]>;
  ancestors(code: string): GazetteerEntry[];
  isWithin(code: string, ancestorCode: string): boolean;
};

export function createGazetteerIndex(entries: GazetteerEntry[]): GazetteerIndex {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const byName = new Map<string, GazetteerEntry[]>();
  const byShort = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
    if (e.short && e.short.length >= 2) byShort.set(e.short, [...(byShort.get(e.short) ?? []), e]);
  }
  // An autonomous county is usually called by its short name and 县 (维西傈僳族自治县 → 维西县,
  // 酉阳土家族苗族自治县 → 酉阳县): that is a full name too, unless a real county has it.
  for (const e of entries) {
    const kind = /自治(县|旗)$/.exec(e.name)?.[1];
    const everyday = kind && e.short ? `${e.short}${kind}` : null;
    if (everyday && everyday !== e.name && !byName.has(everyday)) byName.set(everyday, [e]);
  }
  function ancestors(code: string): GazetteerEntry[] {
    const chain: GazetteerEntry[] = [];
    let parent = byCode.get(code)?.parent ?? null;
    while (parent) {
      const entry = byCode.get(parent);
      if (!entry) break;
      chain.push(entry);
      parent = entry.parent;
    }
    return chain;
  }
  return {
    byCode,
    byName,
    byShort,
    ancestors,
    isWithin: (code, ancestorCode) => code === ancestorCode || ancestors(code).some((a) => a.code === ancestorCode),
  };
}
