// Tables written as text, in the two shapes pages use:
//   rows of cells between bars:   品名 | 播种面积(亩) | 同比增减(%) | 产量(吨)
//                                 小麦 | 21500 | 1.3 | 8600
//   one cell a line, after a title or a 单位 line (statistical bulletins copied from PDF):
//                                 单位:亿元、元、%  /  指标 / 总量 / 比上年增长 / 生产总值 / 356.26 / 6.3 / …
// Offsets are into the text the extractor reads, so every cell can be quoted.

export type TableCell = { text: string; start: number; end: number };
export type TableRow = { label: TableCell; cells: TableCell[] };
export type TextTable = {
  /** The line naming the table ("表1:2018年定西市生产总值及增长速度"), if any. */
  title: string;
  /** Column headers after the label column ("总量", "比上年增长", "播种面积(亩)"). */
  headers: string[];
  /** Units the table names for all its figures ("单位:亿元、元、%"). */
  units: string[];
  rows: TableRow[];
};

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const UNIT_LINE = /^单位\s*[:：]\s*(.+)$/;
const TITLE_LINE = /^表\s*\d+\s*[:：．.、]?\s*(.*)$/;
/** A cell line: short and without clause punctuation. */
const CELL = /^[^，,。；;！？]{1,24}$/;

export function findTables(text: string, paragraphs: [number, number][]): TextTable[] {
  if (!/[|｜]|单位\s*[:：]/.test(text)) return [];
  const lines = paragraphs.map(([s, e]) => ({ text: text.slice(s, e), start: s, end: e }));
  return [...barTables(lines), ...lineTables(lines)];
}

type Line = { text: string; start: number; end: number };

function cellsOf(line: Line): TableCell[] {
  const cells: TableCell[] = [];
  let at = line.start;
  for (const part of line.text.split(/[|｜]/)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    cells.push({ text, start: at + lead, end: at + lead + text.length });
    at += part.length + 1;
  }
  return cells.filter((c, i, all) => !(c.text === '' && (i === 0 || i === all.length - 1)));
}

function barTables(lines: Line[]): TextTable[] {
  const tables: TextTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = lines[i] as Line;
    const width = cellsOf(header).length;
    if (width < 2 || !/[|｜]/.test(header.text)) {
      i += 1;
      continue;
    }
    const rows: TableRow[] = [];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const line = lines[j] as Line;
      if (/^[\s|｜:：\-—]+$/.test(line.text)) continue; // a markdown rule under the header
      const cells = cellsOf(line);
      if (!/[|｜]/.test(line.text) || cells.length !== width) break;
      const [label, ...rest] = cells;
      if (label) rows.push({ label, cells: rest });
    }
    if (rows.length) {
      const titleLine = lines[i - 1]?.text ?? '';
      tables.push({
        title: TITLE_LINE.test(titleLine) ? titleLine : '',
        headers: cellsOf(header)
          .slice(1)
          .map((c) => c.text),
        units: unitsBefore(lines, i),
        rows,
      });
    }
    i = Math.max(j, i + 1);
  }
  return tables;
}

/** One cell a line: the header cells up to the first number, then label and figures row by row. */
function lineTables(lines: Line[]): TextTable[] {
  const tables: TextTable[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const unitLine = UNIT_LINE.exec(lines[i]?.text ?? '');
    if (!unitLine) continue;
    const cells: Line[] = [];
    for (
      let j = i + 1;
      j < lines.length &&
      CELL.test(lines[j]?.text ?? '') &&
      !UNIT_LINE.test(lines[j]?.text ?? '') &&
      !TITLE_LINE.test(lines[j]?.text ?? '');
      j += 1
    )
      cells.push(lines[j] as Line);
    const firstNumber = cells.findIndex((c) => NUMBER.test(c.text));
    if (firstNumber < 2) continue;
    let columns = 0;
    while (NUMBER.test(cells[firstNumber + columns]?.text ?? '')) columns += 1;
    const headerCells = cells.slice(0, firstNumber - 1);
    // The header is the label column's name and one name a figure column.
    if (headerCells.length !== columns + 1) continue;
    const rows: TableRow[] = [];
    for (let k = firstNumber - 1; k + columns < cells.length + 0 && k < cells.length; k += columns + 1) {
      const label = cells[k] as Line;
      const figures = cells.slice(k + 1, k + 1 + columns);
      if (NUMBER.test(label.text) || figures.length !== columns || !figures.every((f) => NUMBER.test(f.text))) break;
      rows.push({ label: { ...label }, cells: figures.map((f) => ({ ...f })) });
    }
    const titleLine = lines[i - 1]?.text ?? '';
    if (rows.length)
      tables.push({
        title: TITLE_LINE.test(titleLine) ? titleLine : '',
        headers: headerCells.slice(1).map((c) => c.text),
        units: splitUnits(unitLine[1] ?? ''),
        rows,
      });
  }
  return tables;
}

function unitsBefore(lines: Line[], at: number): string[] {
  for (const back of [1, 2]) {
    const m = UNIT_LINE.exec(lines[at - back]?.text ?? '');
    if (m) return splitUnits(m[1] ?? '');
  }
  return [];
}

const splitUnits = (s: string) =>
  s
    .split(/[、,，/\s]+/)
    .map((u) => u.trim())
    .filter(Boolean);

/** "播种面积(亩)" → { measure: "播种面积", unit: "亩" }. */
export function headerParts(header: string): { measure: string; unit: string | null } {
  const m = /^(.*?)\s*[(（]\s*([^)）]+?)\s*[)）]\s*$/.exec(header);
  return m ? { measure: (m[1] ?? '').trim(), unit: (m[2] ?? '').trim() } : { measure: header.trim(), unit: null };
}
