// Region lookups shared by pages: ancestry for breadcrumbs, children and siblings, search.
import type { Region } from '../schema.ts';
import type { BaseData, CoreData } from '../coreData.ts';

export function regionPath(data: CoreData, id: string): Region[] {
  const path: Region[] = [];
  let current = data.region.get(id);
  while (current) {
    path.unshift(current);
    current = current.parentId ? data.region.get(current.parentId) : undefined;
  }
  return path;
}

export function childrenOf(data: CoreData, id: string): Region[] {
  return data.regions.filter((r) => r.parentId === id);
}

export function siblingsOf(data: CoreData, id: string): Region[] {
  const region = data.region.get(id);
  if (!region?.parentId) return [];
  return data.regions.filter((r) => r.parentId === region.parentId && r.id !== id && r.level === region.level);
}

/** Matches characters, aliases, pinyin initials and spelled-out pinyin: "临洮", "臨洮縣", "ltx", "lintao". */
export function matchesRegion(region: Region, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (
    region.name.includes(query.trim()) ||
    region.shortName?.includes(query.trim()) ||
    region.aliases.some((a) => a.includes(query.trim()))
  )
    return true;
  return region.pinyin.some((p) => p.startsWith(q));
}

/** Closest names to an unknown id or name, for "not found" pages. */
export function closestRegions(data: CoreData, wanted: string, limit = 5): Region[] {
  const w = decodeURIComponent(wanted).toLowerCase();
  const score = (r: Region) => {
    const candidates = [r.id, r.name, r.shortName ?? '', ...r.aliases, ...r.pinyin].map((s) => s.toLowerCase());
    return Math.min(...candidates.map((c) => editDistance(c, w)));
  };
  return [...data.regions].sort((a, b) => score(a) - score(b)).slice(0, limit);
}

/** How close an id is to one typed by hand: words in common first ("2024-tongwei-report" and
 *  "2024-01-21-tongwei-government-work-report" share three), then the edit distance. */
export function idCloseness(id: string, wanted: string): number {
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^a-z0-9\u4e00-\u9fff]+/)
        .filter(Boolean),
    );
  const mine = words(id);
  const shared = [...words(wanted)].filter((w) => mine.has(w)).length;
  return shared * 1000 - editDistance(id.toLowerCase(), wanted.toLowerCase());
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

const orders = new WeakMap<object, string[]>();
/** The regions with figures, grouped under their parent: the order region colours are drawn from. */
export function colourOrder(data: BaseData): string[] {
  const cached = orders.get(data.catalog);
  if (cached) return cached;
  const order = data.regions
    .filter((r) => data.catalog.regions[r.id])
    .sort((a, b) => (a.parentId ?? '').localeCompare(b.parentId ?? '') || a.id.localeCompare(b.id))
    .map((r) => r.id);
  orders.set(data.catalog, order);
  return order;
}
