// Each mention of the text as a region: a place by its name, a zone or body as a child of its
// parent (registered, with the alias the text used), a context word (全市, 该县) through the
// document's scope; and whether it may be the subject of its clause.
import type { ScopeLevel } from '../findMentions.ts';
import type { DocumentEvidence } from './documentEvidence.ts';
import { resolveName } from './resolveName.ts';
import type { DocumentScope, ResolvedMention, Unit } from './types.ts';
import { namedOf } from './units.ts';

/** The text's mentions as regions, in order; a name the evidence does not settle is left out. */
export function resolveMentions(d: DocumentEvidence, units: Unit[], scope: DocumentScope): ResolvedMention[] {
  const resolved: ResolvedMention[] = [];
  for (const u of units) {
    const mention = resolveUnit(d, u, scope);
    if (mention) resolved.push(mention);
  }
  return resolved;
}

/** The region a unit means, registering it; null when its name or parent does not resolve. */
function resolveUnit(d: DocumentEvidence, u: Unit, scope: DocumentScope): ResolvedMention | null {
  const { input } = d;
  const { lex, registry } = input;
  const m = u.m;
  const start = u.parent?.start ?? m.start;
  const subjectEligible = isSubjectEligible(d, u);
  const alias = input.text.slice(m.start, m.end);
  registerParent(d, u);
  if (m.type === 'named') {
    const code = u.code ?? resolveName(d, m.name, m.viaShort);
    if (!code) return null;
    registry.addPlace(code);
    registry.addAlias(code, alias);
    return { start, end: m.end, regionId: code, level: 'place', isContext: false, subjectEligible };
  } else if (m.type === 'zone') {
    const parent = u.code ?? resolveName(d, m.parentName, m.parentViaShort);
    if (!parent) return null;
    registry.addPlace(parent);
    const id = registry.addChild(parent, input.toSimplified(m.zoneName), 'zone');
    registry.addAlias(id, alias);
    return { start, end: m.end, regionId: id, level: 'zone', isContext: false, subjectEligible };
  } else if (m.type === 'body') {
    const parent = m.parentName
      ? resolveName(d, m.parentName, false)
      : m.prefixLevel
        ? scopeFor(scope, m.prefixLevel)
        : null;
    if (!parent) return null;
    registry.addPlace(parent);
    const short = m.body + m.suffix;
    const expanded = lex.bodies.abbreviations[short] ?? short;
    const parentName = registry.get(parent)?.name ?? '';
    const id = registry.addChild(parent, parentName + expanded, m.entity);
    registry.addAlias(id, alias);
    return { start: m.start, end: m.end, regionId: id, level: m.entity, isContext: false, subjectEligible };
  }
  const regionId = m.level === 'zone' ? null : scopeFor(scope, m.level);
  if (regionId) registry.addPlace(regionId);
  return { start: m.start, end: m.end, regionId, level: m.level, isContext: true, subjectEligible };
}

/** Whether a mention may be whose the figures are: not a partner, a ranking's scope, a helper or a position. */
function isSubjectEligible(d: DocumentEvidence, u: Unit): boolean {
  const { matchText } = d;
  const m = u.m;
  const start = u.parent?.start ?? m.start;
  const before = matchText.slice(Math.max(0, start - 3), start);
  const after = matchText.slice(m.end, m.end + 2);
  // "全省排名第4": a context word framing a rank is the scope of the ranking, not a subject.
  const framesRank = m.type === 'context' && /^(排名|排在|排第|排位|位居|位列)/.test(matchText.slice(m.end, m.end + 3));
  // "青岛市帮助定西籍脱贫劳动力…就业": a place helping another is not whose the figures are.
  const helps = /^(帮助|帮扶|支援|援助|协助|对口支援|对口帮扶)/.test(matchText.slice(m.end, m.end + 4));
  return !d.notSubject.test(before) && !framesRank && !helps && !/^(第|前|首|唯一)/.test(after);
}

/** "南通市通州区": the parent named before its child is a place of the document too, with its alias. */
function registerParent(d: DocumentEvidence, u: Unit): void {
  const { gazetteer, input } = d;
  if (!u.parent || !u.code) return;
  const parentNamed = namedOf(u.parent);
  const parentCode = gazetteer
    .ancestors(u.code)
    .find((a) => parentNamed && (a.name === parentNamed.name || a.short === parentNamed.name))?.code;
  if (parentCode) {
    input.registry.addPlace(parentCode);
    input.registry.addAlias(parentCode, input.text.slice(u.parent.start, u.parent.end));
  }
}

/** The region a context word of a level means in this document (全区 is the county where there is no district). */
function scopeFor(scope: DocumentScope, level: ScopeLevel): string | null {
  if (level === 'district') return scope.district ?? scope.county;
  if (level === 'zone') return null;
  return scope[level];
}
