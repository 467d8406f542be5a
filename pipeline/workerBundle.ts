// The worker threads of runPipelineParallel run the extractor compiled once into plain JavaScript
// (esbuild, the compiler tsx itself uses): tsx would compile it again in every thread and keep
// function names, which costs a tenth of the extraction time on closure-heavy code (measured with
// npm run bench:data). Written beside node_modules so the bundle imports the same packages; when
// esbuild is missing the workers load the TypeScript through tsx as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/** The URL of the compiled worker, built when the pipeline's sources changed; null when esbuild is unavailable. */
export async function workerBundle(): Promise<URL | null> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const key = createHash('sha256')
    .update(sourceStamp(join(root, 'pipeline')))
    .update(sourceStamp(join(root, 'src', 'data')))
    .digest('hex')
    .slice(0, 16);
  const dir = join(root, 'node_modules', '.cache', 'region-scorecard');
  const out = join(dir, `pipeline-worker-${key}.mjs`);
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true });
    await esbuild.build({
      entryPoints: [join(here, 'pipelineWorker.ts')],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      keepNames: false,
      logLevel: 'silent',
    });
  }
  return new URL(`file://${out}`);
}

/** Names, sizes and modification times of the TypeScript files under a folder. */
function sourceStamp(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const stat = statSync(path);
      if (stat.isDirectory()) {
        if (name !== 'fixtures' && name !== 'corpus-expectations') walk(path);
      } else if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
        parts.push(`${path}:${createHash('sha1').update(readFileSync(path)).digest('hex')}`);
    }
  };
  walk(dir);
  return parts.join('\n');
}
