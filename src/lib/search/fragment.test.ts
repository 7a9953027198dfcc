import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../build/static-server.ts';
import { decodeFragment, decodeRecords, fragmentLoader, pagefindJson } from './fragment.ts';

/** A fragment file as Pagefind writes it: a signature, then JSON, gzipped. */
const record = { url: '/a/', content: '个人\u200B信息', meta: { title: 'A' }, filters: {}, anchors: [] };
const file = () => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(record)}`));

describe('decodeFragment', () => {
  it('reads a gzipped fragment, or one the server already decompressed, without zero-width spaces', async () => {
    for (const bytes of [file(), Buffer.from(`pagefind_dcd${JSON.stringify(record)}`)]) {
      const fragment = await decodeFragment(new Uint8Array(bytes));
      expect(fragment).toEqual({ ...record, content: '个人信息' });
    }
  });

  it('refuses a file that is not a fragment', async () => {
    await expect(decodeFragment(new Uint8Array(gzipSync(Buffer.from('{"url":"/"}'))))).rejects.toThrow(
      /Not a Pagefind file/,
    );
  });
});

describe('decodeRecords', () => {
  it('reads back a file of records in the same format, without zero-width spaces', async () => {
    const bytes = gzipSync(pagefindJson([record, { ...record, url: '/b/' }]));
    expect(await decodeRecords(new Uint8Array(bytes))).toEqual([
      { ...record, content: '个人信息' },
      { ...record, url: '/b/', content: '个人信息' },
    ]);
  });
});

describe('fragmentLoader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-center-fragments-'));
  let server: Awaited<ReturnType<typeof serve>>;
  const requests: string[] = [];
  beforeAll(async () => {
    mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
    writeFileSync(join(dir, 'pagefind/fragment/abc.pf_fragment'), file());
    server = await serve(dir);
  });
  afterAll(() => server?.close());

  it('fetches each fragment once, however often it is asked for', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = (input, init) => (requests.push(String(input)), original(input, init));
    try {
      const load = fragmentLoader(`${server.url}/pagefind/fragment/`);
      const [a, b] = await Promise.all([load('abc'), load('abc')]);
      expect(a?.content).toBe('个人信息');
      expect(await load('abc')).toBe(b);
      expect(requests).toEqual([`${server.url}/pagefind/fragment/abc.pf_fragment`]);
      await expect(load('missing')).rejects.toThrow(/404/);
    } finally {
      globalThis.fetch = original;
    }
  });
});
