// Reads data/corrections.yaml (optional: no file, no corrections). A malformed file is an error that
// names the file, the entry and the reason.
import { type Correction, correctionsFileSchema } from '../corrections/applyCorrections.ts';
import { readReviewedYaml } from './readReviewedYaml.ts';

export class CorrectionsError extends Error {}

export function readCorrections(path: string, shownAs = 'data/corrections.yaml'): Correction[] {
  const file = readReviewedYaml(path, correctionsFileSchema, shownAs, (m) => new CorrectionsError(m));
  return file?.corrections ?? [];
}
