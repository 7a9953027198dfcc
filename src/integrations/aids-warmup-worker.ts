import { workerData } from 'node:worker_threads';
import { makeAidsInto, type AidsJob } from '../lib/build/search-aids.ts';

// Makes the search lexicon and suggestions into the cache while Astro bundles and renders (src/lib/build/search-aids.ts).
makeAidsInto(workerData as AidsJob);
