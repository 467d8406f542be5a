// Reads a written unit ("亿元", "万千瓦", "个百分点") into a dimension and a power of ten, using the
// unit table in data/lexicon/units.yaml.
import type { UnitsLexicon } from '../lexicon/loadLexicon.ts';
import { multiplyDecimal, shiftDecimal } from './decimal.ts';

/** `text` is the unit as written at the figure ("" when it is shared from the end of a list, then `written` has it). */
export type ParsedUnit = { text: string; base: string; dimension: string; exponent: number; written?: string };

export type UnitReader = {
  /** Reads the longest unit at the start of `text`, or null. */
  readAt(text: string): ParsedUnit | null;
  /** Reads a whole unit string, such as a metric's canonical unit. */
  parse(unit: string): ParsedUnit | null;
  isCountDimension(dimension: string): boolean;
  /** "56.7亿" with nothing after the magnitude that reads as a word: a magnitude whose unit the metric gives. */
  bareMagnitudeAt(text: string): ParsedUnit | null;
  /** Whether a figure written in `from` can be stated in `to` (same dimension, or an exact conversion). */
  compatible(from: ParsedUnit, to: ParsedUnit): boolean;
  /** The decimal written in `from` ("43907" 公顷) as a decimal in `to` ("65.8605" 万亩), exactly; null if incompatible. */
  convert(decimal: string, from: ParsedUnit, to: ParsedUnit): string | null;
};

/** The dimension of a magnitude written without its unit ("56.7亿"). */
export const BARE = 'bare-magnitude';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLengthDesc = (a: string, b: string) => b.length - a.length || a.localeCompare(b);

export function createUnitReader(units: UnitsLexicon): UnitReader {
  const magnitudes = Object.keys(units.magnitudes).sort(byLengthDesc);
  const bases = units.baseUnits.map((u) => u.unit).sort(byLengthDesc);
  const baseByUnit = new Map(units.baseUnits.map((u) => [u.unit, u]));
  const pattern = new RegExp(`^(${magnitudes.map(escape).join('|')})?(${bases.map(escape).join('|')})`);
  const counts = new Set(units.countDimensions);
  const bareFits = new Set(units.bareMagnitudeFits);
  const conversionOf = (from: string, to: string) => units.conversions.find((c) => c.from === from && c.to === to);

  function readAt(text: string): ParsedUnit | null {
    const match = pattern.exec(text);
    if (!match) return null;
    const base = baseByUnit.get(match[2] ?? '');
    if (!base) return null;
    const magnitude = match[1] ? (units.magnitudes[match[1]] ?? 0) : 0;
    // "个百分点", "%", "倍" take no magnitude: "万%" is not a unit.
    if (magnitude !== 0 && ['percent', 'percentage-points', 'multiple'].includes(base.dimension)) return null;
    return { text: match[0], base: base.unit, dimension: base.dimension, exponent: magnitude + base.exponent };
  }

  return {
    readAt,
    parse(unit) {
      const parsed = readAt(unit);
      return parsed && parsed.text === unit ? parsed : null;
    },
    isCountDimension: (d) => counts.has(d),
    bareMagnitudeAt(text) {
      const m = /^(万亿|千万|百万|亿|万)(?![\p{Script=Han}A-Za-z\d])/u.exec(text);
      if (!m) return null;
      return { text: m[0], base: '', dimension: BARE, exponent: units.magnitudes[m[0]] ?? 0 };
    },
    compatible: (from, to) =>
      from.dimension === to.dimension ||
      conversionOf(from.dimension, to.dimension) !== undefined ||
      (from.dimension === BARE && bareFits.has(to.dimension)),
    convert(decimal, from, to) {
      if (from.dimension === to.dimension || from.dimension === BARE)
        return shiftDecimal(decimal, from.exponent - to.exponent);
      const conversion = conversionOf(from.dimension, to.dimension);
      if (!conversion) return null;
      return shiftDecimal(multiplyDecimal(shiftDecimal(decimal, from.exponent), conversion.factor), -to.exponent);
    },
  };
}
