import { describe, expect, it } from 'vitest';
import { factsOf, runOn } from '../testing/runOn.ts';

const pick = (facts: ReturnType<typeof factsOf>, metric: string) => facts.filter((f) => f.metric === metric);

describe('one statement, one fact', () => {
  it('joins a value and its growth rate', () => {
    const facts = factsOf('2021年底，临洮县完成地区生产总值90.52亿元、同比增长8.1%。');
    expect(facts).toEqual([
      { region: '临洮县', metric: 'gdp', value: 90.52, yoy: 8.1, period: '2021', kind: 'actual', quote: '临洮县完成地区生产总值90.52亿元、同比增长8.1%' },
    ]);
  });

  it('converts into the metric unit exactly (1858万元 → 0.1858亿元)', () => {
    expect(pick(factsOf('2021年，临洮县一般公共预算收入1858万元，同比增长60.94%。'), 'general-budget-revenue')[0]).toMatchObject({ value: 0.1858, yoy: 60.94 });
  });

  it('takes a growth rate from the next clause ("，同比增长18.5%")', () => {
    expect(pick(factsOf('2021年，临洮县完成地区生产总值2.247亿元，同比增长18.5%，工业增加值1.5亿元。'), 'gdp')[0]).toMatchObject({ value: 2.247, yoy: 18.5 });
  });

  it('keeps a growth-only statement with value null', () => {
    expect(pick(factsOf('2021年，临洮县固定资产投资同比增长15%。'), 'fixed-asset-investment')[0]).toMatchObject({ value: null, yoy: 15 });
  });

  it('reads 下降 as a negative change', () => {
    expect(pick(factsOf('2021年，临洮县社会消费品零售总额下降3%。'), 'retail-sales')[0]?.yoy).toBe(-3);
  });

  it('completes a growth statement with a bound in the next clause (增长7%,跨上70亿元台阶)', () => {
    expect(pick(factsOf('2021年，临洮县地区生产总值增长7%,跨上70亿元台阶。'), 'gdp')[0]).toMatchObject({ value: 70, yoy: 7, bound: 'min' });
  });

  it('does not give a second value to a metric that has one', () => {
    const facts = factsOf('2021年，临洮县到位市外资金72.8亿元,完成全年目标任务的158.26%。');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ metric: 'investment-attracted-outside-city', value: 72.8 });
  });

  it('never forces a figure into a metric of another dimension', () => {
    const facts = factsOf('2021年，临洮县为579户企业减税降费793万元。');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ metric: 'tax-fee-reduction', value: 0.0793 });
  });

  it('reads a figure placed before its metric ("99.73%的政务服务事项全程网办")', () => {
    expect(pick(factsOf('2023年，临洮县99.73%的政务服务事项全程网办。'), 'online-service-rate')[0]?.value).toBe(99.73);
  });

  it('skips the baseline of a change (由原来的5天压缩至2.5天)', () => {
    expect(pick(factsOf('2021年，临洮县企业开办时间由原来的5天压缩至2.5天。'), 'business-startup-days').map((f) => f.value)).toEqual([2.5]);
  });

  it('does not read a combined amount as one of its parts (预算内及专项债券资金)', () => {
    expect(pick(factsOf('2024年，临洮县争取预算内及专项债券资金10亿元。'), 'special-bonds')).toEqual([]);
  });
});

describe('分别 and lists', () => {
  it('gives each metric of a compound its value and its growth', () => {
    const facts = factsOf('2021年，临洮县城乡居民人均可支配收入分别达到29695元、10324元，同比增长7.6%、11.1%。');
    expect(facts.map((f) => [f.metric, f.value, f.yoy]).sort()).toEqual([
      ['rural-disposable-income', 10324, 11.1],
      ['urban-disposable-income', 29695, 7.6],
    ]);
  });

  it('joins metrics listed with 、 before 分别', () => {
    const facts = factsOf('2020年，临洮县牛饲养量、出栏量分别达到86.36万头、33.32万头。');
    expect(facts.map((f) => [f.metric, f.value]).sort()).toEqual([
      ['cattle-slaughter', 33.32],
      ['cattle-stock', 86.36],
    ]);
  });

  it('lets a trailing 以上 qualify every item of the list', () => {
    const facts = factsOf('经济社会预期目标是：城乡居民人均可支配收入分别增长7.5%、8.5%以上。', { date: '2024-01-21', title: '2024年临洮县政府工作报告' });
    expect(facts.map((f) => [f.metric, f.yoy, f.bound, f.kind]).sort()).toEqual([
      ['rural-disposable-income', 8.5, 'min', 'target'],
      ['urban-disposable-income', 7.5, 'min', 'target'],
    ]);
  });

  it('refuses a list whose count does not match, and says so', () => {
    const result = runOn({ 'a.txt': '---\ntitle: 临洮县\ndate: 2022-02-07\n---\n2021年，临洮县城乡居民人均可支配收入增长8%。' });
    expect(result.dataset.facts).toEqual([]);
    expect(result.warnings.some((w) => w.includes('2 metrics but 1 growth'))).toBe(true);
  });

  it('splits an industry structure ratio into three shares', () => {
    const facts = factsOf('2023年，临洮县三次产业结构调整为19.2:12.4:68.4。');
    expect(facts.map((f) => [f.metric, f.value])).toEqual([
      ['primary-industry-share', 19.2],
      ['secondary-industry-share', 12.4],
      ['tertiary-industry-share', 68.4],
    ]);
  });
});

