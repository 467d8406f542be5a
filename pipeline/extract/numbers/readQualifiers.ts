// What qualifies a figure: 以上, 突破, 超过 (at least), 以内, 控制在 (at most; 控制在 only in plans),
// 约, 左右 (approximate), from the words before and after it.
import type { NumberCues } from './numberCues.ts';

export type Qualifiers = { bound?: 'min' | 'max'; approximate: boolean; boundInPlansOnly: boolean; cursor: number };

/** Reads the qualifiers after the unit (moving the cursor past them) and before the number. */
export function readQualifiers(
  cues: NumberCues,
  sentence: string,
  before: string,
  cursor: number,
  bound: 'min' | 'max' | undefined,
): Qualifiers {
  let at = cursor;
  let approximate = false;
  const after = sentence.slice(at);
  const sMin = cues.suffixMin.exec(after);
  const sMax = sMin ? null : cues.suffixMax.exec(after);
  const sApprox = sMin || sMax ? null : cues.suffixApprox.exec(after);
  if (sMin) {
    bound = 'min';
    at += sMin[0].length;
  } else if (sMax) {
    bound = 'max';
    at += sMax[0].length;
  } else if (sApprox) {
    approximate = true;
    at += sApprox[0].length;
  }
  let boundInPlansOnly = false;
  // "控制在3%左右": an approximate figure sets no ceiling.
  if (!sApprox) {
    if (cues.prefixMin.test(before)) bound = 'min';
    else if (cues.prefixMax.test(before)) {
      boundInPlansOnly = !sMax && cues.planOnlyMax !== null && cues.planOnlyMax.test(before);
      bound = 'max';
    }
  }
  if (cues.prefixApprox.test(before)) approximate = true;
  return { ...(bound ? { bound } : {}), approximate, boundInPlansOnly, cursor: at };
}
