import { describe, expect, it } from 'vitest';
import { splitLongLine, splitParagraphs } from './splitParagraphs.ts';
import { splitSentences } from './splitSentences.ts';

describe('splitLongLine: a report written on one line', () => {
  it('breaks after sentence ends and around headings, not inside sentences', () => {
    expect(
      splitLongLine(
        '2024年通渭县政府工作报告 ——2024年1月21日在会议上 各位代表: 现在,我代表县人民政府。 2023年工作回顾 2023年是开局之年。',
      ),
    ).toEqual([
      '2024年通渭县政府工作报告',
      '——2024年1月21日在会议上',
      '各位代表:',
      '现在,我代表县人民政府。',
      '2023年工作回顾',
      '2023年是开局之年。',
    ]);
  });

  it('keeps spaces after digits and inside a sentence', () => {
    expect(splitLongLine('选派23 名村党组织书记，开展宣讲30 余场次')).toHaveLength(1);
    expect(splitLongLine('融入新发展格局，瞄准 “走在前列、全面开创”目标定位')).toHaveLength(1);
    expect(splitLongLine('瞄准 “走在前列”')).toHaveLength(1);
  });
});

describe('splitParagraphs', () => {
  it('gives offsets that point into the joined text', () => {
    const { text, paragraphs } = splitParagraphs(['  第一段。', '', '　　第二段，有逗号。']);
    expect(paragraphs.map(([s, e]) => text.slice(s, e))).toEqual(['第一段。', '第二段，有逗号。']);
  });
});

describe('splitSentences', () => {
  it('splits sentences at 。！？ and clauses at ，； and at a half-width comma that is not a thousands separator', () => {
    const text = '增长7%,跨上70亿元台阶,投资2,500万元；完成了。第二句！';
    const [first, second] = splitSentences(text, [[0, text.length]]);
    expect(text.slice(...(first?.span ?? [0, 0]))).toBe('增长7%,跨上70亿元台阶,投资2,500万元；完成了。');
    expect(first?.clauses.map(([s, e]) => text.slice(s, e))).toEqual([
      '增长7%',
      '跨上70亿元台阶',
      '投资2,500万元',
      '完成了。',
    ]);
    expect(text.slice(...(second?.span ?? [0, 0]))).toBe('第二句！');
  });

  it('keeps a closing quote with its sentence', () => {
    const text = '他说：“完成了。”下一句。';
    expect(splitSentences(text, [[0, text.length]]).map((s) => text.slice(...s.span))).toEqual([
      '他说：“完成了。”',
      '下一句。',
    ]);
  });
});
