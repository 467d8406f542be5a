import { describe, expect, it } from 'vitest';
import { joinBrokenLines } from './joinBrokenLines.ts';

describe('joinBrokenLines', () => {
  it('joins a line that opens with punctuation to the sentence it continues (环县 profile page)', () => {
    const lines = [
      '东西宽约124公里，南北长约127公里，总面积9236平方公里',
      ',截至2020年，环县下辖10镇10乡，有251个行政村',
      '。',
    ];
    expect(joinBrokenLines(lines)).toEqual([
      '东西宽约124公里，南北长约127公里，总面积9236平方公里,截至2020年，环县下辖10镇10乡，有251个行政村。',
    ]);
  });

  it('joins lines wrapped at a fixed width, and keeps the paragraph that follows apart', () => {
    const sentence =
      '2023年全县地区生产总值完成103.3亿元，增长7.2%；一般公共预算收入完成3亿元，增长11.2%；固定资产投资增长13.1%；规模以上工业增加值增长6.6%。';
    const chars = [...sentence];
    const wrapped = Array.from({ length: Math.ceil(chars.length / 22) }, (_, i) =>
      chars.slice(i * 22, i * 22 + 22).join(''),
    );
    const out = joinBrokenLines([...wrapped, '', '二、农业']);
    expect(out[0]).toBe(sentence);
    expect(out).toContain('二、农业');
  });

  it('never joins a heading or a table cell', () => {
    expect(joinBrokenLines(['一、综 合', '初步核算，全县生产总值254.5亿元'])).toEqual([
      '一、综 合',
      '初步核算，全县生产总值254.5亿元',
    ]);
    expect(joinBrokenLines(['指标', '总量', '生产总值', '356.26'])).toEqual(['指标', '总量', '生产总值', '356.26']);
    expect(joinBrokenLines(['三次产业结构为9.2:51:39.8', '全年居民消费价格总水平比上年上涨1.4%。'])).toHaveLength(2);
  });

  it('keeps paragraphs separated by a blank line', () => {
    expect(joinBrokenLines(['第一段没有句号', '', '，第二段'])).toEqual(['第一段没有句号', '', '，第二段']);
  });
});
