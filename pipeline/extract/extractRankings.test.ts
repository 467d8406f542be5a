import { describe, expect, it } from 'vitest';
import { runOn } from '../testing/runOn.ts';

function rankingsOf(body: string, meta: { title?: string; date?: string; publisher?: string } = {}) {
  const front = `---\ntitle: ${meta.title ?? '关于2023年度县域经济高质量发展考核结果的通报'}\ndate: ${meta.date ?? '2024-02-22'}\npublisher: ${meta.publisher ?? '邢台市人民政府办公室'}\n---\n`;
  const result = runOn({ 'a.txt': front + body });
  const name = (id: string | null | undefined) =>
    id ? (result.dataset.regions.find((r) => r.id === id)?.name ?? id) : null;
  return result.dataset.rankings.map((r) => ({
    region: name(r.regionId),
    scope: name(r.scopeId),
    period: r.period,
    rank: r.rank,
    result: r.result,
    assessment: r.assessment,
    ...(r.reportedBy ? { reportedBy: name(r.reportedBy) } : {}),
  }));
}
const sorted = <T>(rows: T[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
const brief = (list: ReturnType<typeof rankingsOf>) => sorted(list.map((r) => [r.region, r.scope, r.rank, r.result]));

describe('who is ranked', () => {
  it('every county of a list ranked together', () => {
    expect(brief(rankingsOf('宁晋县、沙河市、清河县位列前三名。'))).toEqual(
      sorted([
        ['宁晋县', '邢台市', null, '前三名'],
        ['清河县', '邢台市', null, '前三名'],
        ['沙河市', '邢台市', null, '前三名'],
      ]),
    );
  });

  it('分别位列第一、第二、第三名: positions zipped with the list', () => {
    expect(brief(rankingsOf('（二）二类县（市、区）：威县、南和区、任泽区分别位列第一、第二、第三名。'))).toEqual(
      sorted([
        ['南和区', '邢台市', 2, '第二'],
        ['任泽区', '邢台市', 3, '第三名'],
        ['威县', '邢台市', 1, '第一'],
      ]),
    );
  });

  it('a list of positions that does not match the list of names ranks no one', () => {
    expect(rankingsOf('威县、南和区、任泽区分别位列第一、第二名。')).toEqual([]);
  });

  it('排名靠后的县: the names after the colon; without names, an exhortation ranks no one', () => {
    expect(brief(rankingsOf('（三）排名靠后的县（市、区）：广宗县、临城县。'))).toEqual(
      sorted([
        ['广宗县', '邢台市', null, '排名靠后'],
        ['临城县', '邢台市', null, '排名靠后'],
      ]),
    );
    expect(rankingsOf('宁晋县位列第一。排名靠后的县（市、区）要认真查找差距，制定整改措施。')).toHaveLength(1);
  });

  it('a body ranked among the city’s places is its district, reported by the body', () => {
    const list = rankingsOf('区政府办公室认领和编制行政事项597项,覆盖率达100%,列全市第一位。', {
      title: '滨城区部门晒成绩',
      date: '2021-01-19',
      publisher: '大众网',
    });
    expect(list).toEqual([
      expect.objectContaining({ region: '滨城区', scope: '滨州市', rank: 1, reportedBy: '滨城区人民政府办公室' }),
    ]);
  });
});

describe('among whom and in what', () => {
  it('the "在全省…考核中" frame gives the scope to every result of the sentence', () => {
    expect(brief(rankingsOf('在全省县域经济高质量发展考核中，宁晋县位列第三，沙河市位列第八。'))).toEqual(
      sorted([
        ['宁晋县', '河北省', 3, '第三'],
        ['沙河市', '河北省', 8, '第八'],
      ]),
    );
  });

  it('what is assessed may sit between the scope word and the position (全国百强区第19位)', () => {
    const [r] = rankingsOf('2023年，宁晋县综合实力跃居全国百强县第19位。');
    expect(r).toMatchObject({ region: '宁晋县', scope: null, rank: 19, assessment: '综合实力（全国百强县）' });
  });

  it('an award grade of an assessment is a result; a later award of the sentence shares its assessment', () => {
    const list = rankingsOf('宁晋县荣获全市目标责任考核一等奖；临西县、巨鹿县荣获三等奖。');
    expect(list.map((r) => [r.region, r.result, r.assessment]).sort()).toEqual([
      ['临西县', '三等奖', '全市目标责任考核'],
      ['宁晋县', '一等奖', '全市目标责任考核'],
      ['巨鹿县', '三等奖', '全市目标责任考核'],
    ]);
  });

  it('an honour or a prize is no ranking', () => {
    expect(rankingsOf('宁晋县荣获全国科技进步一等奖，获评全省县域经济发展先进县。')).toEqual([]);
  });

  it('a batch is no position (列入全省第一批)', () => {
    expect(rankingsOf('宁晋县列入全省第一批试点县。')).toEqual([]);
  });

  it('a bare 总量/增速 is the total or growth of the metric just named', () => {
    const list = rankingsOf(
      '前三季度，宁晋县地区生产总值412.6亿元，同比增长6.8%，增速比上半年提高0.4个百分点，增速列全市第2位。',
      { title: '宁晋县经济运行', date: '2023-10-26', publisher: '邢台日报' },
    );
    expect(list).toEqual([
      expect.objectContaining({ region: '宁晋县', rank: 2, period: '2023-01/09', assessment: '地区生产总值增速' }),
    ]);
  });

  it('a notice’s results without a name of their own take the assessment of its title', () => {
    expect(rankingsOf('宁晋县、沙河市位列前两名。')[0]?.assessment).toBe('2023年度县域经济高质量发展考核');
  });
});

describe('several results in one clause', () => {
  it('总量居全市第三、增速居全市第一: each names its own part of the metric', () => {
    const list = rankingsOf(
      '2023年，全县实现社会消费品零售总额45.6亿元，同比增长5.1%，总量居全市第三、增速居全市第一。',
      { title: '临洮县经济运行', date: '2024-01-20', publisher: '定西日报' },
    );
    expect(list.map((r) => [r.rank, r.assessment]).sort()).toEqual([
      [1, '社会消费品零售总额增速'],
      [3, '社会消费品零售总额总量'],
    ]);
  });
});

describe('one place, several positions', () => {
  it('总量和增速分别居全市第3位和第1位: each part its position', () => {
    const list = rankingsOf('2023年，全县完成地区生产总值145.6亿元，增长6.5%，总量和增速分别居全市第3位和第1位。', {
      title: '临洮县经济运行',
      date: '2024-01-20',
      publisher: '定西日报',
    });
    expect(list.map((r) => [r.region, r.rank, r.assessment]).sort()).toEqual([
      ['临洮县', 1, '地区生产总值增速'],
      ['临洮县', 3, '地区生产总值总量'],
    ]);
  });
});

describe('grades heading the places they list', () => {
  it('综合考核一等次（3个）：临洮县、陇西县、安定区', () => {
    const list = rankingsOf('一、综合考核一等次（3个）：临洮县、陇西县、安定区。', {
      title: '关于2023年度全市县区综合考核结果的通报',
      date: '2024-03-01',
      publisher: '定西市人民政府办公室',
    });
    expect(list.map((r) => [r.region, r.scope, r.result]).sort()).toEqual([
      ['临洮县', '定西市', '一等次'],
      ['安定区', '定西市', '一等次'],
      ['陇西县', '定西市', '一等次'],
    ]);
  });

  it('an enumerated point (第一：) is no result', () => {
    expect(
      rankingsOf('第一：临洮县、陇西县要加强项目建设。', {
        title: '关于2023年度全市县区综合考核结果的通报',
        date: '2024-03-01',
        publisher: '定西市人民政府办公室',
      }),
    ).toEqual([]);
  });
});
