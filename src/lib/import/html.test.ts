import { describe, expect, it } from 'vitest';
import { verifyPolicy } from './verify.ts';
import { convertHtml } from './html.ts';

const page = `<!doctype html><html><head><title>ACME | Privacy</title><style>p{}</style></head><body>
<header><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav></header>
<main>
<h1>ACME Privacy Policy</h1>
<p>We collect {some} data when a &lt; b.</p>
<h2 id="collect">What we collect</h2>
<ul><li>Email</li><li>Phone <em>number</em></li></ul>
<table><tr><th>Data</th><th>Kept</th></tr><tr><td>Email</td><td>2 years</td></tr></table>
<p>See <a href="https://acme.example/terms">terms</a><a name="old"></a>.</p>
<iframe src="https://maps.example/embed"></iframe>
<script>track()</script>
</main>
<footer>© 2024 ACME</footer>
</body></html>`;

describe('convertHtml', () => {
  it('keeps headings, lists, tables and links; drops page furniture; the h1 is the title', () => {
    const out = convertHtml(page);
    expect(out.title).toBe('ACME Privacy Policy');
    expect(out.body).toBe(
      'We collect \\{some} data when a \\< b.\n\n## What we collect \\{#collect}\n\n- Email\n- Phone *number*\n\n| Data  | Kept    |\n| ----- | ------- |\n| Email | 2 years |\n\nSee [terms](https://acme.example/terms).\n',
    );
    expect(out.dropped.map((n) => n.text)).toEqual(['<header> Home Blog', '<script> track()', '<footer> © 2024 ACME']);
    expect(out.unconverted.map((n) => n.text.slice(0, 20))).toEqual(['anchor "old" on <a> ', '<iframe https://maps']);
    expect(verifyPolicy(out.body, 'x.mdx', 1)).toEqual([]);
  });

  it('falls back to <title> when the page has no h1', () => {
    expect(convertHtml('<title>Cookie Policy</title><p>Text</p>').title).toBe('Cookie Policy');
  });
});
