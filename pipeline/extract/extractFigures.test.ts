import { describe, expect, it } from 'vitest';
import { factsOf, runOn } from '../testing/runOn.ts';

const pick = (facts: ReturnType<typeof factsOf>, metric: string) => facts.filter((f) => f.metric === metric);

describe('one statement, one fact', () => {
  it('joins a value and its growth rate', () => {
    const facts = factsOf('2021年底，临洮县完成地区生产总值90.52亿元、同比增长8.1%。');
    expect(facts).toEqual([
      {
        region: '临洮县',
        metric: 'gdp',
        value: 90.52,
        yoy: 8.1,
        period: '2021',
        kind: 'actual',
        quote: '临洮县完成地区生产总值90.52亿元、同比增长8.1%',
      },
    ]);
  });

  it('converts into the metric unit exactly (1858万元 → 0.1858亿元)', () => {
    expect(
      pick(factsOf('2021年，临洮县一般公共预算收入1858万元，同比增长60.94%。'), 'general-budget-revenue')[0],
    ).toMatchObject({ value: 0.1858, yoy: 60.94 });
  });

  it('takes a growth rate from the next clause ("，同比增长18.5%")', () => {
    expect(
      pick(factsOf('2021年，临洮县完成地区生产总值2.247亿元，同比增长18.5%，工业增加值1.5亿元。'), 'gdp')[0],
    ).toMatchObject({ value: 2.247, yoy: 18.5 });
  });

  it('keeps a growth-only statement with value null', () => {
    expect(pick(factsOf('2021年，临洮县固定资产投资同比增长15%。'), 'fixed-asset-investment')[0]).toMatchObject({
      value: null,
      yoy: 15,
    });
  });

  it('reads 下降 as a negative change', () => {
    expect(pick(factsOf('2021年，临洮县社会消费品零售总额下降3%。'), 'retail-sales')[0]?.yoy).toBe(-3);
  });

  it('completes a growth statement with a bound in the next clause (增长7%,跨上70亿元台阶)', () => {
    expect(pick(factsOf('2021年，临洮县地区生产总值增长7%,跨上70亿元台阶。'), 'gdp')[0]).toMatchObject({
      value: 70,
      yoy: 7,
      bound: 'min',
    });
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
    expect(
      pick(factsOf('2021年，临洮县企业开办时间由原来的5天压缩至2.5天。'), 'business-startup-days').map((f) => f.value),
    ).toEqual([2.5]);
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
    const facts = factsOf('经济社会预期目标是：城乡居民人均可支配收入分别增长7.5%、8.5%以上。', {
      date: '2024-01-21',
      title: '2024年临洮县政府工作报告',
    });
    expect(facts.map((f) => [f.metric, f.yoy, f.bound, f.kind]).sort()).toEqual([
      ['rural-disposable-income', 8.5, 'min', 'target'],
      ['urban-disposable-income', 7.5, 'min', 'target'],
    ]);
  });

  it('refuses a list whose count does not match, and says so', () => {
    const result = runOn({
      'a.txt': '---\ntitle: 临洮县\ndate: 2022-02-07\n---\n2021年，临洮县城乡居民人均可支配收入增长8%。',
    });
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
    const facts = factsOf(
      '2021年底，临洮县完成地区生产总值90亿元。临洮县先后被评为2020年度全省先进集体，网上事项可办率达99.8%。',
    );
    expect(pick(facts, 'online-availability-rate')[0]?.period).toBe('2021');
  });
});

