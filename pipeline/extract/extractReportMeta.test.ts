import { describe, expect, it } from 'vitest';
import { runOn } from '../testing/runOn.ts';
import { realLexicon } from '../testing/lexicon.ts';
import { extractReportMeta } from './extractReportMeta.ts';

const lex = realLexicon().reports;
const meta = (paragraphs: string[], front = {}) => extractReportMeta({ meta: front, paragraphs, lex });

describe('extractReportMeta', () => {
  it('reads a newspaper masthead, date line and edition line', () => {
    expect(
      meta(['甘肃日报', '2021年01月26日', '第06版:展望“十四五”', '平凉:攻坚克难谋发展', '2020年是极不平凡的一年。']),
    ).toEqual({
      title: '平凉:攻坚克难谋发展',
      date: '2021-01-26',
      publisher: '甘肃日报',
      kind: 'review',
    });
  });

  it('reads a portal’s "时间 来源:" line', () => {
    expect(
      meta(['临泽:县域经济攀高向强势正起', '2023/11/23/ 09:02 来源:张掖日报 张朝军', '如今的临泽。']),
    ).toMatchObject({ date: '2023-11-23', publisher: '张掖日报' });
  });

  it('recognises a government work report and its delivering government', () => {
    expect(
      meta([
        '2024年通渭县政府工作报告',
        '——2024年1月21日在通渭县第十九届人民代表大会第四次会议上',
        '通渭县人民政府县长 宗学谦',
      ]),
    ).toEqual({
      title: '2024年通渭县政府工作报告',
      date: '2024-01-21',
      publisher: '通渭县人民政府',
      kind: 'work-report',
    });
  });

  it('prefers front matter and reads the source line of a reposted article', () => {
    expect(
      meta(['本报讯 (新定西·定西日报记者)', '（文章来源：定西日报）'], {
        title: '2021年第三季度考核排名靠后的县区',
        date: '2022-02-07 08:35:16 +0800',
      }),
    ).toEqual({
      title: '2021年第三季度考核排名靠后的县区',
      date: '2022-02-07',
      publisher: '定西日报',
      kind: 'assessment',
    });
  });

  it('names departments presenting results as a scorecard', () => {
    expect(
      meta(['台上晒成绩 台下评业绩 滨城区38个政府部门单位登台集中亮成果', '2021-01-19 21:15:24 来源: 大众网']).kind,
    ).toBe('scorecard');
  });
});

describe('metadata of pages and notices', () => {
  it('dates a notice by the date line under its signature', () => {
    const r = runOn({
      'notice.txt':
        '关于2023年度考核结果的通报\n邢台市人民政府办公室\n宁晋县综合考核位列全市第一。\n邢台市人民政府办公室\n2024年2月22日\n（此件公开发布）',
    });
    expect(r.dataset.reports[0]).toMatchObject({ date: '2024-02-22', publisher: '邢台市人民政府办公室' });
    expect(r.dataset.rankings[0]?.period).toBe('2023');
  });

  it('falls back to the date in the file name, and says so', () => {
    const r = runOn({ '2024-02-22-notice.txt': '关于考核结果的通报\n2023年，宁晋县地区生产总值482.3亿元。' });
    expect(r.dataset.reports[0]?.date).toBe('2024-02-22');
    expect(r.warnings.some((w) => w.includes("the file name's 2024-02-22"))).toBe(true);
  });

  it('titles an HTML page by its h1, not by its doctype', () => {
    const html =
      '<!DOCTYPE html>\n<html><head><title>前三季度我县经济运行稳中有进_德清县人民政府</title></head><body><h1>前三季度我县经济运行稳中有进</h1><p>发布时间：2023-10-26</p><p>前三季度，全县地区生产总值412.6亿元。</p></body></html>';
    expect(runOn({ 'a.html': html }).dataset.reports[0]).toMatchObject({
      title: '前三季度我县经济运行稳中有进',
      date: '2023-10-26',
      kind: 'review',
    });
  });

  it('skips a lettered edition line (第A01版) when looking for the title', () => {
    expect(meta(['南通日报', '2024年01月12日', '第A01版', '通州区交出高质量发展亮眼答卷'], {}).title).toBe(
      '通州区交出高质量发展亮眼答卷',
    );
  });

  it('keeps the good keys of front matter that is not valid YAML', () => {
    const r = runOn({ 'a.txt': '---\ntitle: [unclosed\ndate: 2022-02-07\n---\n2021年，临洮县地区生产总值90.52亿元。' });
    expect(r.dataset.reports[0]?.date).toBe('2022-02-07');
  });
});

describe('publishers and kinds', () => {
  it('an acting head signs for the government (人民政府代县长)', () => {
    expect(
      meta(
        [
          '固始县人民政府工作报告',
          '——2024年2月5日在固始县第十七届人民代表大会第四次会议上',
          '固始县人民政府代县长 赵强',
        ],
        {},
      ).publisher,
    ).toBe('固始县人民政府');
  });

  it('a title on a part of the year’s economy is a review', () => {
    expect(meta(['许昌日报', '2024年04月22日', '一季度全市经济实现良好开局'], {}).kind).toBe('review');
  });
});
