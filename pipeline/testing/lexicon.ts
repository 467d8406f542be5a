// The real lexicon, loaded once per test file: grammar tests should exercise the reviewed data.
import { loadLexicon, type Lexicon } from '../lexicon/loadLexicon.ts';

let cached: Lexicon | null = null;
export function realLexicon(): Lexicon {
  cached ??= loadLexicon('data');
  return cached;
}
