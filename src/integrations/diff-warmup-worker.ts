import { workerData } from 'node:worker_threads';
import { jsonCache } from '../lib/build/json-cache.ts';
import { runDiffJobs, type DiffJob } from '../lib/build/warm-diffs.ts';

const { dir, jobs } = workerData as { dir: string; jobs: DiffJob[] };
runDiffJobs(jobs, jsonCache(dir));
