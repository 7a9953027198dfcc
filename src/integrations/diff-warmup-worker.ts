import { workerData } from 'node:worker_threads';
import { warmDiffs } from '../lib/build/warm-diffs.ts';
import type { SiteOptions } from '../lib/build/load.ts';

warmDiffs(workerData as SiteOptions);
