// Pages copied from the web break sentences across lines: a line ends without 。；：！？ and the
// next line continues it (",截至2020年，环县下辖…", "。", or a wrap at a fixed width). Such lines
// are one paragraph. A heading ("一、综合", "（二）农业") or a table cell is never joined to prose.

const SENTENCE_END = /[。！？!?；;:：…”」』）)]$/;
/** A line that can only continue the one before: it opens with punctuation a sentence cannot start with. */
const CONTINUES = /^[，,、。；;：:！？!?）)」』”%％]/;
const HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[章节部分条]|[-—•·*#>|]|表\d)/;
/** Lines of a table written as text are short and hold no clause punctuation. */
const CELL = /^[^，,。；;]{0,16}$/;

export function joinBrokenLines(lines: string[]): string[] {
  const trimmed = lines.map((l) => l.trim());
  const wrapWidth = typicalWrapWidth(trimmed);
  const out: string[] = [];
  let lastLine = '';
  for (const line of trimmed) {
    const previous = out.length ? (out[out.length - 1] as string) : null;
    if (previous && line && shouldJoin(lastLine, line, wrapWidth)) out[out.length - 1] = previous + line;
    else out.push(line);
    lastLine = line;
  }
  return out;
}

/** `a` is the physical line before `b` (the paragraph so far may be longer). */
function shouldJoin(a: string, b: string, wrapWidth: number | null): boolean {
  if (HEADING.test(b)) return false;
  // A wrap at a fixed width: the line is as long as the page's other wrapped lines; where it
  // breaks (even after 。) says nothing, a shorter line ends the paragraph.
  if (wrapWidth !== null && [...a].length >= wrapWidth - 1 && !CELL.test(a)) return true;
  if (SENTENCE_END.test(a)) return false;
  return CONTINUES.test(b) && (!CELL.test(a) || /[\p{Script=Han}\d]$/u.test(a));
}

/** The width at which a page wraps its lines: the most common length of long lines that end mid-sentence, if several share it. */
function typicalWrapWidth(lines: string[]): number | null {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const n = [...l].length;
    if (n >= 20) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const [width, count] = [...counts.entries()].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0] ?? [0, 0];
  // Prose lines of a page rarely share a length; wrapped ones do, and they are most of the long lines.
  const long = [...counts.values()].reduce((a, b) => a + b, 0);
  return count >= 3 && count >= long * 0.5 ? width : null;
}