describe('kinds', () => {
  it('预计 makes every figure of its sentence an estimate', () => {
    const facts = factsOf('预计全年实现地区生产总值498.71亿元;完成一般公共预算收入35亿元。临洮县新增城镇就业7198人。', {
      date: '2021-01-19',
    });
    expect(facts.map((f) => [f.metric, f.kind])).toEqual([
      ['gdp', 'estimate'],
      ['general-budget-revenue', 'estimate'],
      ['new-urban-jobs', 'actual'],
    ]);
  });

  it('figures under a next-year heading of a work report are targets', () => {
    const body =
      '2023年工作回顾\n2023年，地区生产总值增长7%。\n2024年重点工作\n经济社会预期目标是：地区生产总值增长7%以上，固定资产投资增长10%以上。';
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
    const result = runOn({
      'a.txt':
        '---\ntitle: 园区建设\ndate: 2022-02-07\npublisher: 定西日报\n---\n岷县工业园区紧盯目标。2021年度，园区完成地区生产总值2.247亿元。',
    });
    const zone = result.dataset.regions.find((r) => r.name === '岷县工业园区');
    expect(zone).toMatchObject({ level: 'zone', parentId: '621126' });
    expect(result.dataset.facts[0]?.regionId).toBe(zone?.id);
  });

  it('an agency’s territorial figures count for the territory it serves', () => {
    const result = runOn({
      'a.txt':
        '---\ntitle: 林草工作\ndate: 2022-02-07\npublisher: 定西日报\n---\n市林草局进一步加强督导。2021年完成造林绿化52.4万亩。',
    });
    const agency = result.dataset.regions.find((r) => r.aliases.includes('市林草局'));
    expect(agency).toMatchObject({ name: '定西市林业和草原局', level: 'agency', parentId: '621100' });
    expect(result.dataset.facts[0]).toMatchObject({
      regionId: '621100',
      reportedBy: agency?.id,
      metricId: 'afforestation',
      value: 52.4,
    });
  });

  it('settles a shared name by the document’s province (鼓楼区 in a 福州 report)', () => {
    const result = runOn({
      'a.txt':
        '---\ntitle: 鼓楼区经济\ndate: 2022-02-07\npublisher: 福州日报\n---\n2021年，鼓楼区地区生产总值1500亿元。',
    });
    const region = result.dataset.regions.find((r) => r.id === result.dataset.facts[0]?.regionId);
    expect(region?.name).toBe('鼓楼区');
    expect(region?.parentId).toBe('350100');
  });

  it('does not read a county name inside a word (示范县 is not 范县)', () => {
    const facts = factsOf('2024年，创建全程机械化示范县，耕种收综合机械化水平达到68.5%以上。');
    expect(facts[0]?.region).toBe('临洮县');
  });
});

describe('comparison bases are not periods', () => {
  it.each([
    [
      '1-9月，临洮县规上工业增加值213.8亿元，同比增长9.2%，增速比上年同期提高2.1个百分点；固定资产投资增长7.3%。',
      'fixed-asset-investment',
      '2021-01/09',
    ],
    [
      '上半年，临洮县规上工业增加值同比增长8.1%，较一季度回升2.3个百分点；固定资产投资增长12.6%。',
      'fixed-asset-investment',
      '2021-H1',
    ],
    [
      '2021年，临洮县社会消费品零售总额27.2亿元，比2020年增长15.5%；一般公共预算收入4.84亿元，增长21.1%。',
      'general-budget-revenue',
      '2021',
    ],
    [
      '前三季度，临洮县地区生产总值60亿元，与上年同期相比增长6%；固定资产投资增长8%。',
      'fixed-asset-investment',
      '2021-01/09',
    ],
  ])('%s', (body, metric, period) => {
    expect(pick(factsOf(body, { date: '2021-10-20' }), metric)[0]?.period).toBe(period);
  });

  it('keeps the growth rate after 比2022年 on its statement', () => {
    expect(
      pick(
        factsOf('2023年，临洮县社会消费品零售总额102.4亿元，比2022年增长6.1%。', { date: '2024-01-20' }),
        'retail-sales',
      )[0],
    ).toMatchObject({ value: 102.4, yoy: 6.1, period: '2023' });
  });

  it('a target list opened by 比上年 stays in the target year', () => {
    const body =
      '2024年工作安排\n今年主要预期目标是：地区生产总值比上年增长6%左右，规模以上工业增加值增长8%，一般公共预算收入增长5%以上。';
    const facts = factsOf(body, { title: '政府工作报告', date: '2024-01-16', publisher: '临洮县人民政府' });
    expect(facts.map((f) => [f.metric, f.period, f.kind])).toEqual([
      ['gdp', '2024', 'target'],
      ['industrial-value-added-above-scale', '2024', 'target'],
      ['general-budget-revenue', '2024', 'target'],
    ]);
  });
});

