// readFigures is what a user of the pipeline calls to read numbers: each figure with its value,
// unit, sign, bounds and approximation, or nothing where the text states no one figure.
import { describe, expect, it } from 'vitest';
import { readFigures } from './readFigures.ts';

describe('readFigures', () => {
  it('gives each figure with value, unit, role, sign and bound', () => {
    expect(readFigures('全县实现地区生产总值90.52亿元、同比增长8.1%，新增就业8万余人。')).toEqual([
      expect.objectContaining({
        text: '90.52亿元',
        value: '90.52',
        unit: '亿元',
        exponent: 8,
        role: 'value',
        bound: null,
      }),
      expect.objectContaining({ text: '8.1%', value: '8.1', unit: '%', role: 'growth', sign: 1 }),
      expect.objectContaining({ value: '8', role: 'value', bound: 'min' }),
    ]);
  });

  it('keeps signs and never turns a range into one value', () => {
    const read = readFigures('人口自然增长率为负0.5‰；补贴标准1万-5万元。');
    expect(read[0]).toMatchObject({ value: '-0.5', unit: '‰' });
    expect(read.slice(1).every((f) => f.role === 'unsure')).toBe(true);
  });

  it('marks an approximate figure', () => {
    expect(readFigures('粮食产量约30万吨')[0]).toMatchObject({ value: '30', approximate: true });
  });
});
