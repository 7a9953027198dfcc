import { parentPort, workerData } from 'node:worker_threads';
import { runLane, type BundleSettings } from '../lib/build/search-bundles.ts';

// One thread of the search indexing (src/lib/build/search-bundles.ts): its own Pagefind, one brand at a time.
if (parentPort) runLane((workerData as { settings: BundleSettings }).settings, parentPort);