describe('the year a document reports on', () => {
  it('a communiqué without a year in its sentences is filed under its title year, not the date line', () => {
    const body =
      '临洮县2023年国民经济和社会发展统计公报\n（2024年3月28日）\n全年实现地区生产总值90.5亿元，比上年增长5.8%。';
    expect(factsOf(body, { title: '临洮县2023年国民经济和社会发展统计公报', date: '2024-03-28' })[0]?.period).toBe(
      '2023',
    );
  });

  it('a masthead date does not outweigh the year the article is about', () => {
    const body =
      '定西日报\n2024年01月12日\n2023年，临洮县经济平稳。\n全年地区生产总值95亿元。\n2024年，临洮县将力争地区生产总值增长6%以上。';
    expect(pick(factsOf(body, { date: '2024-01-12' }), 'gdp').map((f) => [f.period, f.kind])).toEqual([
      ['2023', 'actual'],
      ['2024', 'target'],
    ]);
  });
});

describe('分别 after metrics stated one by one', () => {
  it('gives the growth rates to the metrics in order', () => {
    const facts = factsOf('2021年，临洮县接待游客1186.3万人次，实现旅游综合收入108.6亿元，分别增长18.2%和21.5%。');
    expect(facts.map((f) => [f.metric, f.value, f.yoy])).toEqual([
      ['tourist-visits', 1186.3, 18.2],
      ['tourism-revenue', 108.6, 21.5],
    ]);
  });

  it('allows a comparison word inside the list (分别比上年增长)', () => {
    const facts = factsOf('2021年，临洮县粮食播种面积达到52.6万亩，总产量21.8万吨，分别比上年增长0.8%和1.5%。');
    expect(facts.map((f) => [f.metric, f.yoy])).toEqual([
      ['grain-sown-area', 0.8],
      ['grain-output', 1.5],
    ]);
  });

  it('counts a figure no metric takes as a member, so the rates stay in place', () => {
    const facts = factsOf(
      '2021年，临洮县粮食总产量68.2万吨，某某作物产量12.3万吨，蔬菜种植面积21.5万亩，分别增长2.1%、3.4%和1.8%。',
    );
    expect(facts.map((f) => [f.metric, f.yoy])).toEqual([
      ['grain-output', 2.1],
      ['vegetable-area', 1.8],
    ]);
  });

  it('gives no growth to anyone when the counts do not match, and says so', () => {
    const result = runOn({
      'a.txt':
        '---\ntitle: 临洮县\ndate: 2022-02-07\n---\n2021年，临洮县粮食总产量68.2万吨，蔬菜种植面积21.5万亩，分别增长2.1%、3.4%和1.8%。',
    });
    expect(result.dataset.facts.map((f) => f.yoy)).toEqual([null, null]);
    expect(result.warnings.some((w) => w.includes('2 figures but 3 growth rates'))).toBe(true);
  });
});

describe('lists of periods', () => {
  it('一季度、上半年、前三季度…分别为: one figure per period', () => {
    const facts = factsOf('一季度、上半年、前三季度临洮县GDP增速分别为5.9%、6.4%、6.8%。', { date: '2021-10-26' });
    expect(facts.map((f) => [f.period, f.yoy]).sort()).toEqual([
      ['2021-01/09', 6.8],
      ['2021-H1', 6.4],
      ['2021-Q1', 5.9],
    ]);
  });

  it('a bold lead-in sentence does not use up the paragraph’s period', () => {
    const facts = factsOf(
      '居民收入持续增加。前三季度，临洮县居民人均可支配收入50612元。城镇居民人均可支配收入58213元，增长5.2%。',
      { date: '2021-10-26' },
    );
    expect(facts.map((f) => f.period)).toEqual(['2021-01/09', '2021-01/09']);
  });
});

