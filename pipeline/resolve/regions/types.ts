// The shapes region resolution passes around: what the document hands in (RegionInputs), what
// comes back (the document's scope and its resolved mentions), and the unit a mention is read as.
import type { RegionsLexicon } from '../../lexicon/loadLexicon.ts';
import type { Mention, MentionFinder, ScopeLevel } from '../findMentions.ts';
import type { GazetteerIndex } from '../gazetteerIndex.ts';
import type { RegionRegistry } from '../regionRegistry.ts';

export type DocumentScope = {
  subjectId: string | null;
  province: string | null;
  prefecture: string | null;
  county: string | null;
  district: string | null;
};

export type ResolvedMention = {
  start: number;
  end: number;
  /** null for a context word whose level the document has no region for, or 园区 (resolved per paragraph). */
  regionId: string | null;
  level: ScopeLevel | 'agency' | 'enterprise' | 'place';
  isContext: boolean;
  subjectEligible: boolean;
};

export type RegionResolution = { scope: DocumentScope; mentions: ResolvedMention[]; warnings: string[] };

export type RegionInputs = {
  matchText: string;
  text: string;
  mentions: Mention[];
  title: string;
  publisher: string;
  findMentions: MentionFinder;
  gazetteer: GazetteerIndex;
  lex: RegionsLexicon;
  registry: RegionRegistry;
  toSimplified: (s: string) => string;
  /** Front matter `region:` ("河南省平顶山市郏县"): the region of a page that names it only through its site. */
  declaredRegion?: string;
};

/** A mention, or a mention with the parent named right before it ("南通市" + "通州区"). */
export type Unit = { m: Mention; parent: Mention | null; code: string | null };
