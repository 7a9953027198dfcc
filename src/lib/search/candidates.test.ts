import { describe, expect, it } from 'vitest';
import { recordCandidates } from './candidates.ts';
import { lexiconOf } from './lexicon.ts';
import type { PagefindFragment } from './pagefind-api.ts';
import { readSearchState } from './state.ts';

const record = (url: string, content: string, meta: Record<string, string>): PagefindFragment => ({
  url,
  content,
  meta,
  filters: { status: [meta['status'] ?? 'current'], policy: [meta['title'] ?? ''] },
  anchors: [],
});

const records = [
  record('/a/privacy/2024-01-01/', '您可以注销账户。注销帳戶后我们删除信息。', { brand_id: 'a', title: '隐私政策' }),
  record('/a/privacy/2020-01-01/', '您可以注销账户。', { brand_id: 'a', title: '隐私政策', status: 'archived' }),
  record('/b/privacy/2024-01-01/', '很长的一段文字，'.repeat(40) + '注销账户', { brand_id: 'b', title: '隐私政策' }),
  record('/c/cookies/2024-01-01/', '我们使用小型数据文件。', { brand_id: 'c', title: 'Cookie 政策' }),
];
const candidates = recordCandidates(records, lexiconOf({ fold: '', groups: [] }));
const state = (query: string) => readSearchState(new URLSearchParams(query), undefined);

describe('recordCandidates', () => {
  it('finds the records in scope that hold a term folded (帐户 is 账户), densest first', async () => {
    expect(await candidates.find(['注销账户'], state('q=x'))).toEqual([
      '/a/privacy/2024-01-01/',
      '/b/privacy/2024-01-01/',
    ]);
    expect(await candidates.find(['注销账户'], state('q=x&archive=1'))).toContain('/a/privacy/2020-01-01/');
    expect(await candidates.find(['注销账户'], state('q=x&brand=b'))).toEqual(['/b/privacy/2024-01-01/']);
    expect(await candidates.find(['数据'], state('q=x&policy=Cookie 政策'))).toEqual(['/c/cookies/2024-01-01/']);
    expect(await candidates.find(['注销账户'], state('q=x&policy=Cookie 政策'))).toEqual([]);
    expect(await candidates.find(['人脸'], state('q=x'))).toEqual([]);
  });

  it('finds Latin words by their stems, and ranks a title that holds a term first', async () => {
    expect(await candidates.find(['cookies'], state('q=x'))).toEqual(['/c/cookies/2024-01-01/']);
    expect(await candidates.find(['数据 注销'], state('q=x'))).toEqual([
      '/a/privacy/2024-01-01/',
      '/c/cookies/2024-01-01/',
      '/b/privacy/2024-01-01/',
    ]);
  });

  it('reads a record by its URL', async () => {
    expect(await candidates.read('/c/cookies/2024-01-01/')).toBe(records[3]);
    await expect(candidates.read('/nope/')).rejects.toThrow('/nope/');
  });
});