describe('targets', () => {
  it('a year not begun yet has no results', () => {
    const facts = factsOf('到2025年，临洮县地区生产总值突破400亿元。', { date: '2024-01-10' });
    expect(facts[0]).toMatchObject({ period: '2025', kind: 'target' });
  });

  it('明年 after a review is a target', () => {
    const facts = factsOf('2021年，临洮县一般公共预算收入2.92亿元。明年一般公共预算收入增长6%。', {
      date: '2022-01-21',
    });
    expect(facts.map((f) => [f.period, f.kind])).toEqual([
      ['2021', 'actual'],
      ['2023', 'target'],
    ]);
  });

  it('a figure named as the year’s goal is a target ("…的年度目标顺利实现")', () => {
    const facts = factsOf('全县地区生产总值增长6%以上的年度目标顺利实现。', { date: '2024-01-16' });
    expect(facts[0]).toMatchObject({ period: '2023', kind: 'target', yoy: 6, bound: 'min' });
  });

  it('a 工作计划 heading opens targets; the title that names it does not', () => {
    const body =
      '临洮县农业农村局2023年工作总结及2024年工作计划\n全年粮食播种面积达到52.6万亩。\n三、2024年工作计划\n2024年，全县粮食播种面积稳定在52万亩以上。';
    const facts = factsOf(body, { title: '临洮县农业农村局2023年工作总结及2024年工作计划', date: '2023-12-20' });
    expect(facts.map((f) => [f.period, f.kind, f.value])).toEqual([
      ['2023', 'actual', 52.6],
      ['2024', 'target', 52],
    ]);
  });

  it('a glossary after the plan is no part of it', () => {
    const body = '2024年重点工作\n新增城镇就业1900人以上。\n有关用语说明\n1.示范创建行动：每年新增城镇就业500人。';
    const facts = factsOf(body, { title: '2024年临洮县政府工作报告', date: '2024-01-21' });
    expect(facts.map((f) => f.value)).toEqual([1900]);
  });
});

describe('figures that are not levels', () => {
  it('an absolute change is not the level (比上年增加12天)', () => {
    expect(factsOf('2021年，临洮县空气质量优良天数比上年增加12天。')).toEqual([]);
  });

  it('from→to: the starting point is no figure (由1条182公里增加到6条546公里)', () => {
    const facts = factsOf('2021年，临洮县建成区面积由1处20平方公里增加到3处35平方公里。');
    expect(facts.map((f) => f.value)).toEqual([35]);
  });

  it('from→to with a year between (由2015年的30.2%提高到2020年的33.7%): each level is its year’s', () => {
    const facts = factsOf('临洮县森林覆盖率由2015年的30.2%提高到2020年的33.7%。', { date: '2021-01-20' });
    expect(facts.map((f) => [f.period, f.value]).sort()).toEqual([
      ['2015', 30.2],
      ['2020', 33.7],
    ]);
  });

  it('a change with no year for its start gives its end only (由5.2%提高到6.1%)', () => {
    const facts = factsOf('2021年，临洮县森林覆盖率由5.2%提高到6.1%。', { date: '2022-01-20' });
    expect(facts.map((f) => [f.period, f.value])).toEqual([['2021', 6.1]]);
  });

  it('a change over a named run of years starts in its first year (2012年至2021年…由…增长到…)', () => {
    const facts = factsOf('2012年至2021年十年间,临洮县地区生产总值由13.12亿元增长到25.64亿元。', {
      date: '2022-09-25',
    });
    expect(facts.map((f) => [f.period, f.value]).sort()).toEqual([
      ['2012', 13.12],
      ['2021', 25.64],
    ]);
  });

  it('a lone magnitude character names a class, not an amount (亿元以上项目, 万人以上)', () => {
    expect(factsOf('2021年，临洮县实施亿元以上重大项目28个，城镇新增就业万人以上。')).toEqual([]);
  });

  it('one figure said of a joined list with 均 goes to each metric', () => {
    const facts = factsOf('2021年，临洮县规上工业增加值、固定资产投资均增长10%。');
    expect(facts.map((f) => [f.metric, f.yoy]).sort()).toEqual([
      ['fixed-asset-investment', 10],
      ['industrial-value-added-above-scale', 10],
    ]);
  });
});

describe('places named inside their parent', () => {
  it('南通市通州区 is the county, not the city, and not 北京市通州区', () => {
    const body =
      '2023年，南通市通州区地区生产总值1612.3亿元。通州区与北京市通州区签订结对合作框架协议。全区新增市场主体2.1万户。';
    const result = runOn({
      'a.txt': `---\ntitle: 通州区交出高质量发展答卷\ndate: 2024-01-12\npublisher: 南通日报\n---\n${body}`,
    });
    expect(result.dataset.facts.map((f) => f.regionId)).toEqual(['320612', '320612']);
    expect(result.dataset.reports[0]?.subjectRegionId).toBe('320612');
  });

  it('a partner city named once does not decide a shared name (鼓楼区 of 福州 vs 南京)', () => {
    const body =
      '2023年，福州市鼓楼区地区生产总值突破1800亿元。鼓楼区与南京市鼓楼区签订友好合作协议。全区一般公共预算收入82.3亿元。';
    const result = runOn({
      'a.txt': `---\ntitle: 鼓楼区2023年经济社会发展综述\ndate: 2024-01-20\npublisher: 福州日报\n---\n${body}`,
    });
    expect([...new Set(result.dataset.facts.map((f) => f.regionId))]).toEqual(['350102']);
  });

  it('a county named inside its prefecture takes the figures of its clause (长春市朝阳区)', () => {
    const result = runOn({
      'a.txt':
        '---\ntitle: 朝阳区上半年经济运行情况\ndate: 2023-07-28\npublisher: 长春日报\n---\n上半年，长春市朝阳区社会消费品零售总额186.2亿元，增长9.8%。',
    });
    expect(result.dataset.facts[0]).toMatchObject({ regionId: '220104', period: '2023-H1' });
  });
});

