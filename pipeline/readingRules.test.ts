// The reading rules real pages need, each on sentences taken from the real corpus (data/sources,
// copied from ../shared/real-corpus) and on variations written here. None of them is tied to a
// document: each is a rule of how Chinese local-government pages state figures.
import { describe, expect, it } from 'vitest';
import { factsOf, runOn, unreviewedOf } from './testing/runOn.ts';

const doc = (front: Record<string, string>, body: string) =>
  `---\n${Object.entries(front)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n${body}`;
const pick = (facts: ReturnType<typeof factsOf>, metric: string) => facts.filter((f) => f.metric === metric);

describe('inline pinyin annotations of reposting sites', () => {
  it('are read past, and quotes keep them (维西县, 2016)', () => {
    const r = runOn({
      'weixi.txt': doc(
        { title: '维西县一季度地区生产总值增长9.3%', date: '2016-04-25' },
        '據(jù)初步測(cè)算,今年一季度,維西縣實(shí)現(xiàn)地區(qū)生產(chǎn)總值(GDP)59043萬(wàn)元,同比增長(zhǎng)9.3 %,增速較上年同期下降3.6個(gè)百分點(diǎn)。',
      ),
    });
    const gdp = r.dataset.facts.find((f) => f.metricId === 'gdp');
    expect(gdp).toMatchObject({ regionId: '533423', period: '2016-Q1', value: 5.9043, yoy: 9.3 });
    expect(gdp?.quote).toContain('萬(wàn)元');
    const text = r.dataset.texts[0]?.text ?? '';
    expect(text.slice(gdp?.span[0], gdp?.span[1])).toBe(gdp?.quote);
  });
});

describe('hard line breaks and page debris', () => {
  it('a sentence broken across lines is one sentence (环县 profile page)', () => {
    const facts = factsOf(
      '2020年,环县实现生产总值109.64亿元,同比增长6.1%(按可比价格计算,下同),其中:第一产业实现增加值16.72亿元\n,同比增长5.4%\n。',
      { title: '环县概况', date: '2021-06-01' },
    );
    expect(pick(facts, 'primary-industry-value-added')[0]).toMatchObject({ value: 16.72, yoy: 5.4, period: '2020' });
  });

  it('view counters, share lines and stray tokens at line ends give no figure and no title', () => {
    const r = runOn({
      'repost.txt': '- 點(diǎn)擊:1097\n分享到：\n全市完成地區(qū)生產(chǎn)總值252.52億元,同比增長5.1%F9f\n',
    });
    expect(r.dataset.reports[0]?.title).not.toContain('1097');
    expect(r.dataset.facts.map((f) => f.raw.value)).not.toContain('1097');
  });
});

