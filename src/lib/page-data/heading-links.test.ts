import { describe, expect, it } from 'vitest';
import { withHeadingLinks } from './heading-links.ts';

describe('withHeadingLinks', () => {
  it('links each section heading to itself, leaving the rest of the text as it was', () => {
    const html =
      '<h2 id="一收集">一、收集</h2>\n<p>正文<a href="#x">链接</a></p>\n<h3 id="storage">3. <em>Storage</em></h3><h5 id="x">小</h5>';
    expect(withHeadingLinks(html, '本节链接')).toBe(
      '<h2 id="一收集">一、收集<a class="heading-link" href="#一收集" aria-label="本节链接"><span aria-hidden="true">#</span></a></h2>\n<p>正文<a href="#x">链接</a></p>\n<h3 id="storage">3. <em>Storage</em><a class="heading-link" href="#storage" aria-label="本节链接"><span aria-hidden="true">#</span></a></h3><h5 id="x">小</h5>',
    );
  });
});
