import { describe, expect, it } from 'vitest';
import { firstPaintFile } from './firstPaint.ts';

describe('firstPaintFile', () => {
  it('serves each page’s default view by language and theme', () => {
    expect(firstPaintFile('/', '')).toBe('first-paint/overview/zh-light.html');
    expect(firstPaintFile('/compare', '?metric=gdp&lang=en&theme=dark')).toBe('first-paint/compare/gdp/en-dark.html');
    expect(firstPaintFile('/compare', '')).toBe('first-paint/compare/_default/zh-light.html');
    expect(firstPaintFile('/map', '?theme=dark&metric=gdp')).toBe('first-paint/map/gdp/zh-dark.html');
    expect(firstPaintFile('/regions/621124', '?lang=en')).toBe('first-paint/regions/621124/en-light.html');
    expect(firstPaintFile('/reports/2024-lintao-report', '')).toBe(
      'first-paint/reports/2024-lintao-report/zh-light.html',
    );
    expect(firstPaintFile('/metrics/gdp', '')).toBe('first-paint/metrics/gdp/zh-light.html');
  });

  it('serves embeds only as the embed dialog gives them by default', () => {
    expect(firstPaintFile('/embed/map', '?metric=gdp&hideControls=1')).toBe('first-paint/embed-map/gdp/zh-light.html');
    expect(firstPaintFile('/embed/regions/621124', '?hideControls=1&theme=dark')).toBe(
      'first-paint/embed-regions/621124/zh-dark.html',
    );
    expect(firstPaintFile('/embed/map', '?metric=gdp')).toBeNull();
    expect(firstPaintFile('/embed/map', '?metric=gdp&hideControls=1&hideTitle=1')).toBeNull();
  });

  it('leaves every other view to the dashboard', () => {
    for (const [path, search] of [
      ['/compare', '?metric=gdp&period=2018'],
      ['/compare', '?metric=gdp&regions=621124,621121'],
      ['/compare', '?metric=gdp&view=trend'],
      ['/compare', '?metric=gdp&metric=cpi'],
      ['/compare', '?metric=../../index'],
      ['/compare', '?lang=fr'],
      ['/compare', '?theme=projector'],
      ['/regions/621124', '?metric=gdp'],
      ['/regions/62%2F1124', ''],
      ['/data', ''],
      ['/targets', ''],
      ['/present', '?metric=gdp'],
      ['/regions/621124/extra', ''],
    ] as const)
      expect(firstPaintFile(path, search), `${path}${search}`).toBeNull();
  });
});