describe('encyclopedia copies and bulletins of county pages', () => {
  it('citation marks ([17], [1-12]) are no part of a sentence: the year after one still frames the paragraph', () => {
    const facts = factsOf(
      '其中文化旅游业为国民经济支柱行业。[17]2022年,某某县实现地区生产总值20.86亿元,同比增长3.6%。三次产业结构比为19︰18︰63。 [1-12]',
      {
        title: '迭部县',
        date: '',
        region: '甘肃省甘南藏族自治州迭部县',
      },
    );
    expect(facts.map((f) => [f.metric, f.period, f.value]).sort()).toEqual(
      [
        ['gdp', '2022', 20.86],
        ['primary-industry-share', '2022', 19],
        ['secondary-industry-share', '2022', 18],
        ['tertiary-industry-share', '2022', 63],
      ].sort(),
    );
  });

  it('a repost’s title is read without its pinyin, and a 【label】 opens no clause of its own (康乐县 page)', () => {
    const r = runOn({
      'promo.txt': doc(
        { title: '甘肅省臨夏州康樂(lè)縣宣傳片' },
        '【地理位置】康樂縣位于甘肅省中南部,臨夏回族自治州東南端。【經濟指標】2022年全縣完成地區生產總值27.95億元,同比增長7.67%;一般公共預算收入1.62億元,同比增長8.55%。',
      ),
    });
    expect(r.dataset.reports[0]?.title).toBe('甘肃省临夏州康乐县宣传片');
    expect(r.dataset.facts.map((f) => [f.metricId, f.regionId, f.period])).toEqual([
      ['gdp', '622922', '2022'],
      ['general-budget-revenue', '622922', '2022'],
    ]);
  });

  it('a page with no date of its own is dated by its address (/202209/25/content_…)', () => {
    const r = runOn({
      'news.txt': doc(
        { title: '康乐县十年发展', url: 'http://szb.example.cn/pc/cont/202209/25/content_77778.html' },
        '今年上半年,康乐县完成地区生产总值13.6亿元。',
      ),
    });
    expect(r.dataset.reports[0]?.date).toBe('2022-09-25');
    expect(r.dataset.facts[0]).toMatchObject({ period: '2022-H1', value: 13.6 });
  });

  it('a metric named in a note in brackets takes no growth from the figure before the note (庆城县 bulletin)', () => {
    const facts = factsOf(
      '2022年,第一产业增加值13.24亿元(农林牧渔服务业增加值计入第三产业增加值),增长6.2%;第二产业增加值73.93亿元,增长10.4%。',
      {
        date: '2023-04-01',
      },
    );
    expect(facts.map((f) => [f.metric, f.value, f.yoy])).toEqual([
      ['primary-industry-value-added', 13.24, 6.2],
      ['secondary-industry-value-added', 73.93, 10.4],
    ]);
  });

  it('a metric named in brackets before its figure is that figure’s (占常住人口的比重(常住人口城镇化率)为35.52%)', () => {
    const facts = factsOf('2018年末,全市城镇常住人口98.88万人,占常住人口的比重(常住人口城镇化率)为35.52%。', {
      date: '2019-04-01',
    });
    expect(pick(facts, 'urbanization-rate').map((f) => f.value)).toEqual([35.52]);
  });

  it('an industry’s share written as 占地区生产总值比重 is its share', () => {
    const facts = factsOf(
      '2022年,第一产业增加值占地区生产总值比重为16.6%,第二产业增加值比重为23.5%,第三产业增加值比重为59.9%。',
      {
        date: '2023-04-01',
      },
    );
    expect(facts.map((f) => [f.metric, f.value])).toEqual([
      ['primary-industry-share', 16.6],
      ['secondary-industry-share', 23.5],
      ['tertiary-industry-share', 59.9],
    ]);
  });
});

