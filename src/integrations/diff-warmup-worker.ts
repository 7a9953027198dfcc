import { workerData } from 'node:worker_threads';
import { warmDiffs } from '../lib/diff-warmup.ts';

const { contentDir, now } = workerData as { contentDir: string; now: string };
warmDiffs(contentDir, now);