describe('metric identity', () => {
  it('per-capita GDP is not GDP', () => {
    const facts = factsOf('按常住人口计算，临洮县人均地区生产总值46853元，比上年增长6.3%。');
    expect(facts.map((f) => [f.metric, f.value, f.yoy])).toEqual([['gdp-per-capita', 46853, 6.3]]);
  });

  it('a part or average named before a metric phrase is not the metric (城镇…, 村均…, 乡村…)', () => {
    expect(factsOf('2021年，临洮县村均村集体经济收入8.6万元，乡村旅游收入3亿元。')).toEqual([]);
  });

  it('a figure that would shrink by a million on the way into the metric unit is refused', () => {
    const result = runOn({
      'a.txt': '---\ntitle: 临洮县\ndate: 2022-02-07\n---\n2021年，临洮县一般公共预算收入5000元。',
    });
    expect(result.dataset.facts).toEqual([]);
    expect(result.warnings.some((w) => w.includes('far too small'))).toBe(true);
  });

  it('lending named for start-ups by its sentence is start-up lending, not all lending', () => {
    expect(factsOf('2021年，临洮县支持创新创业,全年发放贷款3.29亿元,同比增长29倍。')[0]).toMatchObject({
      metric: 'startup-guarantee-loans',
      value: 3.29,
      yoy: 2900,
    });
    expect(factsOf('2021年，临洮县投放贷款83.5亿元。')[0]?.metric).toBe('loans-issued');
  });

  it('完成投资 after a counted list of key projects is key-project investment; after one project it is nothing', () => {
    expect(factsOf('2021年，临洮县实施亿元以上重大项目28个，完成投资超过82亿元。')[0]).toMatchObject({
      metric: 'key-project-investment',
      value: 82,
      bound: 'min',
    });
    expect(factsOf('2021年，临洮县实施渭河源生态项目，完成投资2.2亿元。')).toEqual([]);
  });

  it('工业总产值 without 规上 is all industry, and its elliptical 增加值 follows it', () => {
    const facts = factsOf('2021年，临洮县推动工业总产值突破20亿元、增加值达到3亿元。');
    expect(facts.map((f) => [f.metric, f.value])).toEqual([
      ['industrial-output', 20],
      ['industrial-value-added', 3],
    ]);
  });

  it('a longer phrase wins where the first one is followed by a rate word (优良天数比率)', () => {
    expect(factsOf('2021年，临洮县空气质量优良天数比率达到86.2%。')[0]).toMatchObject({
      metric: 'good-air-rate',
      value: 86.2,
    });
  });
});

describe('bounds of value and growth', () => {
  it('keeps the bound of a growth rate beside a value (达到60亿元、增长10%以上)', () => {
    const result = runOn({
      'a.txt':
        '---\ntitle: 临洮县政府工作报告\ndate: 2024-01-21\n---\n2024年重点工作\n经济社会预期目标是：固定资产投资达到60亿元、增长10%以上。',
    });
    expect(result.dataset.facts[0]).toMatchObject({ value: 60, yoy: 10, yoyBound: 'min', kind: 'target' });
    expect(result.dataset.facts[0]?.bound).toBeUndefined();
  });

  it('the bound of a value stays on the value (突破1800亿元，同比增长5.6%)', () => {
    const result = runOn({
      'a.txt': '---\ntitle: 临洮县\ndate: 2022-02-07\n---\n2021年，临洮县地区生产总值突破180亿元，同比增长5.6%。',
    });
    expect(result.dataset.facts[0]).toMatchObject({ value: 180, yoy: 5.6, bound: 'min' });
    expect(result.dataset.facts[0]?.yoyBound).toBeUndefined();
  });

  it('raw keeps the number and its unit as written, without the qualifiers', () => {
    const result = runOn({
      'a.txt': '---\ntitle: 临洮县\ndate: 2022-02-07\n---\n2021年，临洮县地区生产总值跨上70億元臺階。',
    });
    expect(result.dataset.facts[0]?.raw).toEqual({ value: '70', unit: '億元' });
  });
});

