/**
 * The PDF step, measured apart: the compared builds print none (the baseline has no PDFs), so one
 * small corpus is built once more with PDFs, and the build's own line for the step is read back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject } from './builds.ts';
import { writeCorpus } from './corpus.ts';
import type { TextPool } from './text-pool.ts';

/** Versions of the corpus printed: one policy's history, so every page kind with a PDF appears. */
const PDF_VERSIONS = 20;

export interface PdfCost {
  versions: number;
  printed: number;
  seconds: number;
  /** Milliseconds per PDF, and the step's seconds per version (its page and its redline). */
  msEach: number;
  secondsPerVersion: number;
}

/** Undefined when the build printed nothing (no browser on this machine: the build says so). */
export async function measurePdfCost(
  project: string,
  pool: TextPool,
  dir: string,
  shape: { chars: number; seed: number },
): Promise<PdfCost | undefined> {
  const corpus = join(dir, 'corpus');
  writeCorpus(corpus, { versions: PDF_VERSIONS, policiesPerBrand: 1, versionsPerPolicy: PDF_VERSIONS, ...shape }, pool);
  const out = join(dir, 'out');
  await buildProject(project, corpus, out, join(dir, 'cache'), { pdf: true });
  const line = /Printed (\d+) PDFs \(0 from the cache\) in ([\d.]+)s/.exec(readFileSync(`${out}.log`, 'utf8'));
  if (!line) return undefined;
  const printed = Number(line[1]);
  const seconds = Number(line[2]);
  return {
    versions: PDF_VERSIONS,
    printed,
    seconds,
    msEach: printed > 0 ? (1000 * seconds) / printed : NaN,
    secondsPerVersion: seconds / PDF_VERSIONS,
  };
}
