import { workerData } from 'node:worker_threads';
import { warmTexts } from '../lib/build/load.ts';
import type { SiteOptions } from '../lib/build/settings.ts';

warmTexts((workerData as { options: SiteOptions }).options);
