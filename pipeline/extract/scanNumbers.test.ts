import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realLexicon } from '../testing/lexicon.ts';
import { createNumberScanner } from './scanNumbers.ts';
import { createUnitReader } from './units.ts';

const lex = realLexicon();
const units = createUnitReader(lex.units);
const scan = createNumberScanner(units, lex.qualifiers);
const figures = (s: string) =>
  scan(s, 0).map((t) => ({
    text: s.slice(t.start, t.end),
    decimal: t.decimal,
    unit: t.unit.text,
    role: t.role,
    sign: t.sign,
    bound: t.bound ?? null,
  }));

describe('numbers with units', () => {
  it.each([
    ['地区生产总值90.52亿元', '90.52', '亿元'],
    ['一般公共预算收入1858万元', '1858', '万元'],
    ['城乡居民人均可支配收入分别达到29695元', '29695', '元'],
    ['新增城镇就业3.16万人', '3.16', '万人'],
    ['造林绿化52.4万亩', '52.4', '万亩'],
    ['新能源建成并网146.2万千瓦', '146.2', '万千瓦'],
    ['森林蓄积量649.31万立方米', '649.31', '万立方米'],
    ['可吸入颗粒物平均浓度49微克/立方米', '49', '微克/立方米'],
    ['水土流失综合治理194平方公里', '194', '平方公里'],
    ['空气质量优良天数353天', '353', '天'],
    ['投资2,500万元', '2500', '万元'],
    ['新增车位513个', '513', '个'],
    ['两千三百万元', '23000000', '元'],
  ])('%s → %s %s', (sentence, decimal, unit) => {
    const [first] = figures(sentence);
    expect(first?.decimal).toBe(decimal);
    expect(first?.unit).toBe(unit);
    expect(first?.role).toBe('value');
  });

  it('reads percent written as 百分之', () => {
    expect(figures('达到百分之八点一')[0]).toMatchObject({ decimal: '8.1', unit: '%' });
  });

  it('skips numbers without a unit: years, codes, ordinals, dates', () => {
    expect(figures('2021年第三季度，G75兰海高速、“3246”调度机制，第06版，2020年4月1日')).toEqual([]);
  });

  it('skips Chinese numerals that are part of names (五个聚焦, 三次产业, 十四五)', () => {
    expect(figures('围绕“五个聚焦”，三次产业，“十四五”规划')).toEqual([]);
  });

  it('skips a number that sets a threshold inside another measure (3日内办结率)', () => {
    expect(figures('企业开办时间3日内办结率达到100%').map((f) => f.decimal)).toEqual(['100']);
  });
});

