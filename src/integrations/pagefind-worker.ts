import { parentPort, workerData } from 'node:worker_threads';
import { runLane, type LaneData } from '../lib/build/search-bundles.ts';

// One thread of the search indexing (src/lib/build/search-bundles.ts): its own Pagefind, one brand at a time.
if (parentPort) await runLane(workerData as LaneData, parentPort);