describe('statistical-bulletin language', () => {
  it('比上年增长 after 按可比价格计算 is the growth of the figure before it (渑池县, 2022)', () => {
    expect(
      pick(
        factsOf('初步核算,2022年全县生产总值254.5亿元,按可比价格计算,比上年增长5.2%。', { date: '2023-03-20' }),
        'gdp',
      )[0],
    ).toMatchObject({ value: 254.5, yoy: 5.2 });
  });

  it('a level in a paragraph a span opened is its year’s, not the span’s (…。地区生产总值达到6696.4亿元)', () => {
    const facts = factsOf('“十四五”期间,全市经济实现跨越增长。地区生产总值达到6696.4亿元。', {
      title: '2026年某市政府工作报告',
      date: '2026-01-20',
    });
    expect(pick(facts, 'gdp').map((f) => [f.period, f.value])).toEqual([['2025', 6696.4]]);
  });

  it('a level after an average rate of a year that is no span is still the statement’s (至“十四五”末…年均增长6%,达到310亿元)', () => {
    const facts = factsOf('按照预期,至“十四五”末,该区将实现地区生产总值年均增长6%,达到310亿元。', {
      title: '安宁区部署五大重点任务',
      date: '2021-02-07',
      region: '甘肃省兰州市安宁区',
    });
    expect(facts.map((f) => [f.metric, f.period, f.kind, f.value, f.yoy])).toEqual([
      ['gdp', '2025', 'target', 310, null],
    ]);
  });

  it('a span opening a sentence frames the paragraph’s next sentences (" 十四五 " 期间，…。地区生产总值年均增长 4.5%)', () => {
    const facts = factsOf(
      '" 十四五 " 期间,七里河区经济实现跨越增长。地区生产总值年均增长 4.5%,固定资产投资累计完成 800 亿元。',
      {
        title: '七里河区',
        date: '2025-11-13',
      },
    );
    expect(facts.map((f) => [f.metric, f.period, f.value, f.yoy])).toEqual([
      ['gdp', '2021/2025', null, 4.5],
      ['fixed-asset-investment', '2021/2025', 800, null],
    ]);
  });

  it('an average annual rate is the growth of the span it is said of (“十三五”期间…年均增长), of no year', () => {
    const facts = factsOf(
      '“十三五”期间，安宁区地区生产总值年均增长6.7%。2020年，全区地区生产总值完成310亿元，年均增长6%。',
      {
        title: '安宁区“十三五”发展成就',
        date: '2021-02-07',
      },
    );
    expect(pick(facts, 'gdp').map((f) => [f.period, f.value, f.yoy])).toEqual([
      ['2016/2020', null, 6.7],
      ['2020', 310, null],
    ]);
  });

  it('两年平均增长 is not the year’s growth', () => {
    expect(
      pick(factsOf('2021年全县地区生产总值120亿元,两年平均增长5.5%。', { date: '2022-02-01' }), 'gdp')[0],
    ).toMatchObject({ value: 120, yoy: null });
  });

  it('增长-100.0% and 下降 are negative; 与去年持平 is 0 (郏县 2025; 渑池县 2022)', () => {
    const facts = factsOf(
      '2025年一季度全县第一产业投资同比增长-100.0%,第三产业投资增长-15.3%。油料产量2万吨,与去年持平。',
      { date: '2025-04-20' },
    );
    expect(pick(facts, 'primary-industry-investment')[0]?.yoy).toBe(-100);
    expect(pick(facts, 'tertiary-industry-investment')[0]?.yoy).toBe(-15.3);
    expect(pick(facts, 'oilseed-output')[0]).toMatchObject({ value: 2, yoy: 0 });
  });

  it('‰ rates, negative levels and 个百分点 changes (定西市 2022)', () => {
    const facts = factsOf(
      '2022年全市出生率为8.73‰;死亡率为9.21‰;自然增长率为-0.47‰,比上年下降1.52个千分点。常住人口城镇化率为40.3%,比上年提高0.79个百分点。',
      { date: '2023-04-01' },
    );
    expect(pick(facts, 'birth-rate')[0]?.value).toBe(8.73);
    expect(pick(facts, 'natural-growth-rate')[0]?.value).toBe(-0.47);
    expect(pick(facts, 'urbanization-rate')[0]).toMatchObject({ value: 40.3, yoy: null });
    expect(facts.some((f) => f.value === 0.79 || f.yoy === 0.79 || f.value === 1.52)).toBe(false);
  });

  it('a change in level is not the level: 比上年末减少0.2万人 (定西市 2022)', () => {
    const facts = factsOf('年末全市常住人口250.58万人,比上年末减少0.2万人。', {
      title: '2022年定西市国民经济和社会发展统计公报',
      date: '2023-04-01',
    });
    expect(facts.map((f) => [f.metric, f.value])).toEqual([['resident-population', 250.58]]);
  });

  it('由上年的…调整为… gives the year’s ratio, and the year before’s (望江县 2022)', () => {
    const facts = factsOf('三次产业结构由上年的17.3:41.2:41.5调整为17.8:39.3:42.9。', {
      title: '2022年望江县国民经济和社会发展统计公报',
      date: '2023-04-01',
    });
    expect(facts.map((f) => [f.period, f.value]).sort()).toEqual(
      [
        ['2022', 17.8],
        ['2022', 39.3],
        ['2022', 42.9],
        ['2021', 17.3],
        ['2021', 41.2],
        ['2021', 41.5],
      ].sort(),
    );
  });

  it('seven-digit 万元 amounts are exact in 亿元: 2616611万元 is 261.6611亿元; 59043万元 is 5.9043亿元', () => {
    expect(pick(factsOf('2023年全县地区生产总值2616611万元。', { date: '2024-03-01' }), 'gdp')[0]?.value).toBe(
      261.6611,
    );
  });

  it('人均 figures are their own metric; 城镇化率 and 年末常住人口 too', () => {
    const facts = factsOf('2022年按常住人口计算,人均地区生产总值22257元,比上年增长8.1%。年末全市常住人口250.58万人。', {
      date: '2023-04-01',
    });
    expect(facts.map((f) => [f.metric, f.value])).toEqual([
      ['gdp-per-capita', 22257],
      ['resident-population', 250.58],
    ]);
  });
});

