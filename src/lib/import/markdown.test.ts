import { describe, expect, it } from 'vitest';
import { verifyPolicy } from './verify.ts';
import { convertMarkdown } from './markdown.ts';

describe('convertMarkdown', () => {
  it('takes the title from front matter, drops BOM, CRLF and other fields', () => {
    const out = convertMarkdown(
      '\uFEFF---\r\ntitle: Privacy Policy\r\nlayout: page\r\n---\r\n# Privacy Policy\r\n\r\nWe care.\r\n',
    );
    expect(out.title).toBe('Privacy Policy');
    expect(out.body).toBe('We care.\n');
    expect(out.unconverted).toEqual([{ line: 1, text: 'front matter fields not kept: layout' }]);
  });

  it('takes a title written as an opening heading with inline HTML, when the document has no level-1 heading', () => {
    const out = convertMarkdown(
      '## <span class="a">Acme</span> <span class="b">隐私声明</span>\n\n更新日期：2021年1月1日\n\n## 一、收集\n\n正文。\n',
    );
    expect(out.title).toBe('Acme 隐私声明');
    expect(out.body).toBe('更新日期：2021年1月1日\n\n## 一、收集\n\n正文。\n');
    // An opening heading that names no policy is a section, not a title.
    expect(convertMarkdown('## 一、收集\n\n正文。\n').title).toBeUndefined();
  });

  it('reads emphasis beside Chinese punctuation as emphasis, as the site does', () => {
    const out = convertMarkdown('# 隐私政策\n\n*了解更多：*您可以随时**“注销”**账户。\n');
    expect(out.body).toBe('*了解更多：*您可以随时**“注销”**账户。\n');
    expect(verifyPolicy(out.body, 'x.mdx', 1)).toEqual([]);
  });

  it('escapes what MDX would read as code or JSX', () => {
    const out = convertMarkdown('# T\n\nUse {{ site.name }} when a < b and {x}.\n\nexport your data any time.\n');
    expect(out.body).toBe('Use \\{\\{ site.name }} when a \\< b and \\{x}.\n\n&#x65;xport your data any time.\n');
    expect(out.unconverted[0]?.text).toMatch(/Liquid template "\{\{ site.name \}\}" kept as literal text/);
    expect(verifyPolicy(out.body, 'x.mdx', 1)).toEqual([]);
  });

  it('keeps heading ids as fixed anchors and removes other kramdown attributes', () => {
    const out = convertMarkdown(
      '# T\n\n## Data {#data}\n\n## Retention\n{: #keep .wide}\n\nText {: .note} here.\n\n{% include footer.html %}\n',
    );
    expect(out.body).toBe('## Data \\{#data}\n\n## Retention \\{#keep}\n\nText  here.\n');
    expect(out.unconverted.map((n) => n.line)).toEqual([8, 10]);
  });

  it('converts inline and block HTML, tables included, and removes what a policy cannot hold', () => {
    const out = convertMarkdown(
      '# T\n\nWe keep <b>some</b> data.<br>Really.\n\n<table>\n<tr><th>Data</th><th>Why</th></tr>\n\n<tr><td>Email</td><td>To reply | answer</td></tr>\n</table>\n\n<!-- note -->\n\n<script>x()</script>\n\n![logo](logo.png) and [bad](javascript:alert(1))\n',
    );
    expect(out.body).toBe(
      'We keep **some** data.\\\nReally.\n\n| Data  | Why                |\n| ----- | ------------------ |\n| Email | To reply \\| answer |\n\nlogo and bad\n',
    );
    expect(out.dropped.map((n) => n.text)).toEqual(['<script> x()']);
    expect(out.unconverted.map((n) => n.text.split(':')[0])).toEqual([
      'HTML comment removed',
      'image "logo.png" removed',
      'link "javascript',
    ]);
    expect(verifyPolicy(out.body, 'x.mdx', 1)).toEqual([]);
  });

  it('shifts headings down when level 1 headings remain after the title', () => {
    expect(convertMarkdown('---\ntitle: Policy\n---\n# Part one\n\n## Detail\n').body).toBe(
      '## Part one\n\n### Detail\n',
    );
  });
});
