// Reads every source document in a list of folders, recursively. Only .txt, .md and .html files
// are sources; a folder's README is its documentation, and anything else (answer keys, manifests)
// is listed so that nothing is passed over silently. A folder that is not there is a note, not an
// error: the default list names folders a checkout may not have beside it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { SourceFile } from '../document/types.ts';

/** What `npm run data` reads without --sources: the project's own and a user's documents, and the
 *  shared collections beside the checkout when they are there. */
export const DEFAULT_SOURCE_FOLDERS = ['data/sources', '../shared/corpus', '../shared/real-corpus'];
/** Read with `--national` until they are read well enough to show by default: China's government
 *  work reports (issue 17: today 54,000 unreviewed metrics and 3 GB of shards) and Gansu's county
 *  pages (issue 18: today about half of their headline figures found). */
export const NATIONAL_SOURCE_FOLDERS = ['../shared/gov-reports', '../shared/county-pages'];

export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export type SourceRead = { sources: SourceFile[]; ignored: string[]; missing: string[] };

export function readSources(dirs: string | string[], root: string): SourceRead {
  const read: SourceRead = { sources: [], ignored: [], missing: [] };
  for (const dir of Array.isArray(dirs) ? dirs : [dirs]) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      read.missing.push(shownPath(dir, root, dir));
      continue;
    }
    readFolder(dir, dir, root, read);
  }
  return read;
}

function readFolder(folder: string, dir: string, root: string, read: SourceRead): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) {
      readFolder(folder, path, root, read);
      continue;
    }
    const shown = shownPath(path, root, folder);
    if (/^readme(\.[a-z]+)?$/i.test(name) || !SOURCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) {
      read.ignored.push(shown);
      continue;
    }
    // The name within its folder identifies the document (its report id), wherever the folder is.
    const within = relative(folder, path).split('\\').join('/');
    read.sources.push({ path: shown, name: within, bytes: readFileSync(path) });
  }
}

/** Named from the project root; a folder outside it by its own name ("real-corpus/x.txt"), never "../../". */
function shownPath(path: string, root: string, folder: string): string {
  const fromRoot = relative(root, path).split('\\').join('/');
  if (!fromRoot.startsWith('../')) return fromRoot;
  const inFolder = relative(folder, path).split('\\').join('/');
  return inFolder ? `${basename(folder)}/${inFolder}` : basename(folder);
}
