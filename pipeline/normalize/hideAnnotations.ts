// Reposting sites annotate characters with their pinyin ("報(bào)告", "增長(zhǎng)") and leave
// stray tokens at line ends ("…增长8.1%F9f"). They are part of the page as it came, so the stored
// text keeps them and every quote is cut from it; the extractor reads a view without them, where
// "增長(zhǎng)" is "增長" again. The view maps each of its offsets back to the stored text.

export type AnnotationRules = {
  /** One annotation: matched at a position, removed from the view when `hide` (if given) agrees. */
  patterns: {
    pattern: RegExp;
    hide?: (match: string) => boolean;
    /** A cheap test the text must pass for the pattern to be tried at all. */ precheck?: RegExp;
  }[];
};

export type TextView = {
  /** The text the extractor reads. */
  text: string;
  /** `toStored[i]` is the offset in the stored text of the view's character i; one entry more than the view is long (empty when nothing is hidden). */
  toStored: Int32Array;
  /** `toView[j]` is the view offset of stored offset j (or of the next kept character). */
  toView: Int32Array;
  /** Whether anything was hidden (the view is the stored text otherwise). */
  changed: boolean;
};

const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** A pinyin syllable in brackets after a character: at least one tone mark, lower case only, so "(GDP)" and "(一)" stay. */
export const PINYIN_ANNOTATION = new RegExp(`(?<=[\\p{Script=Han}?？])[(（][a-zü]*[${TONE_VOWELS}][a-zü]*[)）]`, 'gu');
/** A short token glued to the end of a line of Chinese text ("F9f", "a3B"): kept only when it reads
 *  like a word or an acronym (all capitals, "GDP"; all lower case), hidden when it mixes letters with
 *  digits or cases the way a repost's tracking token does. */
export const LINE_END_TOKEN = /(?<=[\p{Script=Han}。，、；：！？%）)”」])[A-Za-z][A-Za-z0-9]{1,4}$/gmu;
const looksStray = (token: string) => /\d/.test(token) || (/[A-Z]/.test(token) && /[a-z]/.test(token));

/** An encyclopedia copy's citation marks, "[17]", "[1-12]", "[90-92]", "[3,5]": no part of the sentence
 *  ("…同比增长3.6%。[17]2022年,迭部县…" opens with its year). Four digits are a year or a number ("[2023]"). */
export const CITATION_MARK = /\s?\[\d{1,3}(?:\s?[-–,，、]\s?\d{1,3})*\]/g;

export const defaultAnnotationRules: AnnotationRules = {
  patterns: [
    { pattern: PINYIN_ANNOTATION, precheck: new RegExp(`[${TONE_VOWELS}]`) },
    { pattern: CITATION_MARK, precheck: /\[\d/ },
    { pattern: LINE_END_TOKEN, hide: looksStray, precheck: /[A-Za-z0-9]$/m },
  ],
};

export function hideAnnotations(stored: string, rules: AnnotationRules = defaultAnnotationRules): TextView {
  const hidden = new Uint8Array(stored.length);
  let changed = false;
  for (const { pattern, hide, precheck } of rules.patterns) {
    if (precheck && !precheck.test(stored)) continue;
    for (const m of stored.matchAll(pattern)) {
      if (hide && !hide(m[0])) continue;
      hidden.fill(1, m.index, m.index + m[0].length);
      changed = true;
    }
  }
  // Nothing hidden (most pages): the view is the stored text, and no offset needs mapping.
  if (!changed) return { text: stored, toStored: EMPTY, toView: EMPTY, changed };
  const toView = new Int32Array(stored.length + 1);
  const toStored = new Int32Array(stored.length + 1);
  const parts: string[] = [];
  let kept = 0;
  let runStart = -1;
  for (let j = 0; j < stored.length; j += 1) {
    toView[j] = kept;
    if (hidden[j]) {
      if (runStart >= 0) parts.push(stored.slice(runStart, j));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = j;
    toStored[kept] = j;
    kept += 1;
  }
  if (runStart >= 0) parts.push(stored.slice(runStart));
  toView[stored.length] = kept;
  toStored[kept] = stored.length;
  return { text: parts.join(''), toStored: toStored.subarray(0, kept + 1), toView, changed };
}

const EMPTY = new Int32Array(0);

/** A span of the view as a span of the stored text: from its first character to just after its last. */
export function storedSpan(view: TextView, [start, end]: [number, number]): [number, number] {
  if (!view.changed) return [start, end];
  if (end <= start) {
    const at = view.toStored[start] ?? 0;
    return [at, at];
  }
  return [view.toStored[start] ?? 0, (view.toStored[end - 1] ?? 0) + 1];
}

/** A span of the stored text (a paragraph) as a span of the view. */
export function viewSpan(view: TextView, [start, end]: [number, number]): [number, number] {
  if (!view.changed) return [start, end];
  return [view.toView[start] ?? 0, view.toView[end] ?? 0];
}
