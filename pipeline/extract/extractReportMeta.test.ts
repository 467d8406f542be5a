import { describe, expect, it } from 'vitest';
import { realLexicon } from '../testing/lexicon.ts';
import { extractReportMeta } from './extractReportMeta.ts';

const lex = realLexicon().reports;
const meta = (paragraphs: string[], front = {}) => extractReportMeta({ meta: front, paragraphs, lex });

describe('extractReportMeta', () => {
  it('reads a newspaper masthead, date line and edition line', () => {
    expect(meta(['甘肃日报', '2021年01月26日', '第06版:展望“十四五”', '平凉:攻坚克难谋发展', '2020年是极不平凡的一年。'])).toEqual({
      title: '平凉:攻坚克难谋发展',
      date: '2021-01-26',
      publisher: '甘肃日报',
      kind: 'review',
    });
  });

  it('reads a portal’s "时间 来源:" line', () => {
    expect(meta(['临泽:县域经济攀高向强势正起', '2023/11/23/ 09:02 来源:张掖日报 张朝军', '如今的临泽。'])).toMatchObject({ date: '2023-11-23', publisher: '张掖日报' });
  });

  it('recognises a government work report and its delivering government', () => {
    expect(meta(['2024年通渭县政府工作报告', '——2024年1月21日在通渭县第十九届人民代表大会第四次会议上', '通渭县人民政府县长 宗学谦'])).toEqual({
      title: '2024年通渭县政府工作报告',
      date: '2024-01-21',
      publisher: '通渭县人民政府',
      kind: 'work-report',
    });
  });

  it('prefers front matter and reads the source line of a reposted article', () => {
    expect(meta(['本报讯 (新定西·定西日报记者)', '（文章来源：定西日报）'], { title: '2021年第三季度考核排名靠后的县区', date: '2022-02-07 08:35:16 +0800' })).toEqual({
      title: '2021年第三季度考核排名靠后的县区',
      date: '2022-02-07',
      publisher: '定西日报',
      kind: 'assessment',
    });
  });

  it('names departments presenting results as a scorecard', () => {
    expect(meta(['台上晒成绩 台下评业绩 滨城区38个政府部门单位登台集中亮成果', '2021-01-19 21:15:24 来源: 大众网']).kind).toBe('scorecard');
  });
});
