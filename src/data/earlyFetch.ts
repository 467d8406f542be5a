// Requests the entry script starts before the dashboard's code has arrived; fetchDataFile takes
// each one over once instead of asking again. No dependencies: the entry stays a few hundred bytes.
const early = new Map<string, Promise<Response>>();

export function startEarlyFetches(urls: Map<string, string>) {
  for (const [file, url] of urls) if (!early.has(file)) early.set(file, fetch(url));
}

/** The response already on its way for this file, if any (each is handed out once). */
export function takeEarlyFetch(file: string): Promise<Response> | undefined {
  const pending = early.get(file);
  early.delete(file);
  return pending;
}
