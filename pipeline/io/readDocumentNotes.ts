// Reads data/documents.yaml: facts about source documents their text does not say clearly (a date,
// a region, the id a document has had), reviewed like the lexicon. A malformed file is an error
// that names the file, the entry and the reason; no file, no notes.
import { z } from 'zod';
import type { DocumentNote, SourceFile } from '../document/types.ts';
import { readReviewedYaml } from './readReviewedYaml.ts';

export class DocumentNotesError extends Error {}

const noteSchema = z
  .object({
    /** The document's path within its source folder, or ending with it ("real-corpus/b01_….txt"). */
    file: z.string().min(1),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes')
      .optional(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY-MM-DD')
      .optional(),
    title: z.string().optional(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    kind: z.string().optional(),
    region: z.string().optional(),
  })
  .strict();
const notesFileSchema = z.object({ documents: z.array(noteSchema).default([]) });

export type NoteEntry = z.infer<typeof noteSchema>;

export function readDocumentNotes(path: string, shownAs = 'data/documents.yaml'): NoteEntry[] {
  const file = readReviewedYaml(path, notesFileSchema, shownAs, (m) => new DocumentNotesError(m));
  return file?.documents ?? [];
}

/** Gives each source the note that names it; returns the notes that name no source, for the summary. */
export function attachNotes(sources: SourceFile[], notes: NoteEntry[]): { sources: SourceFile[]; unmatched: string[] } {
  const used = new Set<NoteEntry>();
  const attached = sources.map((source) => {
    const note = notes.find((n) => source.path === n.file || source.path.endsWith(`/${n.file}`));
    if (!note) return source;
    used.add(note);
    const { file: _file, ...rest } = note;
    return { ...source, note: rest satisfies DocumentNote };
  });
  return { sources: attached, unmatched: notes.filter((n) => !used.has(n)).map((n) => n.file) };
}