describe('work-report structure', () => {
  it('预计 figures are estimates of the year reviewed, next year’s goals are targets (成都市, 2019 report)', () => {
    const facts = factsOf(
      '一、2018年工作回顾\n全年各项经济指标全面完成,預計地區生產總值超過1.5萬億元、增長8%。\n二、2019年主要目标\n地区生产总值增长7%以上。',
      { title: '2019年政府工作报告', date: '2019-01-22' },
    );
    expect(pick(facts, 'gdp').map((f) => [f.period, f.kind, f.value, f.yoy])).toEqual([
      ['2018', 'estimate', 15000, 8],
      ['2019', 'target', null, 7],
    ]);
  });

  it('确保 and 力争 are two targets (兰州新区 2020)', () => {
    const facts = factsOf('近日确定了2020年地区生产总值预期目标:确保增长22%,力争增长30%。', {
      title: '兰州新区2020年目标',
      date: '2020-01-08',
    });
    expect(pick(facts, 'gdp').map((f) => [f.kind, f.yoy])).toEqual([
      ['target', 22],
      ['target', 30],
    ]);
  });

  it('a growth target named before its number is a growth rate, and 力争 after it a second one (兰州新区 2020 headline)', () => {
    const facts = factsOf('兰州新区今年GDP增长预期目标:确保22%,力争30%。', {
      title: '兰州新区工作会议',
      date: '2020-01-08',
    });
    expect(pick(facts, 'gdp').map((f) => [f.kind, f.value, f.yoy, f.period])).toEqual([
      ['target', null, 22, '2020'],
      ['target', null, 30, '2020'],
    ]);
    // Variations: 的目标为, and a fall.
    expect(
      pick(
        factsOf('全县生产总值增长的目标为7%。', {
          title: '2024年工作安排',
          date: '2024-01-10',
          region: '甘肃省定西市临洮县',
        }),
        'gdp',
      )[0],
    ).toMatchObject({ region: '临洮县', kind: 'target', yoy: 7, value: null });
  });

  it('a headline repeated at the top of the text gives way to the body’s sentence for the same figure', () => {
    const body =
      '兰州新区今年GDP增长预期目标:确保22%,力争30%\n\n近日确定了2020年地区生产总值预期目标:确保增长22%,力争增长30%。';
    const facts = factsOf(body, { title: '兰州新区今年GDP增长预期目标:确保22%,力争30%', date: '2020-01-08' });
    expect(pick(facts, 'gdp').map((f) => f.quote)).toEqual([
      '近日确定了2020年地区生产总值预期目标:确保增长22%',
      '力争增长30%',
    ]);
  });

  it('a five-year plan is a span, never a year (长沙县 十四五)', () => {
    const facts = factsOf(
      '“十四五”期间,长沙县经济持续增长。五年来,县级财政民生投入超700亿元,新增就业近10万人。这五年,长沙县地区生产总值从1808.3亿元预计增至2400亿元。',
      { title: '长沙县十四五答卷', date: '2025-11-29' },
    );
    expect(pick(facts, 'new-urban-jobs')[0]).toMatchObject({ period: '2021/2025', value: 100000, bound: 'max' });
    expect(pick(facts, 'gdp').find((f) => f.period === '2025')).toMatchObject({ kind: 'estimate', value: 2400 });
    // The level the plan's change starts from names no year of its own: no figure.
    expect(pick(facts, 'gdp').map((f) => f.period)).toEqual(['2025']);
  });
});

