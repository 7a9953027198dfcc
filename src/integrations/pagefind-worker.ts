import { parentPort } from 'node:worker_threads';
import { runLane, type LaneData } from '../lib/build/search-bundles.ts';

// One thread of the search indexing (src/lib/build/search-bundles.ts): its own Pagefind, one brand at a
// time. It loads its code first and then waits to be handed its work, so that it can start ahead.
const port = parentPort;
port?.once('message', (data: LaneData) => void runLane(data, port));
