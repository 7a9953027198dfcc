import { parentPort, workerData } from 'node:worker_threads';
import { runLane, type BundleJob, type BundleSettings } from '../lib/build/search-bundles.ts';

// One thread of the search indexing (src/lib/build/search-bundles.ts): its own Pagefind, its share of the brands.
await runLane(workerData as { jobs: BundleJob[]; settings: BundleSettings }, (message) =>
  parentPort?.postMessage(message),
);
