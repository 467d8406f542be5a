// Fetches one file of public/data and parses it with its schema. A failure names the file and,
// for a malformed file, the first field that is wrong, so the error page can say what broke.
import type { ZodType } from 'zod';
import { takeEarlyFetch } from './earlyFetch.ts';
import { dataPath, pinnedVersionOf } from './shardPaths.ts';

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

// Read once: a page shows one dataset version for as long as it is open.
const pin = typeof window === 'undefined' ? null : pinnedVersionOf(window.location);
let pinMissing = false;
// Vite defines import.meta.env in the browser build; the build-time first paints render outside Vite.
const BASE_URL = import.meta.env?.BASE_URL ?? '/';

/** The address of a data file: live, or in the pinned version's snapshot. */
export function dataUrl(file: string, version: string | null = pinMissing ? null : pin): string {
  return `${BASE_URL}data/${dataPath(file, version)}`;
}

/** The dataset version this page is pinned to, and whether this server still has it. */
export function pinState(): { pin: string | null; missing: boolean } {
  return { pin, missing: pinMissing };
}

export async function fetchDataFile<T>(file: string, schema: ZodType<T>, options: { live?: boolean } = {}): Promise<T> {
  let response: Response;
  try {
    response = await (options.live ? fetch(dataUrl(file, null)) : (takeEarlyFetch(file) ?? fetch(dataUrl(file))));
    // A pinned version this server no longer keeps: the embed shows the live data and says so.
    if (pin && response.url.includes(`/data/v/${pin}/`) && isMissing(response)) {
      pinMissing = true;
      response = await fetch(dataUrl(file, null));
    }
  } catch (error) {
    throw new DataLoadError(file, `network error: ${(error as Error).message}`);
  }
  if (isMissing(response)) throw new DataLoadError(file, 'not found', true);
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

/** A 404, or a static host's page fallback (HTML) where a JSON file was asked for. */
function isMissing(response: Response): boolean {
  return response.status === 404 || (response.ok && (response.headers.get('content-type') ?? '').includes('text/html'));
}
