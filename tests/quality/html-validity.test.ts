import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../support/dist-files.ts';

const dist = inject('sites').sample;

describe('HTML validity', () => {
  it('html-validate reports no errors on any page of the sample site', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes void elements as <br> and Tailwind needs long class lists: style, not validity.
        'void-style': 'off',
        'no-trailing-whitespace': 'off',
        // Chinese punctuation in attribute values and text is intended.
        'no-raw-characters': 'off',
        'long-title': 'off',
        // HTML5 allows any id without spaces; heading ids of Chinese headings start with digits or Han.
        'valid-id': ['error', { relaxed: true }],
      },
    });
    const problems: string[] = [];
    for (const page of listFiles(dist).filter((f) => f.endsWith('.html'))) {
      const report = await validator.validateFile(join(dist, page));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
