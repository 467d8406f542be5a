// Worker entry in plain JavaScript: registers tsx for this thread, then runs the TypeScript worker.
// (A parent's --import flags do not reach worker threads in every host, vitest among them.)
import { register } from 'tsx/esm/api';

register();
await import('./pipelineWorker.ts');
