// Decides which real region each mention in a document means, and what the document is about.
// A place named inside its parent ("南通市通州区", "福州市鼓楼区") is the child, resolved within that
// parent, and counts as one mention of the child. Other names shared across China (鼓楼区 ×4) are
// settled by weighing the document's own evidence: its publisher (南通日报 → 南通市) and title weigh
// most, each unambiguous name counts once, a place named as a partner ("与北京市…签订", "赴深圳市")
// counts for nothing; when the evidence does not decide, the name stays unresolved (with a warning)
// rather than taking the first code. Context words (全市, 该县) and bodies without a named parent
// (市林草局) resolve through the document's scope.
//
// The rules live in regions/, by family: the evidence and its weights (documentEvidence), the
// front matter's region and the publisher (declaredPlaces), mentions paired with their parents
// (units), names shared across China (resolveName), the subject and its scope (documentSubject),
// and each mention as a region (resolveMentions).
import { startEvidence, weighEvidence } from './regions/documentEvidence.ts';
import { documentSubject, scopeOf } from './regions/documentSubject.ts';
import { resolveMentions } from './regions/resolveMentions.ts';
import type { RegionInputs, RegionResolution } from './regions/types.ts';

export type { DocumentScope, RegionResolution, ResolvedMention } from './regions/types.ts';

/** All evidence is weighed before any shared name is settled, and the subject before the mentions
 *  that resolve through its scope. */
export function resolveRegions(input: RegionInputs): RegionResolution {
  const d = startEvidence(input);
  const sources = weighEvidence(d);
  const subjectCode = documentSubject(d, sources);
  const scope = scopeOf(d, subjectCode);
  if (!subjectCode) d.warnings.push('no region found for the document: figures without an explicit region are dropped');
  return { scope, mentions: resolveMentions(d, sources.textUnits, scope), warnings: d.warnings };
}
