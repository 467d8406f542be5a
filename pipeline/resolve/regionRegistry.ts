// Collects the Region records a build refers to: gazetteer places with their ancestors, and the
// zones, agencies and enterprises documents name, each under its parent, with every surface form
// seen in a source kept as an alias ("市林草局", "臨洮縣").
import { pinyin } from 'pinyin-pro';
import type { Region, RegionLevel } from '../../src/data/schema.ts';
import type { GazetteerIndex } from './gazetteerIndex.ts';

export type RegionRegistry = {
  addPlace(code: string): string;
  addChild(parentId: string, name: string, level: Extract<RegionLevel, 'zone' | 'agency' | 'enterprise'>): string;
  addAlias(id: string, alias: string): void;
  get(id: string): Region | undefined;
  all(): Region[];
};

export function pinyinSlug(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '');
}

export function pinyinInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Pinyin of names, computed once per process: every document names the same places again. */
const searchTerms = new Map<string, string[]>();
const slugs = new Map<string, string>();
const slugOf = (name: string) => {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = pinyinSlug(name);
    slugs.set(name, slug);
  }
  return slug;
};

export function createRegionRegistry(gazetteer: GazetteerIndex): RegionRegistry {
  const regions = new Map<string, Region>();

  // What the region picker matches: initials of the name and short name ("ltx", "lt"), and the
  // short name spelled out ("lintao"), so a reader may type either.
  function search(name: string, shortName?: string): string[] {
    const key = `${name}|${shortName ?? ''}`;
    let found = searchTerms.get(key);
    if (!found) {
      found = [
        ...new Set([
          pinyinInitials(name),
          ...(shortName ? [pinyinInitials(shortName)] : []),
          pinyinSlug(shortName ?? name),
        ]),
      ];
      searchTerms.set(key, found);
    }
    return [...found];
  }

  function addPlace(code: string): string {
    if (regions.has(code)) return code;
    const entry = gazetteer.byCode.get(code);
    if (!entry) throw new Error(`unknown gazetteer code ${code}`);
    if (entry.parent) addPlace(entry.parent);
    regions.set(code, {
      id: code,
      name: entry.name,
      ...(entry.short ? { shortName: entry.short } : {}),
      level: entry.level,
      parentId: entry.parent,
      adcode: code,
      aliases: [],
      pinyin: search(entry.name, entry.short),
    });
    return code;
  }

  function addChild(parentId: string, name: string, level: 'zone' | 'agency' | 'enterprise'): string {
    const parent = regions.get(parentId);
    const ownName = parent && name.startsWith(parent.name) ? name.slice(parent.name.length) : name;
    const id = `${parentId}-${slugOf(ownName) || 'x'}`;
    if (!regions.has(id)) {
      regions.set(id, { id, name, level, parentId, aliases: [], pinyin: search(name) });
    }
    return id;
  }

  return {
    addPlace,
    addChild,
    addAlias(id, alias) {
      const region = regions.get(id);
      if (!region || alias === region.name || alias === region.shortName || region.aliases.includes(alias)) return;
      region.aliases.push(alias);
      region.aliases.sort();
    },
    get: (id) => regions.get(id),
    all: () => [...regions.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
