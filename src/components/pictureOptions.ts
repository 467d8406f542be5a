// A select in a build-time first paint is only seen, never opened (the first paint is inert), and the
// dashboard replaces it within a second. What shows is the chosen option, in a box as wide as the
// widest option: the map's and compare page's metric pickers hold some 400 metrics, whose parsing,
// styling and text shaping the first paint would pay for nothing.

export type OptionGroup = { label: string; options: { value: string; label: string }[] };

/** Options kept beside the chosen one: the widest by estimate. More than one, as the estimate can
 *  misjudge a label's drawn width by a character or two. */
export const WIDEST_KEPT = 8;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A label's width in ems, estimated: Chinese and full-width characters are square, the rest narrower. */
export function estimatedWidth(label: string): number {
  let em = 0;
  for (const ch of label) em += WIDE.test(ch) ? 1 : 0.6;
  return em;
}

/** The groups as a first paint draws them: the chosen option and the widest few, each in its own
 *  group (a group indents its options, which counts for the select's width; a group's own label
 *  does not, in Chromium), empty groups left out. */
export function pictureOptions(groups: OptionGroup[], chosen: string, widest = WIDEST_KEPT): OptionGroup[] {
  const byWidth = groups.flatMap((g) => g.options.map((o) => ({ value: o.value, width: estimatedWidth(o.label) })));
  const kept = new Set([
    chosen,
    ...byWidth
      .sort((a, b) => b.width - a.width)
      .slice(0, widest)
      .map((o) => o.value),
  ]);
  return groups
    .map((g) => ({ label: g.label, options: g.options.filter((o) => kept.has(o.value)) }))
    .filter((g) => g.options.length > 0);
}
