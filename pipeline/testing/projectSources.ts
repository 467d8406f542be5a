// The documents the corpus, contract and reading tests run on: the first documents and the real
// pages, read from ../shared (never copied into the repository), with what data/documents.yaml
// says of them (their ids and dates).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../document/types.ts';
import { attachNotes, readDocumentNotes } from '../io/readDocumentNotes.ts';
import { readSources } from '../io/readSources.ts';

/** The shared collections the careful-reader lists are about. */
export const LISTED_FOLDERS = ['../shared/corpus', '../shared/real-corpus'];

export function readProjectSources(folders: string[] = LISTED_FOLDERS, root = process.cwd()): SourceFile[] {
  for (const f of folders) {
    if (!existsSync(join(root, f)))
      throw new Error(`${f} is not there: the tests read the shared documents from beside the checkout (../shared)`);
  }
  const { sources } = readSources(
    folders.map((f) => join(root, f)),
    root,
  );
  return attachNotes(sources, readDocumentNotes(join(root, 'data/documents.yaml'))).sources;
}
