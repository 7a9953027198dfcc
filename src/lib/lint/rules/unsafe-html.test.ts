import { describe, expect, it } from 'vitest';
import { BRAND, lintInput, version } from '../testing.ts';
import { unsafeHtmlRule } from './unsafe-html.ts';

describe('unsafe-html', () => {
  it('reports what the build refuses, each at its line', () => {
    const input = lintInput({
      'brands/acme/brand.yaml': BRAND,
      'brands/acme/privacy/2020-01-01.mdx': version(
        '正文。\n\n<script>alert(1)</script>\n\n[a](javascript:alert(1))\n',
      ),
      'brands/acme/cookies/2020-01-01.mdx': version(
        '![x](javascript:alert)\n\n[y](VBScript:msgbox)\n\n[z]: data:text/html,<b>\n\n<meta http-equiv="refresh" content="0" />\n\n<a href="https://example.com">ok</a>\n',
      ),
    });
    expect(unsafeHtmlRule.check(input).map((p) => [p.file.split('/')[2], p.line, p.message])).toEqual([
      [
        'cookies',
        5,
        'Images are not allowed in a policy: an image loads a file, often from another site, when the page opens.',
      ],
      ['cookies', 7, 'The link "VBScript:msgbox" uses a scheme other than https, http, mailto, tel.'],
      ['cookies', 9, 'The link "data:text/html,<b>" uses a scheme other than https, http, mailto, tel.'],
      ['cookies', 11, '<meta> is not allowed in a policy.'],
      ['privacy', 7, '<script> is not allowed in a policy.'],
      ['privacy', 9, 'The link "javascript:alert(1)" uses a scheme other than https, http, mailto, tel.'],
    ]);
  });
});
