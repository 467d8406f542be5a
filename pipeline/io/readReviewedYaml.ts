// Reads a reviewed data file (data/corrections.yaml, data/documents.yaml): no file, the empty
// value; a file that is not YAML or breaks its schema, an error naming the file, the entry and why.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';

export function readReviewedYaml<T>(
  path: string,
  schema: z.ZodType<T>,
  shownAs: string,
  fail: (message: string) => Error,
): T | null {
  if (!existsSync(path)) return null;
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    throw fail(`${shownAs}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length
    ? issue.path.map((p) => (typeof p === 'number' ? p + 1 : String(p))).join('.')
    : '(top level)';
  throw fail(`${shownAs}: ${where}: ${issue?.message ?? 'invalid'}`);
}
