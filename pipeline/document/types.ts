// What goes into reading one document and what comes out of it.
import type { Fact, Metric, Ranking, Region, Report, ReportText } from '../../src/data/schema.ts';

export type SourceFile = { path: string; bytes: Uint8Array };

/** A figure no metric took, as the build report lists it. */
export type UnmappedFigure = { reportId: string; raw: string; unit: string; quote: string; span: [number, number] };

export type DocumentResult =
  | { status: 'skipped'; file: string; reason: string; warnings: string[] }
  | {
      status: 'read';
      file: string;
      fingerprint: string;
      encoding: string;
      report: Report;
      text: ReportText;
      facts: Fact[];
      rankings: Ranking[];
      regions: Region[];
      /** Metrics named by the document's own words for figures no lexicon metric fits. */
      metrics: Metric[];
      warnings: string[];
      unmapped: UnmappedFigure[];
    };
