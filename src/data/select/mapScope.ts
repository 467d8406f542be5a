// What a map shows: the province (or the whole country) and the level, counties or prefectures,
// and the rows drawn there. The address decides where it names a usable choice; else the
// comparison's default scope; else the figures shown. The map view (views/MapView.tsx) and the
// boundary files loaded before a map address mounts (scopes.ts mapBoundaryFiles) read the same
// choices from here.
import type { ViewProblem } from '../../view-state/viewState.ts';
import type { Catalog } from '../shards.ts';
import type { Comparison, CompareRow, Measure } from './compareRows.ts';

/** `province=all`: the whole country, from the national boundary files. */
export const NATIONAL = 'all';
/** Up to this many provinces, each is a button and the map opens on the fullest. */
export const FEW_PROVINCES = 3;

export type MapLevel = 'county' | 'prefecture';

/** The boundary files' index, as far as the choices read it. */
type Provinces = { provinces: { adcode: string }[]; national?: unknown };

/** The province a row's region lies in ("621124" → "620000"), from its code or its parent's. */
function provinceOfRow(row: CompareRow): string | null {
  const adcode = row.region.adcode ?? row.region.parentId?.slice(0, 6);
  return adcode ? `${adcode.slice(0, 2)}0000` : null;
}

/** How many regions with a figure each province has. */
export function figuresPerProvince(rows: CompareRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const p = provinceOfRow(r);
    if (p && r.value !== null) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

/**
 * The province the address and the boundaries decide: the one asked for (`all`, the whole country,
 * where there are national boundaries), else the whole country past a few provinces. Null where
 * the figures decide it: the province with most of them (`fullestProvince`).
 */
export function decidedProvince(index: Provinces, asked: string | null): string | null {
  if (asked === NATIONAL && index.national) return NATIONAL;
  const chosen = index.provinces.find((p) => p.adcode === asked);
  if (chosen) return chosen.adcode;
  return index.national && index.provinces.length > FEW_PROVINCES ? NATIONAL : null;
}

/** The province with most figures (the first listed among equals); null without provinces. */
export function fullestProvince(index: Provinces, perProvince: Map<string, number>): string | null {
  return (
    [...index.provinces].sort((a, b) => (perProvince.get(b.adcode) ?? 0) - (perProvince.get(a.adcode) ?? 0))[0]
      ?.adcode ?? null
  );
}

/** The rows in the province shown: every row for the whole country. */
export function rowsInProvince(rows: CompareRow[], province: string | null): CompareRow[] {
  return province === NATIONAL ? rows : rows.filter((r) => provinceOfRow(r) === province);
}

/** The level of the comparison's default scope (the period and level most regions share), where
 *  the view shows that scope: not for another period or chosen regions. */
export function comparisonLevel(
  catalog: Catalog,
  view: { period: string; regions: string[] | null },
  metricId: string,
  measure: Measure,
): string | undefined {
  return view.period === 'comparable' && !view.regions
    ? catalog.metrics[metricId]?.comparable?.[measure]?.level
    : undefined;
}

/** The level the address asks for, else the comparison's (a zone's figures are drawn with the
 *  counties); null where the figures shown decide it (`levelWithMoreFigures`). */
export function decidedLevel(asked: string | null, ofComparison: string | undefined): MapLevel | null {
  if (asked === 'county' || asked === 'prefecture') return asked;
  return ofComparison === 'prefecture'
    ? 'prefecture'
    : ofComparison === 'county' || ofComparison === 'zone'
      ? 'county'
      : null;
}

/** Counties (with zones and agencies) if they have more of the rows than prefectures, else prefectures. */
export function levelWithMoreFigures(rows: CompareRow[]): MapLevel {
  const counties = rows.filter(
    (r) => r.region.level === 'county' || r.region.level === 'zone' || r.region.level === 'agency',
  ).length;
  const prefectures = rows.filter((r) => r.region.level === 'prefecture').length;
  return counties > prefectures ? 'county' : 'prefecture';
}

/** The comparison as the map draws it: the rows of the level (within `prefecture` when the map is
 *  drilled into one), and the reports they cite. */
export function comparisonAtLevel(
  comparison: Comparison,
  rows: CompareRow[],
  level: MapLevel,
  prefecture: string | null,
): Comparison {
  const inPrefecture = (r: CompareRow) =>
    prefecture === null || r.region.parentId === prefecture || r.region.id.startsWith(prefecture.slice(0, 4));
  const shown = rows.filter((r) =>
    level === 'county'
      ? r.region.level !== 'prefecture' && r.region.level !== 'province' && inPrefecture(r)
      : r.region.level === 'prefecture',
  );
  const reportIds = [...new Set(shown.flatMap((r) => (r.fact ? [r.fact.reportId] : [])))].sort();
  return { ...comparison, rows: shown, reportIds };
}

/** The map's parameters the view could not use, said like the others' (ProblemsBanner). `province`
 *  is judged once the boundaries' index is here, `prefecture` once the level's boundaries are. */
export function mapProblems(
  asked: { province: string | null; level: string | null; prefecture: string | null },
  shown: { province: string | null; level: MapLevel; drilled: boolean },
  loaded: { index: boolean; boundaries: boolean },
): ViewProblem[] {
  const problems: ViewProblem[] = [];
  if (loaded.index && asked.province && shown.province !== asked.province)
    problems.push({ param: 'province', raw: asked.province, reason: 'bad-value' });
  if (asked.level && asked.level !== shown.level)
    problems.push({ param: 'level', raw: asked.level, reason: 'bad-value' });
  if (loaded.boundaries && asked.prefecture && shown.level === 'county' && !shown.drilled)
    problems.push({ param: 'prefecture', raw: asked.prefecture, reason: 'bad-value' });
  return problems;
}
