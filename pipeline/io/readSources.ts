// Reads every source document in a folder. Only .txt, .md and .html files are sources; anything
// else in the folder is listed so that nothing is passed over silently.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { SourceFile } from '../runPipeline.ts';

export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export function readSources(dir: string, root: string): { sources: SourceFile[]; ignored: string[] } {
  const sources: SourceFile[] = [];
  const ignored: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.startsWith('.') || !statSync(path).isFile()) continue;
    // Named from the project root; a folder outside it by its own name ("sources/x.txt"), never "../../".
    const fromRoot = relative(root, path).split('\\').join('/');
    const display = fromRoot.startsWith('../') ? `${basename(dir)}/${name}` : fromRoot;
    if (!SOURCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) {
      ignored.push(display);
      continue;
    }
    sources.push({ path: display, bytes: readFileSync(path) });
  }
  return { sources, ignored };
}
