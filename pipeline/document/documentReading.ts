// One document being read: its prepared text, dating, regions, and where its warnings and
// unmapped figures go. The document family's steps (readSentences, tableDrafts, unreviewedDrafts,
// assembleFacts) read it; only they add to its warnings and unmapped list.
import type { FactKind } from '../../src/data/schema.ts';
import type { RegionResolution } from '../resolve/resolveRegions.ts';
import type { RegionRegistry } from '../resolve/regionRegistry.ts';
import type { Sentence } from '../segment/splitSentences.ts';
import type { DocumentDating } from './dateDocument.ts';
import type { ExtractionContext } from './extractionContext.ts';
import type { PreparedText } from './prepareText.ts';
import type { UnmappedFigure } from './types.ts';

export type DocumentReading = {
  ctx: ExtractionContext;
  path: string;
  reportId: string;
  prepared: PreparedText;
  dating: DocumentDating;
  resolution: RegionResolution;
  registry: RegionRegistry;
  sentences: Sentence[];
  /** Where the page is cut off mid-sentence (its last sentence has no end), or null. */
  cutOffAt: number | null;
  warnings: string[];
  unmapped: UnmappedFigure[];
};

/** The region a figure of this subject counts for: an agency's figures count for its territory. */
export function ownerOf(reading: DocumentReading, id: string): string {
  const region = reading.registry.get(id);
  return region?.level === 'agency' && region.parentId ? region.parentId : id;
}

/** The figure kind of a section, or 'none' for a glossary or an annex. */
export type SectionKind = FactKind | 'none';
