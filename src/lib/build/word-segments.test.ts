import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptWordSegments, segmentWords } from './word-segments.ts';

describe('segmentWords', () => {
  it('cuts Chinese into words, with an empty string for each run of punctuation or space', () => {
    expect(segmentWords('我们收集您的个人信息。Cookie 政策')).toEqual([
      '我们',
      '收集',
      '您',
      '的',
      '个人',
      '信息',
      '',
      'Cookie',
      '',
      '政策',
    ]);
  });
});

describe('keptWordSegments', () => {
  it('gives what segmentWords gives, and keeps the texts of this build for the next', () => {
    const dir = mkdtempSync(join(tmpdir(), 'word-segments-'));
    const first = keptWordSegments(dir);
    expect(first.segments('注销账号')).toEqual(segmentWords('注销账号'));
    first.save();
    expect(readdirSync(dir)).toHaveLength(1);

    // A second build reads the kept words instead of segmenting: a text it kept answers from the file.
    const second = keptWordSegments(dir);
    expect(second.segments('注销账号')).toEqual(segmentWords('注销账号'));
    second.segments('删除个人信息');
    second.save();
    const third = keptWordSegments(dir);
    expect(third.segments('删除个人信息')).toEqual(segmentWords('删除个人信息'));
  });

  it('drops texts a build no longer meets, and keeps nothing without a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'word-segments-'));
    const first = keptWordSegments(dir);
    first.segments('旧的条款');
    first.save();
    const second = keptWordSegments(dir);
    second.segments('新的条款');
    second.save();
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^words-icu.+\.bin$/);
    const kept = deserialize(readFileSync(join(dir, file!))) as Map<string, string[]>;
    expect([...kept.keys()]).toEqual(['新的条款']);
    const none = keptWordSegments(undefined);
    expect(none.segments('条款')).toEqual(segmentWords('条款'));
    expect(() => none.save()).not.toThrow();
  });
});
