// Builds the stored report text: one paragraph a line, trimmed, with the paragraph offsets.
// Some sources put a whole report on one line with a space between paragraphs and around
// headings ("…提出意見。 2023年工作回顧 2023年是…"); Chinese prose has no other spaces, so a
// space after sentence-final punctuation, or after a short unpunctuated heading, is a break.
// Spaces inside a sentence ("23 名", "瞄准 “走在前列”") are kept.

export type Paragraphs = { text: string; paragraphs: [number, number][] };

const HEADING_MAX_CHARS = 24;
const LONG_LINE_CHARS = 600;
const HEADING_MIN_CHARS = 4;
const sentenceEnd = /[。！？!?；;:：”」』)）]$/;

export function splitLongLine(line: string): string[] {
  const pieces = line.split(/([ \t\u3000]+)/);
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < pieces.length; i += 2) {
    const word = pieces[i] ?? '';
    const gap = pieces[i + 1];
    current += word;
    if (gap === undefined) break;
    const trimmed = current.trim();
    // "——2024年1月21日在…会议上" under a report's title is a line of its own, however long.
    const isHeading =
      trimmed.length >= HEADING_MIN_CHARS &&
      (trimmed.length <= HEADING_MAX_CHARS || /^[—-]{2}/.test(trimmed)) &&
      !/[，,。；;、]/.test(trimmed);
    const nextStartsCjkOrDigit = /^[\p{Script=Han}\d“"「（(一二三四五六七八九十—]/u.test(pieces[i + 2] ?? '');
    // "26: 32.5: 41.5" is a ratio written with spaces, not three paragraphs.
    const ratioGap = /\d[:：]$/.test(trimmed) && /^\d/.test(pieces[i + 2] ?? '');
    if (
      trimmed &&
      nextStartsCjkOrDigit &&
      !ratioGap &&
      (sentenceEnd.test(trimmed) || isHeading) &&
      !/\d$/.test(trimmed)
    ) {
      out.push(trimmed);
      current = '';
    } else {
      current += gap;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

export function splitParagraphs(lines: string[]): Paragraphs {
  const paragraphsText: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '').replace(/^[\s\u3000]+/, '');
    if (!line) continue;
    // Only a line far longer than a paragraph is a whole report; a title line keeps its spaces.
    for (const piece of line.length > LONG_LINE_CHARS ? splitLongLine(line) : [line]) paragraphsText.push(piece);
  }
  const paragraphs: [number, number][] = [];
  let offset = 0;
  for (const p of paragraphsText) {
    paragraphs.push([offset, offset + p.length]);
    offset += p.length + 1;
  }
  return { text: paragraphsText.join('\n'), paragraphs };
}
