// How much of the dataset lies in each province: the data page opens on the fullest one.
import type { BaseData } from '../coreData.ts';
import { provinceOf } from '../shards.ts';

export function factsPerProvince(data: BaseData): Map<string, number> {
  const totals = new Map<string, number>();
  for (const [regionId, facts] of Object.entries(data.catalog.regions)) {
    const region = data.region.get(regionId);
    if (!region) continue;
    const province = provinceOf(region, data.region);
    totals.set(province, (totals.get(province) ?? 0) + facts);
  }
  return totals;
}
