import { describe, expect, it } from 'vitest';
import { composeSvg } from './exportChart.ts';

const text = {
  title: '地区生产总值 <A&B>',
  subtitle: '2021年 · 亿元',
  source: '来源：定西日报 2022-02-07',
  background: '#fff',
  ink: '#000',
  muted: '#555',
};

describe('composeSvg', () => {
  it('puts title and subtitle above the chart and the source below, escaped', () => {
    const svg = composeSvg('<?xml version="1.0"?><svg width="400" height="200"><rect/></svg>', 400, 200, text);
    expect(svg).toContain('>地区生产总值 &lt;A&amp;B&gt;<');
    expect(svg.indexOf('地区生产总值')).toBeLessThan(svg.indexOf('<rect/>'));
    expect(svg.indexOf('<rect/>')).toBeLessThan(svg.indexOf('来源：定西日报'));
    expect(svg).not.toContain('<?xml');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="\d+"/);
  });

  it('places the chart below the header', () => {
    expect(composeSvg('<svg width="400" height="200"></svg>', 400, 200, text)).toMatch(
      /<svg x="0" y="\d+" width="400"/,
    );
  });
});
