// Reads data/corrections.yaml (optional: no file, no corrections). A malformed file is an error that
// names the file, the entry and the reason.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type Correction, correctionsFileSchema } from '../corrections/applyCorrections.ts';

export class CorrectionsError extends Error {}

export function readCorrections(path: string, shownAs = 'data/corrections.yaml'): Correction[] {
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    throw new CorrectionsError(`${shownAs}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = correctionsFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length
      ? issue.path.map((p) => (typeof p === 'number' ? p + 1 : String(p))).join('.')
      : '(top level)';
    throw new CorrectionsError(`${shownAs}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data.corrections;
}