describe('periods', () => {
  it.each([
    ['2021年底，临洮县地区生产总值90亿元。', '2021'],
    ['2023年上半年，临洮县地区生产总值40亿元。', '2023-H1'],
    ['2023年第三季度，临洮县地区生产总值60亿元。', '2023-Q3'],
    ['2023年1至9月，临洮县地区生产总值60亿元。', '2023-01/09'],
    ['2023年前三季度，临洮县地区生产总值60亿元。', '2023-01/09'],
  ])('%s → %s', (body, period) => {
    expect(factsOf(body)[0]?.period).toBe(period);
  });

  it('uses the year a document reviews when a sentence names none', () => {
    expect(factsOf('2021年是不平凡的一年。临洮县地区生产总值90亿元。')[0]?.period).toBe('2021');
  });

  it('does not take an award year inside a sentence as the period of what follows', () => {
    const facts = factsOf('2021年底，临洮县完成地区生产总值90亿元。临洮县先后被评为2020年度全省先进集体，网上事项可办率达99.8%。');
    expect(pick(facts, 'online-service-rate')[0]?.period).toBe('2021');
  });
});

describe('kinds', () => {
  it('预计 makes every figure of its sentence an estimate', () => {
    const facts = factsOf('预计全年实现地区生产总值498.71亿元;完成一般公共预算收入35亿元。临洮县新增城镇就业7198人。', { date: '2021-01-19' });
    expect(facts.map((f) => [f.metric, f.kind])).toEqual([
      ['gdp', 'estimate'],
      ['general-budget-revenue', 'estimate'],
      ['new-urban-jobs', 'actual'],
    ]);
  });

  it('figures under a next-year heading of a work report are targets', () => {
    const body = '2023年工作回顾\n2023年，地区生产总值增长7%。\n2024年重点工作\n经济社会预期目标是：地区生产总值增长7%以上，固定资产投资增长10%以上。';
    const facts = factsOf(body, { title: '2024年临洮县政府工作报告', date: '2024-01-21', publisher: '临洮县人民政府' });
    expect(facts.map((f) => [f.metric, f.period, f.kind, f.bound ?? null])).toEqual([
      ['gdp', '2023', 'actual', null],
      ['gdp', '2024', 'target', 'min'],
      ['fixed-asset-investment', '2024', 'target', 'min'],
    ]);
  });
});

describe('regions', () => {
  it('全市 means the document’s city; 全县 its county', () => {
    const facts = factsOf('2021年，全市森林覆盖率达到12.1%。全县新增城镇就业2085人。');
    expect(facts.map((f) => [f.metric, f.region])).toEqual([
      ['forest-coverage', '定西市'],
      ['new-urban-jobs', '临洮县'],
    ]);
  });

  it('a place named mid-clause qualifies something, it is not the subject', () => {
    const facts = factsOf('2024年，打造全市清洁能源基地核心区，新能源年产值突破7亿元。');
    expect(facts[0]?.region).toBe('临洮县');
  });

  it('a zone keeps its own figures, under its county', () => {
    const result = runOn({ 'a.txt': '---\ntitle: 园区建设\ndate: 2022-02-07\npublisher: 定西日报\n---\n岷县工业园区紧盯目标。2021年度，园区完成地区生产总值2.247亿元。' });
    const zone = result.dataset.regions.find((r) => r.name === '岷县工业园区');
    expect(zone).toMatchObject({ level: 'zone', parentId: '621126' });
    expect(result.dataset.facts[0]?.regionId).toBe(zone?.id);
  });

  it('an agency’s territorial figures count for the territory it serves', () => {
    const result = runOn({ 'a.txt': '---\ntitle: 林草工作\ndate: 2022-02-07\npublisher: 定西日报\n---\n市林草局进一步加强督导。2021年完成造林绿化52.4万亩。' });
    const agency = result.dataset.regions.find((r) => r.aliases.includes('市林草局'));
    expect(agency).toMatchObject({ name: '定西市林业和草原局', level: 'agency', parentId: '621100' });
    expect(result.dataset.facts[0]).toMatchObject({ regionId: '621100', reportedBy: agency?.id, metricId: 'afforestation', value: 52.4 });
  });

  it('settles a shared name by the document’s province (鼓楼区 in a 福州 report)', () => {
    const result = runOn({ 'a.txt': '---\ntitle: 鼓楼区经济\ndate: 2022-02-07\npublisher: 福州日报\n---\n2021年，鼓楼区地区生产总值1500亿元。' });
    const region = result.dataset.regions.find((r) => r.id === result.dataset.facts[0]?.regionId);
    expect(region?.name).toBe('鼓楼区');
    expect(region?.parentId).toBe('350100');
  });

  it('does not read a county name inside a word (示范县 is not 范县)', () => {
    const facts = factsOf('2024年，创建全程机械化示范县，耕种收综合机械化水平达到68.5%以上。');
    expect(facts[0]?.region).toBe('临洮县');
  });
});
