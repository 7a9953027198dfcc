import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vocabularySchema } from '../../schemas/vocabulary.ts';
import { parseYaml } from '../content/yaml.ts';
import { shippedGroups } from './search-lexicon.ts';

const project = resolve(import.meta.dirname, '../../..');
const folder = join(project, 'src/lib/search/vocabulary');

describe('the shipped search vocabulary', () => {
  it.each(readdirSync(folder).filter((f) => f.endsWith('.yaml')))('%s holds at least 60 groups', (name) => {
    const parsed = parseYaml(readFileSync(join(folder, name), 'utf8'), vocabularySchema, name, 'search vocabulary');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.groups.length).toBeGreaterThanOrEqual(60);
  });

  it('serves every language: the groups of every file together', () => {
    const groups = shippedGroups(project);
    expect(groups.some((g) => g.includes('未成年人'))).toBe(true);
    expect(groups.some((g) => g.includes('minors'))).toBe(true);
  });
});
