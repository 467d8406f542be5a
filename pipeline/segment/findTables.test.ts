import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './splitParagraphs.ts';
import { findTables, headerParts } from './findTables.ts';
import { unreviewedOf, factsOf } from '../testing/runOn.ts';

const tablesOf = (lines: string[]) => {
  const { text, paragraphs } = splitParagraphs(lines);
  return findTables(text, paragraphs);
};

describe('findTables', () => {
  it('reads a table copied one cell a line from a bulletin (定西市2018年统计公报, 表1)', () => {
    const [table] = tablesOf([
      '表1:2018年定西市生产总值及增长速度',
      '单位:亿元、元、%',
      '指标',
      '总量',
      '比上年增长',
      '生产总值',
      '356.26',
      '6.3',
      '工业',
      '43.0',
      '3.1',
      '人均生产总值',
      '12656',
      '5.7',
      '人口:年末全市常住人口282.17万人。',
    ]);
    expect(table?.headers).toEqual(['总量', '比上年增长']);
    expect(table?.units).toEqual(['亿元', '元', '%']);
    expect(table?.rows.map((r) => [r.label.text, ...r.cells.map((c) => c.text)])).toEqual([
      ['生产总值', '356.26', '6.3'],
      ['工业', '43.0', '3.1'],
      ['人均生产总值', '12656', '5.7'],
    ]);
  });

  it('reads rows of cells between bars, with units in the header', () => {
    const [table] = tablesOf([
      '品名 | 播种面积(亩) | 同比增减(%) | 产量(吨)',
      '小麦 | 21500 | 1.3 | 8600',
      '玉米 | 11118 | -2.5 | 6200',
    ]);
    expect(table?.headers.map(headerParts)).toEqual([
      { measure: '播种面积', unit: '亩' },
      { measure: '同比增减', unit: '%' },
      { measure: '产量', unit: '吨' },
    ]);
    expect(table?.rows[1]?.cells.map((c) => c.text)).toEqual(['11118', '-2.5', '6200']);
  });
});

describe('figures of tables', () => {
  it('a cell is a figure of the row under the column, in the unit the table names for that metric', () => {
    const body = [
      '2018年，全市经济运行总体平稳。',
      '表1:2018年定西市生产总值及增长速度',
      '单位:亿元、元、%',
      '指标',
      '总量',
      '比上年增长',
      '工业',
      '43.0',
      '3.1',
      '建筑业',
      '35.52',
      '2.8',
      '人均生产总值',
      '12656',
      '5.7',
    ].join('\n');
    const facts = factsOf(body, { title: '定西市2018年国民经济和社会发展统计公报', date: '2019-04-01' });
    expect(facts.map((f) => [f.metric, f.value, f.yoy, f.period])).toEqual([
      ['industrial-value-added', 43, 3.1, '2018'],
      ['construction-value-added', 35.52, 2.8, '2018'],
      ['gdp-per-capita', 12656, 5.7, '2018'],
    ]);
  });

  it('a row no metric names is written under its item and the column’s measure, with the growth beside it', () => {
    const body = [
      '2023年全县农作物生产情况如下：',
      '品名 | 播种面积(亩) | 同比增减(%) | 产量(吨)',
      '小麦 | 21500 | 1.3 | 8600',
    ].join('\n');
    expect(unreviewedOf(body, { title: '临洮县2023年农业生产情况', date: '2024-01-10' })).toEqual([
      { label: '小麦播种面积', value: 21500, unit: '亩', yoy: 1.3, period: '2023', kind: 'actual' },
      { label: '小麦产量', value: 8600, unit: '吨', yoy: null, period: '2023', kind: 'actual' },
    ]);
  });
});
