// Theme tokens as data: the page's CSS variables and the ECharts themes come from the same values.
import type { Theme } from '../view-state/viewState.ts';

/** Colour-blind-safe categorical palette: Okabe & Ito's (without the yellow that vanishes on white
 *  paper and projectors) and three dark hues of Paul Tol's, so neighbours in a list differ. No
 *  grey: grey means "no data". One accent for single-series charts: the first colour. */
export const CATEGORICAL = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#8C6D00',
  '#332288',
  '#882255',
  '#117733',
] as const;

/** Sequential blues for maps, from little to much, readable by people with any colour vision. On
 *  light paper much is dark; on a dark page much is light, so the largest value never sinks into
 *  the background. "No data" is hatched, so it is told apart from every value by pattern. */
export const SEQUENTIAL = ['#c6dbef', '#8fbfe0', '#4292c6', '#08519c', '#08306b'] as const;
export const SEQUENTIAL_DARK = ['#1c4a78', '#2f6fae', '#4f9bd9', '#8cc4f0', '#d6ecff'] as const;

export type ThemeTokens = {
  name: string;
  background: string;
  ink: string;
  muted: string;
  line: string;
  grid: string;
  noData: string;
  /** The map's colour scale, little to much. */
  sequential: readonly string[];
  accent: string;
  /** The paper under a chart: what hollow marks (estimates, targets) are filled with. */
  surface: string;
  /** Multiplier for type size: the projector theme is read from the back of a room. */
  fontScale: number;
  /** Regions in their own colours; a projector washes light hues out, so it draws all in the accent. */
  regionColours: boolean;
};

export const themeTokens: Record<Theme, ThemeTokens> = {
  light: {
    name: 'scorecard-light',
    background: 'transparent',
    ink: '#1d2733',
    muted: '#5b6775',
    line: '#d9dee4',
    grid: '#eef1f4',
    noData: '#eceff2',
    sequential: SEQUENTIAL,
    accent: '#0b5cad',
    surface: '#ffffff',
    fontScale: 1,
    regionColours: true,
  },
  dark: {
    name: 'scorecard-dark',
    background: 'transparent',
    ink: '#e7ecf1',
    muted: '#a3afbd',
    line: '#33404d',
    grid: '#26313c',
    noData: '#26303a',
    sequential: SEQUENTIAL_DARK,
    accent: '#6fb1ff',
    surface: '#19212a',
    fontScale: 1,
    regionColours: true,
  },
  // Labels of at least 24 px at 1920×1080: the smallest chart text (12 px) doubled.
  projector: {
    name: 'scorecard-projector',
    background: '#ffffff',
    ink: '#000000',
    muted: '#2b2b2b',
    line: '#7a7a7a',
    grid: '#d0d0d0',
    noData: '#ececec',
    sequential: SEQUENTIAL,
    accent: '#003f8a',
    surface: '#ffffff',
    fontScale: 2,
    regionColours: false,
  },
};

// Single quotes inside: ECharts writes this into double-quoted SVG attributes, and exported SVGs
// must stay well-formed XML.
export const FONT_FAMILY = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/** The ECharts theme object registered once per theme in charts/echarts.ts. */
export function echartsTheme(t: ThemeTokens): Record<string, unknown> {
  const axis = {
    axisLine: { lineStyle: { color: t.line } },
    axisTick: { lineStyle: { color: t.line } },
    axisLabel: { color: t.muted, fontSize: Math.round(12 * t.fontScale) },
    splitLine: { lineStyle: { color: t.grid } },
    nameTextStyle: { color: t.muted, fontSize: Math.round(12 * t.fontScale) },
  };
  return {
    color: [...CATEGORICAL],
    backgroundColor: t.background,
    textStyle: { fontFamily: FONT_FAMILY, color: t.ink },
    title: { textStyle: { color: t.ink }, subtextStyle: { color: t.muted } },
    categoryAxis: axis,
    valueAxis: axis,
    legend: { textStyle: { color: t.muted } },
    tooltip: {
      backgroundColor:
        t.background === 'transparent' ? (t.name.includes('dark') ? '#19212a' : '#ffffff') : t.background,
      borderColor: t.line,
      textStyle: { color: t.ink },
    },
  };
}

/**
 * A region keeps its colour in every view: the colour is chosen by its place in `order` (the
 * dataset's regions with figures, siblings side by side — data/select/regions.ts colourOrder), so
 * regions of one prefecture, which are compared most, get different colours.
 */
export function regionColors(order: readonly string[]): (regionId: string) => string {
  const index = new Map(order.map((id, i) => [id, i]));
  return (regionId) => {
    const i = index.get(regionId) ?? [...regionId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
    return CATEGORICAL[i % CATEGORICAL.length] ?? CATEGORICAL[0];
  };
}