describe('parts, stocks and breakdowns', () => {
  it('after 其中, a qualified phrase of a metric already stated is a part of it (小春粮食产量)', () => {
    const facts = factsOf(
      '2021年，临洮县粮食总产量201.5万吨，增长1.8%。其中，小春粮食产量38.2万吨，大春粮食产量163.3万吨。',
    );
    expect(facts.map((f) => [f.metric, f.value])).toEqual([['grain-output', 201.5]]);
  });

  it('a balance at a month end is the level of that month, not a sum since January', () => {
    const facts = factsOf(
      '截至9月末，临洮县金融机构各项存款余额601.2亿元，比年初增加51.2亿元；各项贷款余额420.1亿元，同比增长10.2%。',
      { date: '2021-10-25' },
    );
    expect(facts.map((f) => [f.metric, f.period, f.value, f.yoy])).toEqual([
      ['deposits', '2021-09', 601.2, null],
      ['loans-outstanding', '2021-09', 420.1, 10.2],
    ]);
  });

  it('分区域看: a place followed only by a growth rate gives its growth of the metric just stated', () => {
    const body = '1—9月，全市规模以上工业增加值同比增长6.1%。分区域看，岷县增长12.1%，居全市第一；临洮县增长9.8%。';
    const result = runOn({
      'a.txt': `---\ntitle: 定西市经济运行\ndate: 2021-10-25\npublisher: 定西日报\n---\n${body}`,
    });
    const name = (id: string) => result.dataset.regions.find((r) => r.id === id)?.name;
    expect(result.dataset.facts.map((f) => [name(f.regionId), f.metricId, f.yoy]).sort()).toEqual([
      ['临洮县', 'industrial-value-added-above-scale', 9.8],
      ['定西市', 'industrial-value-added-above-scale', 6.1],
      ['岷县', 'industrial-value-added-above-scale', 12.1],
    ]);
    expect(result.dataset.rankings.map((r) => [name(r.regionId), r.rank, r.assessment])).toEqual([
      ['岷县', 1, '规模以上工业增加值增速'],
    ]);
  });

  it('a structure stated from→to gives the year’s shares, and the year before’s where it names it (上年)', () => {
    const facts = factsOf('2021年，临洮县三次产业结构由上年的10.6:37.1:52.3调整为10.2:37.4:52.4。');
    expect(facts.map((f) => [f.period, f.value]).sort()).toEqual(
      [
        ['2021', 10.2],
        ['2021', 37.4],
        ['2021', 52.4],
        ['2020', 10.6],
        ['2020', 37.1],
        ['2020', 52.3],
      ].sort(),
    );
  });

  it('a structure changed from a named year gives that year’s shares (由2021年的…调整为…)', () => {
    const facts = factsOf('2022年，临洮县三次产业结构比由2021年的12.6:59.7:27.7调整为11.6:64.9:23.5。', {
      date: '2023-03-01',
    });
    expect(facts.filter((f) => f.metric === 'primary-industry-share').map((f) => [f.period, f.value])).toEqual([
      ['2022', 11.6],
      ['2021', 12.6],
    ]);
  });

  it('reads a ratio written with other colons (三次产业结构比为19︰18︰63)', () => {
    const facts = factsOf('2022年，临洮县三次产业结构比为19︰18︰63。', { date: '2023-03-01' });
    expect(facts.map((f) => [f.metric, f.value])).toEqual([
      ['primary-industry-share', 19],
      ['secondary-industry-share', 18],
      ['tertiary-industry-share', 63],
    ]);
  });

  it('a notice titled by a part of a year is about that part', () => {
    const result = runOn({
      'a.txt':
        '---\ndate: 2024-07-20\n---\n定西市人民政府办公室关于2024年上半年全市重点项目建设考核情况的通报\n经综合考核，临洮县、岷县分别位列全市第一、第二名。',
    });
    expect(result.dataset.rankings.map((r) => [r.period, r.rank]).sort()).toEqual([
      ['2024-H1', 1],
      ['2024-H1', 2],
    ]);
  });

  it('a district government as publisher names the district, not its city (长春市朝阳区人民政府)', () => {
    const result = runOn({
      'a.txt':
        '政府工作报告\n——2025年1月8日在长春市朝阳区第十八届人民代表大会第五次会议上\n长春市朝阳区人民政府区长　李明\n2024年，全区地区生产总值1286.5亿元。赴北京市朝阳区考察学习。',
    });
    expect(result.dataset.reports[0]).toMatchObject({ publisher: '长春市朝阳区人民政府', subjectRegionId: '220104' });
    expect(result.dataset.facts.map((f) => f.regionId)).toEqual(['220104']);
  });
});

