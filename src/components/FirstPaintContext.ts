// Build-time first paints (scripts/prerenderPages.ts) render the real pages to HTML. Inside such a
// render, Chart asks this context for its drawing instead of mounting ECharts; in the browser the
// context is empty and Chart draws itself.
import type { EChartsOption } from 'echarts';
import { createContext } from 'react';
import type { Theme } from '../view-state/viewState.ts';

/** The boundaries a map option draws, under the name its series uses. */
export type ChartMap = { name: string; geo: object };

/** The chart's drawings as `<template data-width>` elements; `phoneHeight` is its height on a phone. */
export type DrawFirstPaint = (chart: {
  option: EChartsOption;
  height: number;
  phoneHeight?: number;
  theme: Theme;
  map?: ChartMap;
}) => string;

export const FirstPaintContext = createContext<DrawFirstPaint | null>(null);
