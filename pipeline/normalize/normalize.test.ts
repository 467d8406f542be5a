import { describe, expect, it } from 'vitest';
import { realLexicon } from '../testing/lexicon.ts';
import { decodeSource } from './decodeSource.ts';
import { parseFrontMatter } from './parseFrontMatter.ts';
import { removeDebris } from './removeDebris.ts';
import { stripMarkup } from './stripMarkup.ts';
import { hideAnnotations } from './hideAnnotations.ts';
import { toMatchText, traditionalShare } from './toMatchText.ts';

describe('toMatchText', () => {
  it('converts traditional to simplified with the same length, so offsets stay valid', () => {
    const text = '地區生產總值增長7%以上，一般公共預算收入4.84億元';
    const { matchText } = toMatchText(text);
    expect(matchText).toBe('地区生产总值增长7%以上，一般公共预算收入4.84亿元');
    expect(matchText.length).toBe(text.length);
  });

  it('uses the mainland form where variants differ (著力 → 着力)', () => {
    expect(toMatchText('著力推動').matchText).toBe('着力推动');
  });

  it('maps full-width digits and signs one to one', () => {
    const { matchText } = toMatchText('增长８．１％，比例１９．２∶１２．４');
    expect(matchText).toBe('增长8.1%，比例19.2:12.4');
  });

  it('measures how much of a text is traditional', () => {
    const t = '臨洮縣完成地區生產總值';
    expect(traditionalShare(t, toMatchText(t).matchText)).toBeGreaterThan(0.3);
    expect(traditionalShare('临洮县', '临洮县')).toBe(0);
  });
});

describe('stripMarkup', () => {
  it('drops scripts, styles and comments with their content, decodes entities, breaks at blocks', () => {
    expect(
      stripMarkup('<p>甲&amp;乙</p><script>alert(1)</script><!-- x --><p>丙&nbsp;丁</p>').split('\n').filter(Boolean),
    ).toEqual(['甲&乙', '丙 丁']);
  });
  it('leaves plain text alone', () => {
    expect(stripMarkup('a < b 且 c > d')).toBe('a < b 且 c > d');
  });
});

describe('removeDebris', () => {
  const rules = realLexicon().debris;
  it('removes breadcrumbs, navigation, bare URLs and editor footers', () => {
    const lines = [
      '您当前的位置 : 每日甘肃网 > 甘肃',
      '正文第一段。',
      '<http://example.com/a.html>',
      '[返回首页](//example.com/)',
      '责任编辑:刘仕超',
      '正文第二段。',
    ];
    expect(removeDebris(lines, rules).lines).toEqual(['正文第一段。', '正文第二段。']);
  });
  it('drops a copyright block at the end of the page', () => {
    const body = Array.from({ length: 8 }, (_, i) => `正文${i}。`);
    expect(removeDebris([...body, '版权声明', '任何机构不得转载。'], rules).lines).toEqual(body);
  });
});

describe('decodeSource', () => {
  it('strips a UTF-8 byte order mark', () => {
    const r = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('文本')]));
    expect(r).toEqual({ ok: true, text: '文本', encoding: 'utf-8' });
  });
  it('says when a file is only white space', () => {
    expect(decodeSource(new TextEncoder().encode('  \n\t '))).toEqual({
      ok: false,
      reason: 'file contains only white space',
    });
  });
});

describe('parseFrontMatter', () => {
  it('reads the contract keys and returns the body after the block', () => {
    const r = parseFrontMatter('---\ntitle: "标题"\ndate: 2022-02-07 08:35:16 +0800\nurl: https://x\n---\n正文');
    expect(r.meta.title).toBe('标题');
    expect(r.meta.date?.startsWith('2022-02-07')).toBe(true);
    expect(r.body).toBe('正文');
  });
});

describe('removeDebris on repost pages', () => {
  const rules = realLexicon().debris;
  it('removes share, print, font-size, read-more and login lines and view counters, keeps dates and prose', () => {
    const lines = [
      '- 點(diǎn)擊:1097',
      '分享到：',
      '【打印】【关闭】',
      '字号：大 中 小',
      '阅读全文',
      '登录',
      '浏览次数：345',
      '- 時間:2022-08-08',
      '记者近日从张掖市统计部门了解到，今年上半年，全市完成地区生产总值252.52亿元。',
    ];
    const see = (line: string) => toMatchText(hideAnnotations(line).text).matchText;
    expect(removeDebris(lines, rules, see).lines).toEqual([
      '- 時間:2022-08-08',
      '记者近日从张掖市统计部门了解到，今年上半年，全市完成地区生产总值252.52亿元。',
    ]);
  });
});
