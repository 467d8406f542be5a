// What a reader cannot state as one figure: a range ("1万-5万元", "3000-5000元", "1万至5万元",
// "两到三万", "八百到九百亿", "10%-15%") and a vague count ("数十亿元"). Such figures are left out
// and said in the summary, never changed into one end or one value.

/** Connectors of a range; 至 and 到 also end a change's verb ("提高到"), which is no range. */
const CONNECTOR = '[-－−–~～至到]';
const NUMERAL = '[\\d零〇一二两三四五六七八九十百千万亿]';
/** Words between a figure and 至/到 that make it a change (由…提高到…), not a range. */
const CHANGE_WORDS = /[增长提高降减升扩达缩压为至到]/;
const upper = new RegExp(`${NUMERAL}([^\\s，,。；;、:：\\d]{0,3})\\s*${CONNECTOR}\\s*$`);
const lower = new RegExp(`^\\s*${CONNECTOR}\\s*${NUMERAL}`);
/** The lead of a clause with 由/从: its 至/到 is where a change ends. */
const FROM_LEAD = /[由从]/;

export type Unsure = 'range' | 'vague' | null;

/**
 * Whether the figure from `numStart` (its sign included) to `cursor` (after its unit) is an end of a
 * range or a vague amount. `clauseStart` is where its clause starts.
 */
export function unsureAt(sentence: string, numStart: number, cursor: number, clauseStart: number): Unsure {
  // "数十亿元", "数百万人": several tens, several hundreds.
  if (/[数几]$/.test(sentence.slice(0, numStart)) && /^[十百千万亿]/.test(sentence.slice(numStart))) return 'vague';
  const lead = sentence.slice(clauseStart, numStart);
  const before = upper.exec(sentence.slice(Math.max(clauseStart, numStart - 8), numStart));
  if (before && !CHANGE_WORDS.test(before[1] ?? '') && !(FROM_LEAD.test(lead) && /[至到]\s*$/.test(before[0])))
    return 'range';
  const after = sentence.slice(cursor);
  if (lower.test(after) && !(FROM_LEAD.test(lead) && /^\s*[至到]/.test(after))) return 'range';
  return null;
}
