// Fetches one file of public/data and parses it with its schema. A failure names the file and,
// for a malformed file, the first field that is wrong, so the error page can say what broke.
import type { ZodType } from 'zod';
import { takeEarlyFetch } from './earlyFetch.ts';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** The file does not exist (a 404, or a static host's page-fallback HTML instead of JSON). */
    readonly notFound = false,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataLoadError';
  }
}

export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

export async function fetchDataFile<T>(file: string, schema: ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await (takeEarlyFetch(file) ?? fetch(dataUrl(file)));
  } catch (error) {
    throw new DataLoadError(file, `network error: ${(error as Error).message}`);
  }
  if (response.status === 404 || (response.ok && (response.headers.get('content-type') ?? '').includes('text/html'))) throw new DataLoadError(file, 'not found', true);
  if (!response.ok) throw new DataLoadError(file, `HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataLoadError(file, 'not valid JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataLoadError(file, `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
