import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from './decode.ts';

const seed = readFileSync(new URL('../../../tests/fixtures/seeds/000_e727046d7c83e8c3.txt', import.meta.url), 'utf8');
const excerpt = seed.slice(0, 2000);

/** Encodes text the way a legacy Windows or Taiwanese page would have been saved. */
async function encode(text: string, encoding: 'gbk' | 'big5'): Promise<Uint8Array> {
  const { execFileSync } = await import('node:child_process');
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding === 'gbk' ? 'GB18030' : 'BIG5//TRANSLIT'], {
    input: text,
  });
}

describe('decodeInput', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeInput(Buffer.from(excerpt))).toEqual({ text: excerpt, encoding: 'utf-8' });
    expect(decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(excerpt)]))).toEqual({
      text: excerpt,
      encoding: 'utf-8',
    });
  });

  it('detects GBK/GB18030 text and decodes it exactly', async () => {
    expect(decodeInput(await encode(excerpt, 'gbk'))).toEqual({ text: excerpt, encoding: 'gb18030' });
  });

  it('detects Big5 text', async () => {
    const traditional = '本隱私權政策說明我們如何蒐集、處理及利用您的個人資料，以及您享有的權利。';
    const decoded = decodeInput(await encode(traditional, 'big5'));
    expect(decoded).toEqual({ text: traditional, encoding: 'big5' });
  });

  it('refuses binary files', () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 255, 0, 7])]);
    expect(decodeInput(pdf)).toEqual({ error: expect.stringMatching(/not text.*PDF/) });
  });
});
