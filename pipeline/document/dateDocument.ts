// Dating: what a document is (title, date, publisher, kind) and which year its figures are about
// when a sentence names none. A year is never invented: an undated document dates a figure only by
// a year its title or its text names.
import { extractReportMeta, normalizeDate, type ReportMeta } from '../extract/extractReportMeta.ts';
import type { PeriodScanner } from '../extract/scanPeriods.ts';
import type { Lexicon } from '../lexicon/loadLexicon.ts';
import { hideAnnotations } from '../normalize/hideAnnotations.ts';
import { htmlTitle } from '../normalize/stripMarkup.ts';
import { toMatchText } from '../normalize/toMatchText.ts';
import type { PreparedText } from './prepareText.ts';
import type { SourceFile } from './types.ts';

/** The year of a figure whose document names none: such figures are never written. */
export const UNKNOWN_YEAR = 0;
export const MIN_YEAR = 1949;

export type DocumentDating = {
  meta: ReportMeta;
  /** The title in simplified characters. */
  titleText: string;
  /** The publication date, or "" when neither the text nor the file name gives one. */
  date: string;
  pubYear: number;
  /** What "今年", "去年" count from: the publication year, or UNKNOWN_YEAR for an undated page. */
  relativeBase: number;
  /** The year figures are about when a sentence names none. */
  defaultYear: number;
  /** The part of the year the title names ("前三季度" → "01/09"), or "". */
  documentSuffix: string;
  /** The five-year plan the document speaks of, for "五年来", "这五年". */
  namedPlan: [number, number] | null;
  warnings: string[];
};

export function dateDocument(
  prepared: PreparedText,
  source: SourceFile,
  lexicon: Lexicon,
  scanPeriods: PeriodScanner,
): DocumentDating {
  const { path } = source;
  const { front, matchText, paragraphs } = prepared;
  const warnings: string[] = [];
  const simplifiedParagraphs = paragraphs.map(([s, e]) => matchText.slice(s, e));
  const pageTitle = front.meta.title ? null : htmlTitle(front.body);
  const metaIn = pageTitle ? { ...front.meta, title: pageTitle } : front.meta;
  const meta = extractReportMeta({ meta: metaIn, paragraphs: simplifiedParagraphs, lex: lexicon.reports });
  // data/documents.yaml, or the naming convention of data/sources ("2024-02-22-xingtai-….txt"),
  // dates a file the text does not.
  const noteDate = normalizeDate(source.note?.date);
  const nameDate = normalizeDate(/^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(path.split('/').pop() ?? '')?.[1]);
  const addressDate = dateInAddress(front.meta.url);
  const fileDate = noteDate ?? nameDate ?? addressDate;
  const dated = Boolean(meta.date || fileDate);
  if (!meta.date && fileDate && !noteDate) {
    const whose = nameDate ? "the file name's" : "the page address's";
    warnings.push(
      `${path}: no publication date found; ${whose} ${fileDate} is used; give one in front matter (date: YYYY-MM-DD)`,
    );
  }
  if (!dated) {
    warnings.push(
      `${path}: no publication date found; figures are written only where the title or the text names their year; give one in front matter (date: YYYY-MM-DD)`,
    );
  }
  const date = meta.date ?? fileDate ?? '';
  // "2022年渑池县…统计公报", "2023年全县…"; "今年" and "去年" then name no year.
  // A repost's title carries its pinyin too (康樂(lè)縣): read, the title is without it.
  const titleText = toMatchText(hideAnnotations(meta.title).text).matchText;
  const titleYear = yearNamedIn(titleText);
  const namedYears = [...matchText.matchAll(/(\d{4})年/g)]
    .map((m) => Number(m[1]))
    .filter((y) => y >= 1949 && y <= 2100);
  const latestNamed = Math.max(0, ...namedYears);
  const pubYear = dated ? Number(date.slice(0, 4)) : Math.max(latestNamed, titleYear ?? 0);
  const pubMonth = dated ? Number(date.slice(5, 7)) : 12;
  const relativeBase = dated ? pubYear : UNKNOWN_YEAR;
  const defaultYear = dated ? reviewYearOf(matchText, pubYear, pubMonth, titleText) : (titleYear ?? UNKNOWN_YEAR);
  const documentSuffix = titlePartOfYear(titleText, lexicon, scanPeriods, relativeBase);
  const namedPlan = planNamedIn(matchText, lexicon);
  return { meta, titleText, date, pubYear, relativeBase, defaultYear, documentSuffix, namedPlan, warnings };
}