describe('one report, one value per key', () => {
  it('a result "控制在3.7%" is the rate reached; a plan\'s 控制在…以内 is a ceiling', () => {
    const body = '2023年，临洮县城镇登记失业率控制在3.7%。\n2024年重点工作\n城镇登记失业率控制在4.5%以内。';
    const facts = factsOf(body, { title: '2024年临洮县政府工作报告', date: '2024-01-21' });
    expect(facts.map((f) => [f.period, f.kind, f.value, f.bound ?? null])).toEqual([
      ['2023', 'actual', 3.7, null],
      ['2024', 'target', 4.5, 'max'],
    ]);
  });

  it('a figure the report repeats is one fact', () => {
    expect(factsOf('2021年，临洮县森林覆盖率达到33.6%。\n2021年，临洮县森林覆盖率达到33.6%。')).toHaveLength(1);
  });

  it('two values for one key in one report are kept and said', () => {
    const result = runOn({
      'a.txt':
        '---\ntitle: 临洮县\ndate: 2022-02-07\n---\n2021年，临洮县地区生产总值90.52亿元。2021年，临洮县地区生产总值91.3亿元。',
    });
    expect(result.dataset.facts).toHaveLength(2);
    expect(result.warnings.some((w) => w.includes('gives two values for 621124|gdp|2021|actual'))).toBe(true);
  });
});

describe('lists of places', () => {
  const doc = (body: string) => {
    const result = runOn({ 'a.txt': `---\ntitle: 平凉市经济\ndate: 2024-01-20\npublisher: 平凉日报\n---\n${body}` });
    const name = (id: string) => result.dataset.regions.find((r) => r.id === id)?.name;
    return {
      facts: result.dataset.facts.map((f) => [name(f.regionId), f.metricId, f.value, f.yoy]),
      warnings: result.warnings,
    };
  };

  it('places listed before 分别 each get their figure', () => {
    expect(doc('2023年，崇信县、华亭市分别完成造林绿化5.5万亩、6.5万亩。').facts.sort()).toEqual([
      ['华亭市', 'afforestation', 6.5, null],
      ['崇信县', 'afforestation', 5.5, null],
    ]);
    expect(
      doc('2023年，崇信县、华亭市地区生产总值分别为82.3亿元、141.7亿元，分别增长6.1%、5.2%。').facts.sort(),
    ).toEqual([
      ['华亭市', 'gdp', 141.7, 5.2],
      ['崇信县', 'gdp', 82.3, 6.1],
    ]);
  });

  it('places listed without 分别 share one figure, which is neither’s alone', () => {
    const { facts, warnings } = doc('2023年，崇信县、华亭市完成造林绿化12万亩。');
    expect(facts).toEqual([]);
    expect(warnings.some((w) => w.includes('no region'))).toBe(true);
  });

  it('城乡居民…均增长8%: one rate said of both', () => {
    expect(doc('2023年，平凉市城乡居民人均可支配收入均增长8%。').facts.sort()).toEqual([
      ['平凉市', 'rural-disposable-income', null, 8],
      ['平凉市', 'urban-disposable-income', null, 8],
    ]);
  });
});

describe('cues between a metric and its figure', () => {
  it('地区生产总值预计增长6%: an estimate; 力争增长6%: a target', () => {
    const facts = factsOf('全年临洮县地区生产总值预计增长6%左右。今年，全县一般公共预算收入力争增长6%。', {
      date: '2024-01-20',
    });
    expect(facts.map((f) => [f.metric, f.period, f.kind])).toEqual([
      ['gdp', '2023', 'estimate'],
      ['general-budget-revenue', '2024', 'target'],
    ]);
  });

  it('a magnitude written in the numeral is no sign of a per-capita figure (三百二十五亿元)', () => {
    expect(factsOf('2023年，临洮县地区生产总值三百二十五亿元。', { date: '2024-01-20' })[0]?.value).toBe(325);
  });
});

