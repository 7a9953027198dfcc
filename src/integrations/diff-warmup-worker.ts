import { workerData } from 'node:worker_threads';
import { valueCache } from '../lib/build/value-cache.ts';
import { runDiffJobs, type DiffJob } from '../lib/build/warm-diffs.ts';

const { dir, jobs } = workerData as { dir: string; jobs: DiffJob[] };
runDiffJobs(jobs, valueCache(dir));