describe('growth', () => {
  it.each([
    ['同比增长8.1%', 8.1, 1],
    ['增长7.4%', 7.4, 1],
    ['比上年增长5%', 5, 1],
    ['下降3%', 3, -1],
    ['同比减少2.5%', 2.5, -1],
  ])('%s is a change of %s with sign %i', (sentence, value, sign) => {
    const [g] = figures(sentence);
    expect(g?.role).toBe('growth');
    expect(Number(g?.decimal)).toBe(value);
    expect(g?.sign).toBe(sign);
  });

  // Each of these once lost its sign and wrote a positive value.
  it.each([
    ['自然增长率为负0.5‰', '-0.5'],
    ['人口自然增长率为负1.2‰', '-1.2'],
    ['同比增长 -0.5%', '-0.5'],
    ['工业增加值（-2.1%）拖累增长', '-2.1'],
    ['同比增长–3.4%', '-3.4'],
    ['同比增长－3.4%', '-3.4'],
    ['同比增长−3.4%', '-3.4'],
    ['2023年增长-3%', '-3'],
  ])('%s carries its sign: %s', (sentence, decimal) => {
    expect(figures(sentence).map((f) => f.decimal)).toContain(decimal);
  });

  it('keeps each sign of a 分别 list (38.7%、-4.3%和65.6%)', () => {
    expect(figures('三项分别增长38.7%、-4.3%和65.6%').map((f) => f.decimal)).toEqual(['38.7', '-4.3', '65.6']);
  });

  it('never reads the dash of a range as a minus sign (1万-5万元, 3000-5000元, 10%-15%)', () => {
    for (const s of ['补贴标准1万-5万元', '月收入3000-5000元', '增长10%-15%', '1-2月增长5%']) {
      expect(
        figures(s).every((f) => !f.decimal.startsWith('-')),
        s,
      ).toBe(true);
    }
  });

  it.each([
    ['新增就业3万4000人', '34000', '人'],
    ['完成5万4千6百户', '54600', '户'],
    ['常住人口25万6千人', '256000', '人'],
    ['奖补1千零20元', '1020', '元'],
    ['收入2千零30万元', '20300000', '元'],
  ])('reads digits mixed with magnitude words: %s → %s %s', (sentence, decimal, unit) => {
    expect(figures(sentence)).toEqual([expect.objectContaining({ decimal, unit, role: 'value' })]);
  });

  it('does not guess a digit after a magnitude that fills no place (3万4人)', () => {
    expect(figures('共3万4人').map((f) => f.decimal)).not.toContain('34000');
  });

  it('reads 百分之 before Arabic digits (百分之5.2)', () => {
    expect(figures('增长百分之5.2')[0]).toMatchObject({ decimal: '5.2', unit: '%', role: 'growth' });
  });

  it('reads 几, 多 and 余 between a number and its unit as "at least" (二十几万人, 20多万人, 1000余人)', () => {
    expect(figures('带动二十几万人')[0]).toMatchObject({ decimal: '20', bound: 'min' });
    expect(figures('带动20多万人')[0]).toMatchObject({ decimal: '20', bound: 'min' });
    expect(figures('带动1000余人')[0]).toMatchObject({ decimal: '1000', bound: 'min' });
  });

  it('reads a unit after more than one space (增长 6.3  %)', () => {
    expect(figures('增长 6.3  %')[0]).toMatchObject({ decimal: '6.3', role: 'growth' });
  });

  it.each([
    ['补贴1万-5万元'],
    ['月收入3000-5000元'],
    ['投资1万至5万元'],
    ['带动两到三万人'],
    ['规模八百到九百亿元'],
    ['增长8%至10%'],
    ['增长10%～15%'],
    ['投资数十亿元'],
  ])('%s is a range or a vague amount: no figure of it is a value or a growth rate', (sentence) => {
    expect(figures(sentence).filter((f) => f.role === 'value' || f.role === 'growth')).toEqual([]);
  });

  it('keeps a change from one figure to another (由2.1%提高到5%, 由3万人增至5万人) as before', () => {
    expect(figures('比重由2.1%提高到5%').map((f) => f.role)).toEqual(['baseline', 'value']);
    expect(figures('由3万人增至5万人').map((f) => [f.decimal, f.role])).toContainEqual(['5', 'value']);
  });

  it('reads a qualifier between a growth verb and its rate as the rate’s (增长约5%, 下降近3%, 增长超过10%)', () => {
    expect(figures('增长约5%')[0]).toMatchObject({ role: 'growth', decimal: '5' });
    expect(figures('下降近3%')[0]).toMatchObject({ role: 'growth', sign: -1, bound: 'max' });
    expect(figures('增长超过10%')[0]).toMatchObject({ role: 'growth', bound: 'min' });
  });

  it('takes no unit out of a longer word (2亿日元, 5个月) and no figure out of a web address', () => {
    expect(figures('投资2亿日元建设')).toEqual([]);
    expect(figures('工期5个月')).toEqual([]);
    expect(figures('详见http://www.example.com/a?x=50%25')).toEqual([]);
  });

  it('reads 增长29倍 as a multiple', () => {
    expect(figures('同比增长29倍')[0]).toMatchObject({ role: 'growth', unit: '倍', decimal: '29' });
  });

  it('reads 提高0.8个百分点 as a change in points', () => {
    expect(figures('提高0.8个百分点')[0]).toMatchObject({ role: 'growth', unit: '个百分点' });
  });

  it('continues a growth list after 、', () => {
    expect(figures('同比增长7.6%、11.1%').map((f) => f.role)).toEqual(['growth', 'growth']);
  });

  it('treats 提高到 / 增加至 as a level, not a change', () => {
    expect(figures('比重提高到65%以上')[0]).toMatchObject({ role: 'value', bound: 'min' });
  });

  it('marks a multi-year average as an average rate, never a year-on-year growth', () => {
    expect(scan('年均增长6%', 0)[0]).toMatchObject({ role: 'growth', average: true });
    expect(scan('同比增长6%', 0)[0]?.average).toBeUndefined();
  });

  it('a growth verb before a non-rate unit gives a level', () => {
    expect(figures('增加投资5亿元')[0]?.role).toBe('value');
  });
});

describe('bounds and qualifiers', () => {
  it.each([
    ['地区生产总值增长7%以上', 'min'],
    ['首次突破50亿元', 'min'],
    ['跨上70亿元台阶', 'min'],
    ['超过10万人', 'min'],
    ['开展理论学习340余场次', 'min'],
    ['500多亿元', 'min'],
    ['城镇登记失业率控制在3.7%', 'max'],
    ['控制在5%以内', 'max'],
    ['不足3万户', 'max'],
  ])('%s → %s', (sentence, bound) => {
    expect(figures(sentence)[0]?.bound).toBe(bound);
  });

  it('marks 约/左右 as approximate without a bound', () => {
    const [t] = scan('约3亿元左右', 0);
    expect(t?.approximate).toBe(true);
    expect(t?.bound).toBeUndefined();
  });

  it('reads 突破万元大关 as at least 10000元', () => {
    expect(figures('农村居民人均收入突破万元大关')[0]).toMatchObject({ decimal: '10000', unit: '元', bound: 'min' });
  });

  it('accepts a space between number and unit, as scanned pages have', () => {
    expect(figures('23 名村党组织书记')[0]).toMatchObject({ decimal: '23', unit: '名' });
  });
});

describe('baselines', () => {
  it('由原来的5天压缩至2.5天: only 2.5 is the figure', () => {
    const tokens = scan('企业开办时间由原来的5天压缩至2.5天', 0);
    expect(tokens.map((t) => [t.decimal, t.role])).toEqual([
      ['5', 'baseline'],
      ['2.5', 'value'],
    ]);
  });
});

describe('offsets', () => {
  it('reports absolute offsets so quotes can be cut from the stored text', () => {
    const sentence = '完成地区生产总值90.52亿元';
    const [t] = scan(sentence, 100);
    expect(t?.numStart).toBe(100 + sentence.indexOf('90.52'));
    expect(t?.end).toBe(100 + sentence.length);
  });
});

describe('never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        scan(s, 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('on text made of the characters figures are made of', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789.,，%万亿元千百十两一二三四五六七八九零点以上增长下降同比分别、；。个户人亩天倍百分之由至到'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 120 }).map((a) => a.join('')),
        (s) => {
          for (const t of scan(s, 0)) {
            expect(t.start).toBeLessThan(t.end);
            expect(Number.isFinite(Number(t.decimal))).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
