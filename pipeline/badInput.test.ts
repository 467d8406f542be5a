// Bad input gets a named outcome and the rest of the build goes on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runOn } from './testing/runOn.ts';

const good =
  '---\ntitle: 临洮县经济\ndate: 2022-02-07\npublisher: 定西日报\n---\n2021年，临洮县地区生产总值90.52亿元。';
const outcome = (result: ReturnType<typeof runOn>, file: string) =>
  result.outcomes.find((o) => o.file === `data/sources/${file}`);

describe('bad sources', () => {
  it('an empty file is skipped with its reason; the others are read', () => {
    const r = runOn({ 'a.txt': good, 'empty.txt': '' });
    expect(outcome(r, 'empty.txt')).toEqual({
      file: 'data/sources/empty.txt',
      status: 'skipped',
      reason: 'empty file',
    });
    expect(r.dataset.facts).toHaveLength(1);
  });

  it('a binary file is skipped as binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(outcome(runOn({ 'image.txt': png }), 'image.txt')).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('binary'),
    });
  });

  it('a GBK / GB18030 file is decoded and read', () => {
    // "2021年，临洮县地区生产总值90.52亿元。" in GBK bytes, with front matter in ASCII
    const gbk = Buffer.from(
      '2d2d2d0a7469746c653a20c1d9e4accfd8beadbcc30a646174653a20323032322d30322d30370a2d2d2d0a32303231c4eaa3acc1d9e4accfd8b5d8c7f8c9fab2fad7dcd6b539302e3532d2dad4aaa1a3',
      'hex',
    );
    const r = runOn({ 'gbk.txt': new Uint8Array(gbk) });
    expect(outcome(r, 'gbk.txt')).toMatchObject({ status: 'read', encoding: 'gb18030' });
  });

  it('a file over the size limit is skipped, saying its size', () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x41);
    expect(outcome(runOn({ 'big.txt': big }), 'big.txt')).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/20\.0 MB, over the 8 MB limit/),
    });
  });

  it('an HTML page with scripts: script content is dropped, the text is read', () => {
    const html = `<html><head><script>var x = "地区生产总值999亿元";</script><style>p{}</style></head><body><p>临洮县经济运行</p><p>2022年2月7日 来源：定西日报</p><p>2021年，临洮县地区生产总值90.52亿元&nbsp;。</p></body></html>`;
    const r = runOn({ 'page.html': html });
    expect(r.dataset.facts.map((f) => f.value)).toEqual([90.52]);
    expect(r.dataset.texts[0]?.text).not.toContain('<');
    expect(r.dataset.texts[0]?.text).not.toContain('999');
  });

  it('the same report twice is read once and named as a duplicate', () => {
    const r = runOn({ 'a.txt': good, 'b.txt': good });
    expect(outcome(r, 'b.txt')).toEqual({
      file: 'data/sources/b.txt',
      status: 'duplicate',
      duplicateOf: 'data/sources/a.txt',
    });
    expect(r.dataset.facts).toHaveLength(1);
  });

  it('two reports that disagree keep both figures, each flagged with the other', () => {
    const other = good.replace('90.52', '91.30').replace('date: 2022-02-07', 'date: 2022-03-01');
    const r = runOn({ 'a.txt': good, 'b.txt': other });
    const [x, y] = r.dataset.facts;
    expect(r.dataset.facts.map((f) => f.value).sort()).toEqual([90.52, 91.3]);
    expect(x?.conflictsWith).toEqual([y?.id]);
    expect(y?.conflictsWith).toEqual([x?.id]);
    expect(r.warnings.some((w) => w.startsWith('reports disagree on 621124|gdp|2021|actual'))).toBe(true);
  });

  it('malformed front matter is a warning; the body is still read', () => {
    const r = runOn({ 'a.txt': '---\ntitle: [unclosed\n---\n2021年，临洮县地区生产总值90.52亿元。' });
    expect(r.warnings.some((w) => w.includes('front matter is not valid YAML'))).toBe(true);
    expect(outcome(r, 'a.txt')?.status).toBe('read');
  });

  it('a document without a date says so', () => {
    const r = runOn({ 'a.txt': '临洮县经济\n2021年，临洮县地区生产总值90.52亿元。' });
    expect(r.warnings.some((w) => w.includes('no publication date'))).toBe(true);
  });
});

describe('the pipeline never throws', () => {
  it('on arbitrary documents', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (body) => {
        runOn({ 'x.txt': body });
      }),
      { numRuns: 150 },
    );
  });

  it('on documents built from report phrases', () => {
    const pieces = [
      '2021年',
      '临洮县',
      '全市',
      '地区生产总值',
      '90.52亿元',
      '、',
      '同比增长8.1%',
      '，',
      '。',
      '分别',
      '城乡居民人均可支配收入',
      '29695元',
      '以上',
      '预计',
      '三次产业结构调整为',
      '19.2:12.4:68.4',
      '排名靠后',
      '位居全市第一',
      '<p>',
      '---\n',
      '\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const r = runOn({ 'x.txt': parts.join('') });
        for (const f of r.dataset.facts) expect(f.quote).toContain(f.raw.value);
      }),
      { numRuns: 150 },
    );
  });
});