/** A news page's address often carries its date: ".../202209/25/content_…", ".../2021/02/07/…", "t20230105_…". */
function dateInAddress(url: string | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = /(?:^|[/_t-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path);
  return m ? normalizeDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/** The first year a title names as a period ("2022年渑池县…", not the date "2021年12月11日"). */
function yearNamedIn(title: string): number | null {
  for (const m of title.matchAll(/(\d{4})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/g)) {
    const y = Number(m[1]);
    if (y >= MIN_YEAR && y <= 2100) return y;
  }
  return null;
}

/**
 * A document titled by a part of a year ("郏县2025年一季度经济运行情况", "关于2024年上半年…考核情况的
 * 通报") is about that part: it is the period of every figure that names no other. A part of the year
 * in the title of a story about an assessment ("2021年第三季度…考核排名靠后的县区…") is the
 * assessment's, not the period of the figures the story gives.
 */
function titlePartOfYear(
  titleText: string,
  lexicon: Lexicon,
  scanPeriods: PeriodScanner,
  relativeBase: number,
): string {
  const aboutAssessment = lexicon.rankings.assessmentWords.some((w) => titleText.includes(w));
  const titleNamesFigures = lexicon.reports.noticeTitles.test(titleText.trim()) || !aboutAssessment;
  const titlePeriods = titleNamesFigures ? scanPeriods(titleText, 0, relativeBase).filter((p) => !p.since) : [];
  const titleParts = [
    ...new Set(titlePeriods.flatMap((p) => (p.suffixes?.length === 1 && p.suffixes[0] ? [p.suffixes[0]] : []))),
  ];
  return titleParts.length === 1 ? (titleParts[0] as string) : '';
}

/** The five-year plan the document speaks of: the first it names as a period ("十三五期间", not "十三五末"). */
function planNamedIn(matchText: string, lexicon: Lexicon): [number, number] | null {
  for (const m of matchText.matchAll(/[“"‘']?(十[一二三四五]五)[”"’']?(末|期末|规划)?/g)) {
    if (m[2] || /[比较]$/.test(matchText.slice(Math.max(0, m.index - 1), m.index))) continue;
    return lexicon.periods.plans[m[1] ?? ''] ?? null;
  }
  return null;
}

/**
 * The year a document reports on. A year in the title counts first ("驻马店市2023年国民经济和社会发展
 * 统计公报", "…2023年工作总结及2024年工作计划"), except the publication year early in that year, which
 * is how work reports are titled ("2024年政府工作报告" reviews 2023). Otherwise the year the text names
 * most often up to publication; a year that is part of a date ("2024年3月28日", the masthead) names
 * no period; on a tie the earlier year wins, since a document looks back.
 */
export function reviewYearOf(matchText: string, pubYear: number, pubMonth: number, title = ''): number {
  for (const m of title.matchAll(/(\d{4})年(?!\d{1,2}月\d{1,2}日)/g)) {
    const y = Number(m[1]);
    if (y >= 1949 && (y < pubYear || (y === pubYear && pubMonth > 3))) return y;
  }
  const counts = new Map<number, number>();
  // A year named as a base ("比1986年增长", "由1978年的6.1%", "是2016年的1.4倍") or a start ("2012年以来") is not what the document reports on.
  for (const m of matchText.matchAll(/(?<![比较由从是自])(\d{4})年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?!以来)/g)) {
    const y = Number(m[1]);
    if (y >= 1949 && y <= pubYear) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (best) return best[0];
  // Early in a year, reports look back at the year before.
  return pubMonth <= 3 ? pubYear - 1 : pubYear;
}
