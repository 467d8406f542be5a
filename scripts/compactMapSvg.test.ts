import { describe, expect, it } from 'vitest';
import { compactMapSvg } from './compactMapSvg.ts';

const svg = (paths: string[]) => `<svg width="100%" height="100%" viewBox="0 0 10 10">\n${paths.join('\n')}\n</svg>`;

describe('compactMapSvg', () => {
  const regionA = 'M0 0L4 0L4 4Z';
  const regionB = 'M5 5L9 5L9 9Z';
  const drawn = svg([
    `<path d="${regionA}" fill="#eceff2" stroke="#d9dee4" ecmeta_series_index="0" ecmeta_data_index="1"></path>`,
    `<path d="${regionA}" fill="none" pointer-events="visible" stroke="#b7b9be" stroke-width="0" class="zr0-cls-0"></path>`,
    `<path d="${regionA}" fill="url(#zr0-p0)" stroke="#d9dee4"></path>`,
    `<path d="${regionB}" fill="#eceff2" stroke="#d9dee4" ecmeta_series_index="0" ecmeta_data_index="2"></path>`,
    `<path d="${regionB}" fill="url(#zr0-p0)" stroke="#d9dee4"></path>`,
    `<path d="M1 1L2 2Z" fill="#0b5cad" stroke="#d9dee4"></path>`,
  ]);
  const compact = compactMapSvg(drawn, 0);

  it('drops what draws nothing and ECharts’ metadata', () => {
    expect(compact).not.toContain('stroke-width="0"');
    expect(compact).not.toContain('ecmeta_');
  });

  it('draws each colour once, in first-drawn order, and an outline used twice once', () => {
    const elements = [...compact.matchAll(/<(path|use) ([^>]*)\/>/g)].map((m) => m[0]);
    // The shared outline in defs, then: the grey fill, the hatching over it, the coloured region.
    expect(elements.map((e) => e.match(/fill="([^"]*)"/)?.[1] ?? 'defs')).toEqual([
      'defs',
      '#eceff2',
      'url(#zr0-p0)',
      '#0b5cad',
    ]);
    expect(compact.match(/<use /g)).toHaveLength(2);
    expect(compact).toMatch(/<defs><path id="(fp-outline-\d+)" d="M0 0l4 0 ?l?0 4z ?M5 5/);
  });
});