describe('periods of bulletins and reviews', () => {
  it.each([
    ['一季度,全县实现地区生产总值56.82亿元。', '2025-Q1'],
    ['1-2月,全县地区生产总值56.82亿元。', '2025-01/02'],
    ['1—5月,全县地区生产总值56.82亿元。', '2025-01/05'],
    ['前三季度,全县地区生产总值56.82亿元。', '2025-01/09'],
    ['上半年,全县地区生产总值56.82亿元。', '2025-H1'],
    ['截至9月末,全县金融机构各项存款余额56.82亿元。', '2025-09'],
    ['今年以来,全县完成固定资产投资56.82亿元。', '2025-YTD'],
    ['目前,全县完成固定资产投资56.82亿元。', '2025-YTD'],
  ])('%s → %s', (body, period) => {
    expect(factsOf(body, { title: '酉阳县经济运行情况', date: '2025-10-22' })[0]?.period).toBe(period);
  });

  it('a title naming a part of the year dates every figure that names no other (郏县 2025 一季度)', () => {
    const facts = factsOf('根据地区生产总值统一核算结果,全县地区生产总值总量为52.22亿元,同比增长4.0%。', {
      title: '郏县2025年一季度经济运行情况',
      date: '2025-04-25',
    });
    expect(facts[0]?.period).toBe('2025-Q1');
  });

  it('in a 前三季度 document, 三季度 is January to September (沅陵县 2020)', () => {
    const facts = factsOf('三季度,全縣實現地區生產總值125.95億元,同比增長3.6%。', {
      title: '沅陵县2020年前三季度经济运行情况',
      date: '2020-11-01',
    });
    expect(facts[0]?.period).toBe('2020-01/09');
  });
});

describe('whose figure', () => {
  it('a page that names its county only through its site takes it from front matter region:', () => {
    const r = runOn({
      'jiaxian.txt': doc(
        { title: '2025年一季度经济运行情况', region: '河南省平顶山市郏县' },
        '一季度全县地区生产总值总量为52.22亿元,同比增长4.0%。',
      ),
    });
    expect(r.dataset.reports[0]?.subjectRegionId).toBe('410425');
    expect(r.dataset.facts[0]?.regionId).toBe('410425');
  });

  it('an unknown front-matter region is named in a warning', () => {
    const r = runOn({
      'x.txt': doc(
        { title: '经济运行情况', date: '2025-04-01', region: '火星省某某县' },
        '全县地区生产总值52.22亿元。',
      ),
    });
    expect(r.warnings.some((w) => w.includes('火星省某某县'))).toBe(true);
  });

  it('全市 in the figure’s own clause is the city’s, whatever project the sentence named (张掖 2022)', () => {
    const facts = factsOf('甘州南滩30万千瓦光伏发电等新能源项目建设进度加快,带动全市工业投资增长164.9%。', {
      title: '张掖市上半年经济运行情况',
      date: '2022-08-08',
    });
    expect(facts[0]).toMatchObject({ region: '张掖市', metric: 'industrial-investment', yoy: 164.9 });
  });

  it('a zone is the subject of its own pages (兰州新区)', () => {
    const r = runOn({
      'xq.txt': doc(
        { title: '谱写高质量发展壮美画卷', date: '2021-01-22', publisher: '甘肃日报' },
        '2020年,新区上下坚持新发展理念。兰州新区地区生产总值增长16.8%,固定资产投资增长20%。',
      ),
    });
    expect(r.dataset.reports[0]?.subjectRegionId).toBe('620171');
  });

  it('a place helping another is not whose the figures are (定西 and 青岛)', () => {
    const r = runOn({
      'dx.txt': doc(
        { title: '定西2025年工作盘点', date: '2025-12-31' },
        '截至11月底,青岛市帮助定西籍脱贫劳动力在省内就近就地就业16921人。',
      ),
    });
    expect(r.dataset.facts.every((f) => f.regionId === '621100')).toBe(true);
  });
});

