// What goes into reading one document and what comes out of it.
import type { Fact, Metric, Ranking, Region, Report, ReportText } from '../../src/data/schema.ts';

export type SourceFile = {
  /** How the document is named in the dataset and the summary ("data/sources/x.txt", "real-corpus/x.txt"). */
  path: string;
  /** Its path within its source folder ("x.txt", "cities-major/成都市/2019.md"): its report id is made
   *  from this, so the id stays when the folder moves. Defaults to the file name of `path`. */
  name?: string;
  bytes: Uint8Array;
  /** What data/documents.yaml says of the document. */
  note?: DocumentNote;
};

/** Facts about a document its text does not say clearly (data/documents.yaml). */
export type DocumentNote = {
  /** The report id to keep (a document that came to the project under another file name). */
  id?: string;
  /** The publication date when the text gives none, as a dated file name would. */
  date?: string;
  title?: string;
  publisher?: string;
  url?: string;
  kind?: string;
  /** Full name with its parents, for a page that names its place only as 我县, 全县. */
  region?: string;
};

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
