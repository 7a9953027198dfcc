import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFolderProblem, SITE_MARKER } from './output-folder.ts';

function layout() {
  const dir = mkdtempSync(join(tmpdir(), 'output-folder-'));
  const projectDir = join(dir, 'project');
  const contentDir = join(dir, 'repo', 'content');
  mkdirSync(join(dir, 'repo', '.git'), { recursive: true });
  mkdirSync(contentDir, { recursive: true });
  mkdirSync(projectDir, { recursive: true });
  return { dir, projectDir, contentDir };
}

describe('outputFolderProblem', () => {
  it('accepts a new folder, an empty one and one an earlier build wrote', () => {
    const { dir, ...guarded } = layout();
    expect(outputFolderProblem(join(guarded.projectDir, 'dist'), guarded)).toBeUndefined();
    mkdirSync(join(dir, 'empty'));
    expect(outputFolderProblem(join(dir, 'empty'), guarded)).toBeUndefined();
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', SITE_MARKER), '');
    writeFileSync(join(dir, 'site', 'index.html'), '');
    expect(outputFolderProblem(join(dir, 'site'), guarded)).toBeUndefined();
  });

  it.each([
    ['the content folder', (l: ReturnType<typeof layout>) => l.contentDir, /is the content folder/],
    [
      'a folder inside the content',
      (l: ReturnType<typeof layout>) => join(l.contentDir, 'brands'),
      /inside the content folder/,
    ],
    ['the content’s git repository', (l: ReturnType<typeof layout>) => join(l.dir, 'repo'), /is the git repository/],
    ['a folder that contains the project', (l: ReturnType<typeof layout>) => l.dir, /contains the/],
    ['the project itself', (l: ReturnType<typeof layout>) => l.projectDir, /is the project/],
    ['the filesystem root', () => '/', /contains the/],
  ])('refuses %s', (_, pick, message) => {
    const l = layout();
    const found = outputFolderProblem(pick(l), { contentDir: l.contentDir, projectDir: l.projectDir });
    expect(found?.message).toMatch(message);
    expect(found?.hint).toMatch(/PRIVACY_CENTER_OUT/);
  });

  it('refuses a folder of other files and a file', () => {
    const { dir, ...guarded } = layout();
    mkdirSync(join(dir, 'photos'));
    writeFileSync(join(dir, 'photos', 'cat.jpg'), '');
    expect(outputFolderProblem(join(dir, 'photos'), guarded)?.message).toMatch(/no Privacy Center build wrote/);
    writeFileSync(join(dir, 'file'), '');
    expect(outputFolderProblem(join(dir, 'file'), guarded)?.message).toMatch(/is a file/);
  });
});