describe('when: a year is never invented', () => {
  it('an undated page with no year in its title or text writes no figure, and says why', () => {
    const r = runOn({
      'undated.txt': doc(
        { title: '张掖一季度GDP逾137亿元增长7.2%' },
        '一季度,全市完成地区生产总值137.35亿元,同比增长7.2%。',
      ),
    });
    expect(r.dataset.facts).toEqual([]);
    expect(r.warnings.some((w) => w.includes('names no year'))).toBe(true);
    expect(r.dataset.reports[0]?.date).toBe('');
  });

  it('an undated page takes a year from its title or its own text (渑池县 bulletin; 秦安县 profile)', () => {
    const r = runOn({
      'a.txt': doc({ title: '2022年渑池县国民经济和社会发展统计公报' }, '初步核算,全县生产总值254.5亿元。'),
      'b.txt': doc({ title: '秦安县概况' }, '2023年全县地区生产总值完成103.3亿元,增长7.2%。'),
    });
    expect(r.dataset.facts.map((f) => f.period)).toEqual(['2022', '2023']);
  });

  it('a date inside prose is an event, not the page’s date: results of the year named stay results', () => {
    // An encyclopedia-style copy: one long paragraph, an event dated mid-way.
    const r = runOn({
      'profile.txt': doc(
        { title: '某县概况' },
        '永昌县是甘肃省下辖县，位于河西走廊东部。截至2021年,常住人口17.43万人。2021年全县实现地区生产总值101.01亿元。2020年7月29日,入选国家卫生县城命名名单。',
      ),
    });
    expect(r.dataset.reports[0]?.date).toBe('');
    expect(r.dataset.facts.find((f) => f.metricId === 'gdp')).toMatchObject({
      period: '2021',
      kind: 'actual',
      value: 101.01,
    });
  });

  it('a year in brackets right after a figure dates that figure (an infobox: 地区生产总值:10.12亿元(2011年))', () => {
    const r = runOn({
      'infobox.txt': doc(
        { title: '临潭县' },
        '临潭县\n人口:15万人(2011年)\n地区生产总值:10.12亿元(2011年)\n所属地区:甘肃省甘南藏族自治州',
      ),
    });
    expect(r.dataset.facts.find((f) => f.metricId === 'gdp')).toMatchObject({ period: '2011', value: 10.12 });
  });

  it('"70年来" and "近年来" name no year; the year a change started from dates only its start (庆阳 2019)', () => {
    const facts = factsOf('70年来,庆阳城乡建设发生了翻天覆地的变化,城镇化率由1978年的6.1%提高到38.4%。', {
      title: '庆阳各项事业取得长足发展',
      date: '2019-09-02',
    });
    // 38.4% has no year (70年来); 6.1% is 1978's.
    expect(facts.map((f) => [f.metric, f.period, f.value])).toEqual([['urbanization-rate', '1978', 6.1]]);
  });

  it('the year a change ended in dates the figures after it (武威 2016→2020)', () => {
    const facts = factsOf(
      '——综合经济实力大幅提升。全市生产总值由2016年的423.3亿元增加到2020年的526.4亿元。三产增加值由208.5亿元增加到279.6亿元。',
      { title: '武威市政府工作报告', date: '2021-12-07' },
    );
    // 423.3 is 2016's, named with it; 208.5 names no year of its own and is no figure.
    expect(facts.map((f) => [f.metric, f.period, f.value]).sort()).toEqual([
      ['gdp', '2016', 423.3],
      ['gdp', '2020', 526.4],
      ['tertiary-industry-value-added', '2020', 279.6],
    ]);
  });
});

describe('分别 lists', () => {
  it('one family, several members, each with its own growth (平凉 2021)', () => {
    const facts = factsOf('预计到2021年底,城乡居民人均可支配收入分别达到33739元、10829元,较去年增长8.5%、11%。', {
      date: '2021-12-11',
    });
    expect(facts.map((f) => [f.metric, f.value, f.yoy, f.kind])).toEqual([
      ['rural-disposable-income', 10829, 11, 'estimate'],
      ['urban-disposable-income', 33739, 8.5, 'estimate'],
    ]);
  });

  it('a list of bare numbers shares the unit written after the last (定西市 2022)', () => {
    const facts = factsOf(
      '2022年第一、二、三产业增加值分别为112.46、96.6、348.87亿元,分别比上年增长6.2%、11.2%、7.5%。',
      { date: '2023-04-01' },
    );
    expect(facts.map((f) => [f.metric, f.value, f.yoy])).toEqual([
      ['primary-industry-value-added', 112.46, 6.2],
      ['secondary-industry-value-added', 96.6, 11.2],
      ['tertiary-industry-value-added', 348.87, 7.5],
    ]);
  });

  it('a list cut off by the end of the page keeps the members written in full (兰州新区 2018)', () => {
    const facts = factsOf('2018年,兰州新区城乡居民人均可支配收入分别达到30792元、11', { date: '2020-01-08' });
    expect(facts.map((f) => [f.metric, f.value])).toEqual([['urban-disposable-income', 30792]]);
  });
});

