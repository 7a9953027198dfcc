import { describe, expect, it } from 'vitest';
import { fromXml } from 'xast-util-from-xml';
import type { Element, Root } from 'xast';
import { atomXml, type AtomFeed } from './atom.ts';

// Text a brand or an editor may write, with every character XML gives a meaning to.
const awkward = 'A & B <"引号"> \'x\' ]]> 末尾';

const feed: AtomFeed = {
  id: 'https://privacy.example.com/a/?x=1&y=2',
  title: awkward,
  subtitle: '订阅',
  updated: '2024-01-01T00:00:00.000Z',
  generator: 'Privacy Center',
  author: awkward,
  alternate: 'https://privacy.example.com/a/?x=1&y=2',
  self: 'https://privacy.example.com/a/feed.xml',
  entries: [
    {
      id: 'https://privacy.example.com/a/2024-01-01/',
      link: 'https://privacy.example.com/a/2024-01-01/?q="1"',
      updated: '2024-01-01T00:00:00.000Z',
      published: '2023-12-01T00:00:00.000Z',
      author: 'Acme',
      titleHtml: '标题 &amp; 副标题',
      summaryHtml: 'a ]]> b ]]> c',
      contentHtml: '<p>正文</p>',
      categories: [{ term: 'current', label: '现行 "版本" & <一>' }],
    },
  ],
};

function children(node: Root | Element, name: string): Element[] {
  const nodes: readonly (Root['children'][number] | Element['children'][number])[] = node.children;
  return nodes.filter((c): c is Element => c.type === 'element' && c.name === name);
}

function textOf(node: Element): string {
  return node.children.map((c) => ('value' in c ? c.value : '')).join('');
}

describe('atomXml', () => {
  const xml = atomXml(feed);
  const root = children(fromXml(xml), 'feed')[0]!;

  it('writes a well-formed Atom document that gives back every value as written', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">\n/);
    expect(xml.endsWith('</feed>\n')).toBe(true);
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(textOf(children(root, 'title')[0]!)).toBe(awkward);
    expect(textOf(children(children(root, 'author')[0]!, 'name')[0]!)).toBe(awkward);
    expect(textOf(children(root, 'id')[0]!)).toBe(feed.id);
    expect(children(root, 'link').map((l) => [l.attributes.rel, l.attributes.href])).toEqual([
      ['alternate', feed.alternate],
      ['self', feed.self],
    ]);
    const [entry] = children(root, 'entry');
    expect(textOf(children(entry!, 'title')[0]!)).toBe('标题 &amp; 副标题');
    expect(textOf(children(entry!, 'summary')[0]!)).toBe('a ]]> b ]]> c');
    expect(children(entry!, 'summary')[0]!.attributes.type).toBe('html');
    expect(children(entry!, 'link')[0]!.attributes.href).toBe(feed.entries[0]!.link);
    expect(children(entry!, 'category')[0]!.attributes).toEqual({ label: '现行 "版本" & <一>', term: 'current' });
    expect(textOf(children(entry!, 'published')[0]!)).toBe('2023-12-01T00:00:00.000Z');
  });

  it('leaves the author out when the feed has none, for its entries carry theirs', () => {
    const { author: _, ...anonymous } = feed;
    const doc = children(fromXml(atomXml(anonymous)), 'feed')[0]!;
    expect(children(doc, 'author')).toEqual([]);
    expect(children(children(doc, 'entry')[0]!, 'author')).toHaveLength(1);
  });
});
