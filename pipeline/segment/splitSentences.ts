// Sentences and clauses as offsets into the text (never copies), so every quote can be cut from
// the stored text. A sentence ends at 。！？ (with any closing quote); clauses end at ，；, and at
// a half-width comma that is not a thousands separator (traditional-script sources use ",").

export type Span = [number, number];
export type Sentence = { span: Span; paragraph: number; clauses: Span[] };

const sentenceEnd = /[。！？!?]/;
const closers = /[”’」』)）"]/;

function isClauseBreak(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '，' || ch === '；' || ch === ';') return true;
  if (ch === ',') {
    // 1,234 is a number; 增长7%,跨上70亿元 is two clauses.
    return !(/\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5)));
  }
  return false;
}

export function splitSentences(text: string, paragraphs: Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach(([pStart, pEnd], paragraph) => {
    let start = pStart;
    let i = pStart;
    while (i < pEnd) {
      if (sentenceEnd.test(text[i] ?? '')) {
        let end = i + 1;
        while (end < pEnd && (sentenceEnd.test(text[end] ?? '') || closers.test(text[end] ?? ''))) end += 1;
        push(start, end);
        start = end;
        i = end;
      } else {
        i += 1;
      }
    }
    if (start < pEnd) push(start, pEnd);

    function push(s: number, e: number) {
      while (s < e && /\s/.test(text[s] ?? '')) s += 1;
      if (s >= e) return;
      sentences.push({ span: [s, e], paragraph, clauses: splitClauses(text, s, e) });
    }
  });
  return sentences;
}

export function splitClauses(text: string, start: number, end: number): Span[] {
  const clauses: Span[] = [];
  let s = start;
  for (let i = start; i < end; i += 1) {
    if (isClauseBreak(text, i)) {
      if (i > s) clauses.push([s, i]);
      s = i + 1;
    }
  }
  if (s < end) clauses.push([s, end]);
  return clauses;
}