describe('families kept apart', () => {
  it('地方财政总收入 is not 一般公共预算收入 (庆阳 2022); 税收收入 is its own', () => {
    const facts = factsOf('2022年预计地方财政总收入87亿元,一般公共预算收入完成4.61亿元,其中税收收入完成3.20亿元。', {
      date: '2022-12-12',
    });
    expect(facts.map((f) => f.metric)).toEqual(['fiscal-revenue-total', 'general-budget-revenue', 'tax-revenue']);
  });

  it('value added of an industry, its share and its contribution are three metrics (沅陵县 2020)', () => {
    const facts = factsOf(
      '第一產業完成增加值18.33億元。三次產業結構比為14.6:42.7:42.7。第一產業對全縣地區生產總值的貢獻率為6.6%。',
      { title: '沅陵县2020年前三季度经济运行情况', date: '2020-11-01' },
    );
    expect(facts.map((f) => [f.metric, f.value])).toEqual([
      ['primary-industry-value-added', 18.33],
      ['primary-industry-share', 14.6],
      ['secondary-industry-share', 42.7],
      ['tertiary-industry-share', 42.7],
      ['primary-industry-contribution', 6.6],
    ]);
  });

  it('an amount without 元 is an amount; 億元 is normalised', () => {
    const facts = factsOf('2023年全县一般公共预算收入56.7亿,社会消费品零售总额42.1億元。', { date: '2024-02-01' });
    expect(facts.map((f) => [f.metric, f.value])).toEqual([
      ['general-budget-revenue', 56.7],
      ['retail-sales', 42.1],
    ]);
  });

  it('装备制造业 is a branch of 制造业; 夏收粮食播种面积 is not 粮食播种面积', () => {
    expect(factsOf('2023年全县装备制造业增加值增长10.5%。', { date: '2024-02-01' })).toEqual([]);
    expect(unreviewedOf('2016年一季度夏收糧食播種面積131140畝。', { date: '2016-04-25' })).toEqual([
      { label: '夏收粮食播种面积', value: 131140, unit: '亩', yoy: null, period: '2016-Q1', kind: 'actual' },
    ]);
  });

  it('公顷 is converted to 万亩 exactly (渑池县 2022)', () => {
    expect(
      pick(
        factsOf('全年粮食种植面积43907公顷。', { title: '2022年渑池县国民经济和社会发展统计公报', date: '2023-03-01' }),
        'grain-sown-area',
      )[0]?.value,
    ).toBe(65.8605);
  });
});

describe('no figure lost: figures no metric fits', () => {
  it('are named by the document’s words, without who, when and the verb (张掖 2023; 定西 2025)', () => {
    expect(
      unreviewedOf('上半年全市累计开复工项目437个,开复工率90.1%。', {
        title: '张掖市上半年经济运行',
        date: '2023-07-29',
      }),
    ).toEqual([
      { label: '开复工项目', value: 437, unit: '个', yoy: null, period: '2023-H1', kind: 'actual' },
      { label: '开复工率', value: 90.1, unit: '%', yoy: null, period: '2023-H1', kind: 'actual' },
    ]);
  });

  it('an elliptical head takes the name of the figure before it (马铃薯种植…、产量…)', () => {
    expect(
      unreviewedOf('2025年全市完成马铃薯种植292万亩、产量达到525万吨。', { date: '2025-12-31' })
        .map((f) => f.label)
        .sort(),
    ).toEqual(['马铃薯产量', '马铃薯种植']);
  });

  it('a growth in the next clause is the same figure’s (渑池县 2022)', () => {
    expect(unreviewedOf('2022年鸡蛋产量1.88万吨,增长29.7%。', { date: '2023-03-01' })).toEqual([
      { label: '鸡蛋产量', value: 1.88, unit: '万吨', yoy: 29.7, period: '2022', kind: 'actual' },
    ]);
  });

  it('give nothing for distances, planned totals, project-list progress or things counted after the number', () => {
    const none = [
      '东西宽约124公里,南北长约127公里。',
      '投资134亿元的西峰至合水一级公路开工建设。',
      '总投资166.25亿元的37个项目,累计完成投资68.39亿元,目前已完工项目13个。',
      '甘州南滩30万千瓦光伏发电项目加快建设。',
      '项目落地建设时间缩短20%。',
    ];
    for (const body of none) expect(unreviewedOf(`2024年,${body}`, { date: '2025-01-10' }), body).toEqual([]);
  });
});
