import { workerData } from 'node:worker_threads';
import { warmDiffs } from '../lib/diff-warmup.ts';
import type { SiteOptions } from '../lib/site.ts';

warmDiffs(workerData as SiteOptions);
