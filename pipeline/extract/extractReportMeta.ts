// Title, date, publisher and kind of a report: from front matter where given, otherwise from the
// masthead, date line, "来源：" line or a work report's "——2024年1月21日在…会议上" line; a notice
// (通报) is dated by the date line under its closing signature.
import type { ReportsLexicon } from '../lexicon/loadLexicon.ts';
import type { FrontMatter } from '../normalize/parseFrontMatter.ts';

export type ReportMeta = { title: string; date: string | null; publisher: string; kind: string };

const OPENING_LINES = 12;
const TITLE_MAX_CHARS = 80;
const OPENING_CHARS = 1500;
const CLOSING_LINES = 8;
const dateOnlyLine = /^[(（]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]?$/;

export function extractReportMeta(args: {
  meta: FrontMatter;
  /** Paragraphs of the cleaned text in simplified characters. */
  paragraphs: string[];
  lex: ReportsLexicon;
}): ReportMeta {
  const { meta, paragraphs, lex } = args;
  const opening = paragraphs.slice(0, OPENING_LINES);
  const title = meta.title ?? inferTitle(opening, lex) ?? '（无标题）';
  const date = normalizeDate(meta.date) ?? inferDate(opening, lex) ?? closingDate(paragraphs.slice(-CLOSING_LINES));
  const publisher = meta.publisher ?? inferPublisher(paragraphs, lex) ?? '';
  // Photo captions can fill the first paragraphs of a newspaper page; look a little further.
  const openingText = paragraphs.join('\n').slice(0, OPENING_CHARS);
  const kind =
    meta.kind ??
    lex.kinds.find((k) => (k.title ? k.title.test(title) : false) || (k.text ? k.text.test(openingText) : false))
      ?.kind ??
    'feature';
  return { title, date, publisher, kind };
}

function inferTitle(lines: string[], lex: ReportsLexicon): string | null {
  for (const line of lines) {
    if (lex.mastheads.test(line) || lex.editionLines.test(line)) continue;
    if (/来源\s*[:：]/.test(line)) continue;
    // "- 时间:2022-08-08", "点击:1097": a page's key-value lines, not its title.
    if (
      /^[-•·*]?\s*(?:[\p{Script=Han}]{1,6}\s*[:：]\s*[\d/\-: .]*$|(?:时间|日期|来源|点击|浏览|作者|编辑|发布时间|发布日期|更新时间|字号|阅读|访问量|信息来源|发布机构|索引号|文号|分类)\s*[:：])/u.test(
        line,
      )
    )
      continue;
    if (line.length > TITLE_MAX_CHARS || /[。！？]$/.test(line)) continue;
    return line;
  }
  return null;
}

export function normalizeDate(raw: string | undefined): string | null {
  if (!raw) return null;
  const m = /(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})/.exec(raw);
  if (!m) return null;
  return toIsoDate(m[1], m[2], m[3]);
}

function toIsoDate(y?: string, mo?: string, d?: string): string | null {
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!(year >= 1949 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A line this long is prose: a date in it is an event's ("2020年7月29日,入选…"), unless it opens the
 *  line or follows a dating word (——2024年1月21日在…, 发布时间：, 日报讯). */
const PROSE_LINE = 60;
const DATE_OPENS_WITHIN = 25;
const DATING_WORDS = /(——|—|时间|日期|发布|来源|讯|报道)[\s:：(（）)]*$/;

function inferDate(lines: string[], lex: ReportsLexicon): string | null {
  for (const line of lines) {
    for (const pattern of lex.datePatterns) {
      const m = pattern.exec(line);
      const date = m ? toIsoDate(m[1], m[2], m[3]) : null;
      if (!m || !date) continue;
      const inProse = line.length > PROSE_LINE && m.index > DATE_OPENS_WITHIN;
      if (inProse && !DATING_WORDS.test(line.slice(Math.max(0, m.index - 8), m.index))) continue;
      return date;
    }
  }
  return null;
}

/** The last line that is nothing but a date, as under the signature of a notice. */
function closingDate(lines: string[]): string | null {
  for (const line of [...lines].reverse()) {
    const m = dateOnlyLine.exec(line.trim());
    const date = m ? toIsoDate(m[1], m[2], m[3]) : null;
    if (date) return date;
  }
  return null;
}

function inferPublisher(paragraphs: string[], lex: ReportsLexicon): string | null {
  const text = paragraphs.join('\n');
  for (const pattern of lex.publisherPatterns) {
    const m = pattern.exec(text);
    if (m?.[1]) return m[1];
  }
  return null;
}
