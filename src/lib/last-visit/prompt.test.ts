import { describe, expect, it } from 'vitest';
import { smallCatalog } from '../../../tests/support/catalog.ts';
import { nextSeen, promptFor } from './prompt.ts';
import { lastVisitData } from '../page-data/last-visit.ts';
import { siteContext } from '../routes/site-context.ts';

const catalog = smallCatalog('2024-01-01');
const brand = catalog.brands[0]!;
const policy = brand.policies[1]!;
const ctx = siteContext(catalog, { brand: undefined }, new URL('https://privacy.example.com'));

describe('lastVisitData', () => {
  it('links consecutive versions to their static redline and others to the compare page', () => {
    const data = lastVisitData(ctx, brand, policy, policy.versions[2]!, 'zh-CN');
    expect(data).toEqual({
      policy: 'acme/privacy',
      version: '2099-01-01',
      redlines: {
        '2020-01-01': { href: '/acme/privacy/compare/?from=2020-01-01&to=2099-01-01', label: '2020年1月1日' },
        '2023-06-01': { href: '/acme/privacy/changes/2023-06-01...2099-01-01/', label: '2023年6月1日' },
      },
    });
  });

  it('has nothing to offer on the first version, and follows the page language', () => {
    expect(lastVisitData(ctx, brand, policy, policy.versions[0]!, 'zh-CN').redlines).toEqual({});
    expect(lastVisitData(ctx, brand, policy, policy.versions[1]!, 'en').redlines['2020-01-01']).toEqual({
      href: '/en/acme/privacy/changes/2020-01-01...2023-06-01/',
      label: 'January 1, 2020',
    });
  });
});

describe('promptFor and nextSeen', () => {
  const data = lastVisitData(ctx, brand, policy, policy.versions[1]!, 'zh-CN');

  it('prompts only when the visitor last saw an older version of this policy', () => {
    expect(promptFor(null, data)).toBeUndefined();
    expect(promptFor('2023-06-01', data)).toBeUndefined();
    expect(promptFor('2099-01-01', data)).toBeUndefined();
    expect(promptFor('2019-05-05', data)).toBeUndefined();
    expect(promptFor('2020-01-01', data)).toEqual({
      from: '2020-01-01',
      href: '/acme/privacy/changes/2020-01-01...2023-06-01/',
      label: '2020年1月1日',
    });
  });

  it('remembers the newest version seen', () => {
    expect(nextSeen(null, '2020-01-01')).toBe('2020-01-01');
    expect(nextSeen('2020-01-01', '2023-06-01')).toBe('2023-06-01');
    expect(nextSeen('2099-01-01', '2023-06-01')).toBe('2099-01-01');
  });
});
