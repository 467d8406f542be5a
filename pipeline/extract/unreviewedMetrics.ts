// Metrics named by a document's own words ("重点项目", unit "项") for figures no lexicon metric fits.
// Their ids are stable across rebuilds (made from the label and the unit), they are marked
// `reviewed: false`, and they are never merged with a reviewed metric.
import type { Metric } from '../../src/data/schema.ts';
import { pinyinSlug } from '../resolve/regionRegistry.ts';

const PREFIX = 'unreviewed\u0001';

/** The draft key of an unreviewed figure: its label and its unit as written. */
export function unreviewedKey(label: string, unit: string): string {
  return `${PREFIX}${label}\u0001${unit}`;
}

export function isUnreviewedKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

const unitSlug = (unit: string) =>
  unit === '' ? 'x' : unit === '%' ? 'pct' : unit === '‰' ? 'permille' : pinyinSlug(unit) || 'u';

/** The label an unreviewed key was made from. */
export function labelOfKey(key: string): string {
  return key.split('\u0001')[1] ?? '';
}

const made = new Map<string, Metric>();
export function unreviewedMetric(key: string): Metric {
  const known = made.get(key);
  if (known) return known;
  const metric = unreviewedMetricUncached(key);
  made.set(key, metric);
  return metric;
}

function unreviewedMetricUncached(key: string): Metric {
  const [, label = '', unit = ''] = key.split('\u0001');
  return {
    id: `u-${pinyinSlug(label).slice(0, 48)}-${unitSlug(unit)}`,
    name: label,
    nameEn: `“${label}” (the document’s wording)`,
    unit,
    category: 'unreviewed',
    higherIsBetter: null,
    reviewed: false,
  };
}
