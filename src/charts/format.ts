// Figures for people: Chinese magnitudes (万/亿) where they read naturally, the unit as the
// dataset states it, and the statement kind and bound written out. Pure; tested in Node.
import type { Fact } from '../data/schema.ts';
import type { Lang } from '../view-state/viewState.ts';

// Building an Intl.NumberFormat costs far more than using one; a national chart formats thousands.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Units whose values are counted in ones, so that 31600人 reads better as 3.16万人. */
const COMPACTABLE = new Set([
  '元',
  '人',
  '户',
  '家',
  '个',
  '株',
  '头',
  '只',
  '亩',
  '吨',
  '千瓦',
  '人次',
  '平方米',
  '立方米',
]);

const englishUnit: Record<string, string> = {
  亿元: '× 100 M yuan',
  万元: '× 10,000 yuan',
  元: 'yuan',
  '%': '%',
  人: 'people',
  万人: '× 10,000 people',
  万人次: '× 10,000 visits',
  户: 'households',
  家: 'firms',
  天: 'days',
  万亩: '× 10,000 mu',
  万千瓦: '× 10 MW',
  万吨: '× 10,000 t',
  万头: '× 10,000 head',
  万只: '× 10,000 head',
  万株: '× 10,000 trees',
  万立方米: '× 10,000 m³',
  万平方米: '× 10,000 m²',
  平方公里: 'km²',
  公里: 'km',
  '微克/立方米': 'µg/m³',
};

/** English reads magnitudes in thousands, millions, billions: 90.52亿元 → 9.05B yuan. */
const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const baseUnitEnglish: Record<string, string> = {
  元: 'yuan',
  人: 'people',
  人次: 'visits',
  亩: 'mu',
  千瓦: 'kW',
  头: 'head',
  只: 'head',
  株: 'trees',
  立方米: 'm³',
  平方米: 'm²',
  吨: 't',
  户: 'households',
};

function englishValue(value: number, unit: string): string | null {
  const magnitude = MAGNITUDE[unit[0] ?? ''];
  const base = magnitude ? unit.slice(1) : unit;
  const name = baseUnitEnglish[base];
  if (!name) return null;
  const inBase = value * (magnitude ?? 1);
  const number =
    Math.abs(inBase) >= 10_000
      ? numberFormat('en', { notation: 'compact', maximumFractionDigits: 2 }).format(inBase)
      : numberFormat('en', { maximumFractionDigits: 2 }).format(inBase);
  return `${number} ${name}`;
}

export function unitLabel(unit: string, lang: Lang): string {
  return lang === 'en' ? (englishUnit[unit] ?? unit) : unit;
}

/** value × 10^places, computed on the decimal digits (0.1858 → "1858"), not in floating point. */
function shiftDecimal(value: number, places: number): string {
  const [int = '0', frac = ''] = Math.abs(value).toString().split('.');
  const digits = `${int}${frac.padEnd(places, '0')}`;
  const point = int.length + places;
  const shifted = `${digits.slice(0, point)}.${digits.slice(point)}`.replace(/^0+(?=\d)/, '');
  return `${value < 0 ? '-' : ''}${shifted}`;
}

/** A lower bound after a figure: "70亿元以上", "7 billion yuan or more". */
export function boundSuffix(bound: 'min' | 'max' | undefined, lang: Lang): string {
  if (!bound) return '';
  return lang === 'en' ? (bound === 'min' ? ' or more' : ' or less') : bound === 'min' ? '以上' : '以内';
}

function trimNumber(value: number, maxFraction: number, lang: Lang): string {
  return numberFormat(lang === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: maxFraction }).format(value);
}

/** 90.52 亿元 → "90.52亿元"; 31600 人 → "3.16万人"; 8.1 % → "8.1%". */
export function formatValue(value: number | null, unit: string, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (lang === 'zh' && COMPACTABLE.has(unit) && Math.abs(value) >= 100_000) {
    const compact = numberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 }).format(value);
    return `${compact}${unit}`;
  }
  if (lang === 'en') {
    const english = englishValue(value, unit);
    if (english) return english;
  }
  // Under one 亿: read in 万 (0.1858亿元 is said 1858万元). Shifting four places in the digit
  // string keeps the figure exact.
  if (lang === 'zh' && unit.startsWith('亿') && value !== 0 && Math.abs(value) < 1)
    return `${trimNumber(Number(shiftDecimal(value, 4)), 2, lang)}万${unit.slice(1)}`;
  // Figures keep the decimals the source gave (1569.52万株), up to four for small values.
  const digits = Math.abs(value) >= 1 ? 2 : 4;
  const number = trimNumber(value, digits, lang);
  if (lang === 'en') {
    const u = unitLabel(unit, lang);
    return u === '%' ? `${number}%` : `${number} ${u}`;
  }
  return `${number}${unit}`;
}

export function formatYoy(yoy: number | null, lang: Lang): string {
  if (yoy === null) return '—';
  const sign = yoy > 0 ? '+' : yoy < 0 ? '−' : '±';
  return `${sign}${trimNumber(Math.abs(yoy), 2, lang)}%`;
}

/** The number only, for axis ticks. */
export function formatAxis(value: number, lang: Lang): string {
  if (Math.abs(value) >= 100_000 && lang === 'zh')
    return numberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return numberFormat(lang === 'en' ? 'en' : 'zh-CN', {
    maximumFractionDigits: 2,
    notation: Math.abs(value) >= 1e6 ? 'compact' : 'standard',
  }).format(value);
}

/** "90.52亿元（同比+8.1%）", "增长7%以上（目标）" — a fact in one phrase. */
export function describeFact(
  fact: Pick<Fact, 'value' | 'unit' | 'yoy' | 'bound' | 'kind' | 'yoyBound'>,
  lang: Lang,
): string {
  const bound = boundSuffix(fact.bound, lang);
  const yoyBound = boundSuffix(fact.yoyBound, lang);
  const kind =
    fact.kind === 'actual'
      ? ''
      : lang === 'en'
        ? ` (${fact.kind})`
        : fact.kind === 'estimate'
          ? '（预计）'
          : '（目标）';
  if (fact.value === null) {
    const growth =
      fact.yoy === null
        ? '—'
        : lang === 'en'
          ? `growth ${formatYoy(fact.yoy, lang)}`
          : `增长${formatYoy(fact.yoy, lang).replace('+', '')}`;
    return `${growth}${bound}${kind}`;
  }
  const yoy =
    fact.yoy === null
      ? ''
      : lang === 'en'
        ? `, ${formatYoy(fact.yoy, lang)}${yoyBound} y/y`
        : `（同比${formatYoy(fact.yoy, lang)}${yoyBound}）`;
  return `${formatValue(fact.value, fact.unit, lang)}${bound}${yoy}${kind}`;
}
