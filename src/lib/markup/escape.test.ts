import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.ts';

describe('escapeHtml', () => {
  it('escapes what would open a tag, end an attribute or start an entity', () => {
    expect(escapeHtml('"><img src=x onerror=alert(1)> & &amp;')).toBe(
      '&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &amp;amp;',
    );
    expect(escapeHtml('个人信息')).toBe('个人信息');
  });
});
