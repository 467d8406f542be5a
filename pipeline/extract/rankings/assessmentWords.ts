// What is assessed, as the sentence words it: quotes, list numbers, lead-ins (在, 其中) and the
// adverbs before a verb (均, 分别, 连续) are not part of the name; a bare later part of a list takes
// the modifier of the first.

/** The name of an assessment without the words around it in the sentence. */
export const cleanAssessment = (s: string) =>
  s
    .replace(/[“”"‘’「」]/g, '')
    .replace(/^[(（][一二三四五六七八九十\d]+[)）]/, '')
    .replace(/^(在|其中|并|且|持续|深入|优化|经(?!济))+/, '')
    .replace(/^连续[一二两三四五六七八九十\d]+年/, '')
    .replace(/(均|都|分别|也|还|连续|持续|稳定|始终|继续|一直|再次|首次)+$/, '')
    .replace(/(达到?|为|是)$/, '')
    .replace(/中$/, '')
    .trim();

/** "信贷总量、增量": a bare later part takes the modifier of the first ("信贷增量"). */
export function shareHead(parts: string[], bareHeads: string[]): string[] {
  const first = parts[0];
  if (!first || parts.length < 2) return parts;
  return parts.map((p, i) => {
    if (i === 0 || !bareHeads.includes(p)) return p;
    const head = bareHeads.find((h) => first.endsWith(h));
    return head ? first.slice(0, first.length - head.length) + p : p;
  });
}
