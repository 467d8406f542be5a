// Finds every way a document names a place or body: gazetteer full names (临洮县), short names
// (临泽), zones (岷县工业园区), government bodies (市林草局, 区政府办公室), enterprises
// (市广升担保公司) and context words (全市, 该县). Resolution to real regions happens later, once
// the document's scope is known.
import type { RegionsLexicon } from '../lexicon/loadLexicon.ts';
import type { GazetteerIndex } from './gazetteerIndex.ts';

export type ScopeLevel = 'province' | 'prefecture' | 'county' | 'district' | 'zone';

export type Mention =
  | { type: 'named'; start: number; end: number; name: string; viaShort: boolean }
  | { type: 'context'; start: number; end: number; level: ScopeLevel }
  | { type: 'zone'; start: number; end: number; parentName: string; parentViaShort: boolean; zoneName: string }
  | {
      type: 'body';
      start: number;
      end: number;
      /** A named parent ("定西市中小企业服务中心") or a scope prefix ("市林草局"). */
      parentName: string | null;
      prefixLevel: ScopeLevel | null;
      body: string;
      suffix: string;
      entity: 'agency' | 'enterprise';
    };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escape)
    .join('|');

export type MentionFinder = (matchText: string) => Mention[];

export function createMentionFinder(gazetteer: GazetteerIndex, lex: RegionsLexicon): MentionFinder {
  const ambiguous = new Set(lex.ambiguousNames);
  const fullNames = [...gazetteer.byName.keys()].filter((n) => !ambiguous.has(n) && n.length >= 2);
  const shortNames = [...gazetteer.byShort.keys()].filter((n) => !ambiguous.has(n) && !gazetteer.byName.has(n));
  // Thousands of names: a regular-expression alternation of them is tried at every position and
  // dominated the whole build (89% of its time on 200 documents). An index by first character,
  // longest name first, finds the same leftmost-longest matches.
  // A full name wins over any short name at the same place, then the longer name wins.
  const namesByFirstChar = new Map<string, string[]>();
  const isFull = new Set(fullNames);
  for (const name of [...new Set([...fullNames, ...shortNames])]) {
    const first = name[0] ?? '';
    namesByFirstChar.set(first, [...(namesByFirstChar.get(first) ?? []), name]);
  }
  for (const list of namesByFirstChar.values())
    list.sort((a, b) => Number(isFull.has(b)) - Number(isFull.has(a)) || b.length - a.length || a.localeCompare(b));
  const nameAt = (text: string, i: number): string | null => {
    for (const name of namesByFirstChar.get(text[i] ?? '') ?? []) if (text.startsWith(name, i)) return name;
    return null;
  };
  const contextWords = Object.entries(lex.contextWords).flatMap(([level, words]) =>
    words.map((w) => ({ w, level: level as ScopeLevel })),
  );
  const contextRe = new RegExp(alternation(contextWords.map((c) => c.w)), 'g');
  const levelOfContext = new Map(contextWords.map((c) => [c.w, c.level]));
  const zoneSuffix = new RegExp(`^([\\p{Script=Han}]{0,6}?)(${alternation(lex.zones.suffixes)})`, 'u');
  const forbidden = lex.bodies.forbidden;
  const suffixes = [...lex.bodies.agencySuffixes, ...lex.bodies.enterpriseSuffixes];
  const bodyRe = new RegExp(`^([\\p{Script=Han}]{1,${lex.bodies.maxBodyChars}}?)(${alternation(suffixes)})`, 'u');
  const enterpriseSuffixes = new Set(lex.bodies.enterpriseSuffixes);
  const prefixChars = Object.keys(lex.bodies.prefixes);
  // A scope prefix starts a body only where a name can start: not inside a word (城市…, 建成市…).
  const bodyMayFollow = /^$|[^\p{Script=Han}]$|[在对由与和及向将把让被经、]$/u;
  const wordMayStart = /^$|[^\p{Script=Han}]$|[在对由与和及向将把让被经、的赴到至全是从]$/u;

  function readBody(text: string, at: number): { body: string; suffix: string; length: number } | null {
    const m = bodyRe.exec(text.slice(at, at + lex.bodies.maxBodyChars + 6));
    if (!m) return null;
    const body = m[1] ?? '';
    const suffix = m[2] ?? '';
    if (forbidden.some((f) => body.includes(f))) return null;
    return { body, suffix, length: m[0].length };
  }

  return function findMentions(text) {
    const mentions: Mention[] = [];
    const taken = new Uint8Array(text.length);
    const claim = (s: number, e: number) => taken.fill(1, s, e);
    const free = (s: number, e: number) => !taken.subarray(s, e).some((x) => x === 1);

    for (let i = 0; i < text.length;) {
      const name = nameAt(text, i);
      if (!name) {
        i += 1;
        continue;
      }
      const start = i;
      let end = start + name.length;
      const viaShort = !gazetteer.byName.has(name);
      // Short names (临泽) and two-character names (岷县, 范县) also occur inside words
      // (公共资源交易中心, 示范县): they count only where a word can start.
      if ((viaShort || name.length <= 2) && !wordMayStart.test(text.slice(Math.max(0, start - 1), start))) {
        i = start + 1;
        continue;
      }
      i = end;
      const rest = text.slice(end);
      const zone = zoneSuffix.exec(rest);
      if (zone && !forbidden.some((f) => (zone[1] ?? '').includes(f))) {
        end += zone[0].length;
        mentions.push({
          type: 'zone',
          start,
          end,
          parentName: name,
          parentViaShort: viaShort,
          zoneName: text.slice(start, end),
        });
        claim(start, end);
        i = end;
        continue;
      }
      const body = viaShort ? null : readBody(text, end);
      if (body) {
        mentions.push({
          type: 'body',
          start,
          end: end + body.length,
          parentName: name,
          prefixLevel: null,
          body: body.body,
          suffix: body.suffix,
          entity: enterpriseSuffixes.has(body.suffix) ? 'enterprise' : 'agency',
        });
        claim(start, end + body.length);
        i = end + body.length;
        continue;
      }
      mentions.push({ type: 'named', start, end, name, viaShort });
      claim(start, end);
    }

    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i] ?? '';
      if (!prefixChars.includes(ch) || taken[i]) continue;
      if (!bodyMayFollow.test(text.slice(Math.max(0, i - 1), i))) continue;
      const body = readBody(text, i + 1);
      if (!body || !free(i, i + 1 + body.length)) continue;
      mentions.push({
        type: 'body',
        start: i,
        end: i + 1 + body.length,
        parentName: null,
        prefixLevel: lex.bodies.prefixes[ch] ?? null,
        body: body.body,
        suffix: body.suffix,
        entity: enterpriseSuffixes.has(body.suffix) ? 'enterprise' : 'agency',
      });
      claim(i, i + 1 + body.length);
      i += body.length;
    }

    contextRe.lastIndex = 0;
    for (let m = contextRe.exec(text); m; m = contextRe.exec(text)) {
      const end = m.index + m[0].length;
      if (!free(m.index, end)) continue;
      mentions.push({ type: 'context', start: m.index, end, level: levelOfContext.get(m[0]) ?? 'prefecture' });
      claim(m.index, end);
    }
    return mentions.sort((a, b) => a.start - b.start);
  };
}
