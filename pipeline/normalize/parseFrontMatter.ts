// Optional YAML front matter (Jekyll posts, hand-written sources). Keys the contract names are
// read; everything else is ignored. A malformed block is reported, not fatal: the body is kept.
import { parse } from 'yaml';

export type FrontMatter = {
  title?: string;
  date?: string;
  publisher?: string;
  url?: string;
  kind?: string;
  /** The region a page names only through its site ("我县", "全县"): its full name, "河南省平顶山市郏县". */
  region?: string;
  tags?: string[];
};

export type FrontMatterResult = { meta: FrontMatter; body: string; bodyOffset: number; problem?: string };

const block = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

export function parseFrontMatter(text: string): FrontMatterResult {
  const match = block.exec(text);
  if (!match) return { meta: {}, body: text, bodyOffset: 0 };
  const bodyOffset = match[0].length;
  const body = text.slice(bodyOffset);
  // Most front matter is "key: value" lines: read those directly (the YAML parser is slow to start
  // on every document); anything else goes to the parser.
  const simple = simpleFrontMatter(match[1] ?? '');
  if (simple) return { meta: readMeta(simple), body, bodyOffset };
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch (error) {
    // One bad line ("title: [unclosed") should not cost the good ones ("date: 2022-02-07").
    const record: Record<string, unknown> = {};
    for (const line of (match[1] ?? '').split(/\r?\n/)) {
      const kv = /^(title|date|publisher|source|url|kind|region)\s*:\s*(.+?)\s*$/.exec(line);
      if (kv?.[1] && kv[2] && !/^[[{]/.test(kv[2])) record[kv[1]] = kv[2].replace(/^(["'])(.*)\1$/, '$2');
    }
    return {
      meta: readMeta(record),
      body,
      bodyOffset,
      problem: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    };
  }
  if (data === null || typeof data !== 'object') return { meta: {}, body, bodyOffset };
  return { meta: readMeta(data as Record<string, unknown>), body, bodyOffset };
}

const SIMPLE_LINE = /^([A-Za-z][\w-]*):(?:[ \t]+(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s"'[{|>&*!%@`#][^#]*?))?)?[ \t]*$/;

/** "key: value", quoted or not, or a comment: null when any line needs the YAML parser. */
function simpleFrontMatter(block: string): Record<string, string> | null {
  const record: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m?.[1]) return null;
    const value = m[2] !== undefined ? m[2].replace(/\\(["\\])/g, '$1') : (m[3] ?? m[4] ?? '');
    // Dates and numbers keep YAML's reading (a Date, a number): leave those lines to the parser.
    if (m[4] !== undefined && /^\d/.test(value) && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
    record[m[1]] = value;
  }
  return record;
}

function readMeta(record: Record<string, unknown>): FrontMatter {
  const meta: FrontMatter = {};
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : v instanceof Date ? v.toISOString() : undefined);
  const title = str(record.title);
  if (title) meta.title = title;
  const date = str(record.date);
  if (date) meta.date = date;
  const publisher = str(record.publisher) ?? str(record.source);
  if (publisher) meta.publisher = publisher;
  const url = str(record.url);
  if (url) meta.url = url;
  const kind = str(record.kind);
  if (kind) meta.kind = kind;
  const region = str(record.region);
  if (region) meta.region = region;
  const tags = record.tags;
  if (typeof tags === 'string') meta.tags = tags.split(/[,\s]+/).filter(Boolean);
  else if (Array.isArray(tags)) meta.tags = tags.filter((t): t is string => typeof t === 'string');
  return meta;
}
