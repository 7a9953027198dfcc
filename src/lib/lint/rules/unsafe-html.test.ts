import { describe, expect, it } from 'vitest';
import { BRAND, lintInput, version } from '../testing.ts';
import { unsafeHtmlRule } from './unsafe-html.ts';

describe('unsafe-html', () => {
  it('passes on what the build finds and adds script addresses and active elements it lets through', () => {
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
      ['privacy', 7, '<script> is not allowed in a policy.'],
      ['privacy', 9, 'A javascript: link is not allowed.'],
      ['cookies', 5, 'A image points at a script address (javascript:alert).'],
      ['cookies', 7, 'A link points at a script address (VBScript:msgbox).'],
      ['cookies', 9, 'A definition points at a script address (data:text/html,<b>).'],
      ['cookies', 11, '<meta> is not allowed in a policy.'],
    ]);
  });
});
