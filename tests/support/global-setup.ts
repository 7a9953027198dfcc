import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, root } from './build.ts';
import { neutralisedCases } from '../fixtures/hostile/cases.ts';
import { writeCases } from '../fixtures/hostile/write.ts';

/** Builds the sample site and the fixture site once for every test file that reads built pages. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-center-sites-'));
  // One after another: each build uses both cores.
  const sites = {
    sample: await buildSite({ content: resolve(root, 'content'), out: join(dir, 'sample'), pdf: true }),
    hostile: await buildSite({ content: writeCases(neutralisedCases), out: join(dir, 'hostile'), now: '2024-01-01' }),
    basic: await buildSite({
      content: resolve(root, 'tests/fixtures/sites/basic'),
      out: join(dir, 'basic'),
      now: '2024-01-01',
    }),
  };
  for (const [name, result] of Object.entries(sites)) {
    if (result.status !== 0) throw new Error(`Building the ${name} site failed:\n${result.output}`);
  }
  project.provide('sites', { sample: sites.sample.out, basic: sites.basic.out, hostile: sites.hostile.out });
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: { sample: string; basic: string; hostile: string };
  }
}
