import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dataKey } from './data-key.ts';
import { keyed, unkeyed } from '../page-data/keyed.ts';

describe('dataKey', () => {
  it('is the same for the same data, whatever the order of its keys', () => {
    expect(dataKey({ a: 1, b: ['x', { c: null }] })).toBe(dataKey({ b: ['x', { c: null }], a: 1 }));
  });

  it('changes with anything the data holds, maps, sets, URLs and dates included', () => {
    const base = {
      title: '隐私政策',
      list: [1, 2],
      map: new Map([['a', 1]]),
      set: new Set(['x']),
      url: new URL('https://a.example/p/'),
    };
    const variants = [
      { ...base, title: '隐私政策 ' },
      { ...base, list: [2, 1] },
      { ...base, map: new Map([['a', 2]]) },
      { ...base, set: new Set(['y']) },
      { ...base, url: new URL('https://a.example/q/') },
      { ...base, extra: undefined },
      { ...base, when: new Date(0) },
    ];
    const keys = new Set([dataKey(base), ...variants.map(dataKey)]);
    expect(keys.size).toBe(variants.length + 1);
    // Strings are length-prefixed: two fields cannot run into each other.
    expect(dataKey(['ab', 'c'])).not.toBe(dataKey(['a', 'bc']));
    expect(dataKey('1')).not.toBe(dataKey(1));
  });

  it('refuses data it cannot hash in full: functions and data that refers to itself', () => {
    expect(() => dataKey({ render: () => 'x' })).toThrow(/function/);
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(() => dataKey(loop)).toThrow(/refers to itself/);
    const shared = { a: 1 };
    expect(() => dataKey([shared, shared])).not.toThrow();
  });

  it('counts a keyed part by its name, without making it', () => {
    let made = 0;
    const part = (name: string, value: string) =>
      keyed(name, () => {
        made++;
        return value;
      });
    const a = dataKey({ title: 'x', redline: part('diff-1', 'long redline') });
    expect(dataKey({ title: 'x', redline: part('diff-1', 'another value under the same name') })).toBe(a);
    expect(dataKey({ title: 'x', redline: part('diff-2', 'long redline') })).not.toBe(a);
    // A name stands apart from a plain string of the same text.
    expect(dataKey({ title: 'x', redline: 'diff-1' })).not.toBe(a);
    expect(made).toBe(0);
    const used = part('diff-1', 'long redline');
    expect([used.value, used.value]).toEqual(['long redline', 'long redline']);
    expect(made).toBe(1);
  });

  it('leaves an unkeyed part out, so the day a page was made does not change its key', () => {
    const page = (day: string) => ({ title: 'x', footer: { builtOn: unkeyed(day) } });
    expect(dataKey(page('2024-01-02'))).toBe(dataKey(page('2024-01-01')));
    expect(page('2024-01-02').footer.builtOn.value).toBe('2024-01-02');
    expect(dataKey({ ...page('2024-01-01'), title: 'y' })).not.toBe(dataKey(page('2024-01-01')));
  });

  it('hashes the same text however it is cut into pieces, so large data is keyed in full', () => {
    const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex').slice(0, 32);
    expect(dataKey(['甲', 2])).toBe(sha('a2[s1:甲2;]'));
    // Past the size at which gathered text is hashed: every character still counts, bytes included.
    const long = '条'.repeat(70_000);
    const bytes = Buffer.from('PDF');
    expect(dataKey({ long, bytes })).toBe(
      sha(Buffer.concat([Buffer.from(`o2{bytes=b3:`), bytes, Buffer.from(`long=s70000:${long}}`)])),
    );
    expect(dataKey({ long: `${long.slice(0, -1)}款`, bytes })).not.toBe(dataKey({ long, bytes }));
  });
});