describe('one period, one way of writing it', () => {
  it('1—3月 is the first quarter and 1-6月 the first half', () => {
    const facts = factsOf('1—3月，临洮县固定资产投资增长7.1%。1-6月，临洮县固定资产投资增长7.5%。', {
      date: '2021-07-20',
    });
    expect(facts.map((f) => f.period)).toEqual(['2021-Q1', '2021-H1']);
  });

  it('3月末 dates a balance to March', () => {
    expect(
      factsOf('3月末，临洮县金融机构人民币各项存款余额421.5亿元，同比增长9.6%。', { date: '2021-04-22' })[0],
    ).toMatchObject({ period: '2021-03', value: 421.5, yoy: 9.6 });
  });

  it('a quarter opening a paragraph covers its later sentences', () => {
    const facts = factsOf(
      '一季度，临洮县居民人均可支配收入9862元，增长5.6%。其中，城镇居民人均可支配收入12413元，增长4.8%。',
      { date: '2021-04-22' },
    );
    expect(facts.map((f) => f.period)).toEqual(['2021-Q1', '2021-Q1']);
  });

  it('分县市看，A、B分别增长…: each place’s growth of the metric just stated', () => {
    const body = '1—3月，全市规模以上工业增加值同比增长9.4%。分县市看，临洮县、岷县分别增长11.2%、10.5%。';
    const result = runOn({
      'a.txt': `---\ntitle: 定西市一季度经济运行\ndate: 2021-04-22\npublisher: 定西日报\n---\n${body}`,
    });
    expect(result.dataset.facts.map((f) => [f.regionId, f.yoy, f.period]).sort()).toEqual([
      ['621100', 9.4, '2021-Q1'],
      ['621124', 11.2, '2021-Q1'],
      ['621126', 10.5, '2021-Q1'],
    ]);
  });
});

describe('a level and a growth of one key in one sentence', () => {
  it('are one fact', () => {
    const facts = factsOf('预计城乡居民人均可支配收入分别增长7.5%、9.5%,农村居民人均收入突破万元大关。', {
      date: '2024-01-21',
    });
    expect(pick(facts, 'rural-disposable-income')).toEqual([
      expect.objectContaining({ value: 10000, yoy: 9.5, bound: 'min', kind: 'estimate' }),
    ]);
  });
});

describe('分别 lists that do not fit the statement', () => {
  it('城镇、农村居民…分别达到: the two metrics named with one phrase each get theirs', () => {
    const facts = factsOf('2023年，临洮县城镇、农村居民人均可支配收入分别达到42150元、18620元，分别增长5.3%、7.1%。', {
      date: '2024-01-20',
    });
    expect(facts.map((f) => [f.metric, f.value, f.yoy]).sort()).toEqual([
      ['rural-disposable-income', 18620, 7.1],
      ['urban-disposable-income', 42150, 5.3],
    ]);
  });

  it('a list longer than the metrics before it gives nothing, and says so', () => {
    const result = runOn({
      'a.txt': '---\ntitle: 临洮县\ndate: 2024-01-20\n---\n2023年，临洮县地区生产总值分别增长5%和6%。',
    });
    expect(result.dataset.facts).toEqual([]);
    expect(result.warnings.some((w) => w.includes('1 metrics but 2 figures after 分别'))).toBe(true);
  });
});

describe('thresholds of units and parts named after 其中', () => {
  it.each([
    ['2023年，临洮县所有村集体经济收入均达到10万元以上。'],
    ['2023年，临洮县有12个乡镇一般公共预算收入超过1亿元。'],
    ['2023年，临洮县各县区地区生产总值均增长5%以上。'],
  ])('%s gives no figure of the county', (body) => {
    expect(factsOf(body, { date: '2024-01-20' })).toEqual([]);
  });

  it('其中 after a figure in the same sentence: the qualified part is not the total', () => {
    expect(
      factsOf('2023年，临洮县新建高标准农田5万亩，其中，高效节水灌溉高标准农田2万亩。', { date: '2024-01-20' }).map(
        (f) => f.value,
      ),
    ).toEqual([5]);
  });
});
