import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeKey } from './code-key.ts';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'code-key-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const files = {
  'src/engine.ts': "import { a } from './a.ts';\nimport { diffWords } from 'diff';\nexport const x = a;\n",
  'src/a.ts': "export { b } from './deep/b.ts';\nexport const a = 1;\n",
  'src/deep/b.ts': 'export const b = 2;\n',
  'src/unrelated.ts': 'export const u = 3;\n',
  'node_modules/diff/package.json': '{"version":"9.0.0"}',
};

describe('codeKey', () => {
  it('changes with any module the entry reaches through its imports', () => {
    const dir = project(files);
    const before = codeKey(join(dir, 'src/engine.ts'), dir);
    writeFileSync(join(dir, 'src/deep/b.ts'), 'export const b = 3;\n');
    expect(codeKey(join(dir, 'src/engine.ts'), dir)).not.toBe(before);
  });

  it('ignores modules the entry does not import', () => {
    const dir = project(files);
    const before = codeKey(join(dir, 'src/engine.ts'), dir);
    writeFileSync(join(dir, 'src/unrelated.ts'), 'export const u = 4;\n');
    expect(codeKey(join(dir, 'src/engine.ts'), dir)).toBe(before);
  });

  it('changes with the version of an imported package', () => {
    const dir = project(files);
    const before = codeKey(join(dir, 'src/engine.ts'), dir);
    writeFileSync(join(dir, 'node_modules/diff/package.json'), '{"version":"9.0.1"}');
    expect(codeKey(join(dir, 'src/engine.ts'), dir)).not.toBe(before);
  });
});
