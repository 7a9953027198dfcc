import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { VersionRecord } from '../../content/read.ts';
import { problem, type Problem } from '../../problem.ts';
import { at, bodyTree } from '../body.ts';
import { anchorsOf, makeResolver } from '../link-targets.ts';
import type { Rule } from '../types.ts';

const BASE = 'https://site.invalid';

/**
 * Links between policies and versions that lead nowhere: an unknown brand, policy or date, or an
 * anchor that no heading of the target version produces. Relative links are read from the
 * version's permanent URL, /<brand>/<policy>/<date>/.
 */
export const internalLinksRule: Rule = {
  id: 'internal-links',
  description: 'links to brands, policies, versions and #anchors that do not exist',
  check: ({ records, now }) => {
    const resolve = makeResolver(records.brands, records.versions, now);
    return records.versions.flatMap((v) => checkVersion(v, resolve));
  },
};

export function checkVersion(version: VersionRecord, resolve: ReturnType<typeof makeResolver>): Problem[] {
  const problems: Problem[] = [];
  const prefix = version.translation ? `/${version.locale}` : '';
  const own = new URL(`${prefix}/${version.brand}/${version.policy}/${version.date}/`, BASE);
  for (const { url, node } of links(version)) {
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) continue;
    const report = (what: string, hint: string) =>
      problems.push(
        problem('internal-links', version.file, `The link "${url}" is broken: ${what}.`, hint, at(version, node)),
      );
    const target = new URL(url, own);
    const path = decode(target.pathname);
    const anchor = decode(target.hash.slice(1));
    if (path === undefined || anchor === undefined) {
      report(
        'it has a malformed %-escape',
        'Write the address with plain characters, e.g. #一适用范围, or escape "%" as %25.',
      );
      continue;
    }
    const found = path === own.pathname ? { version } : resolve(path, version);
    if ('missing' in found) report(found.missing, found.hint);
    else if ('version' in found && anchor !== '' && !anchorsOf(found.version).includes(anchor)) {
      const anchors = anchorsOf(found.version);
      report(
        `${found.version.file} has no heading with the id "${anchor}"`,
        anchors.length > 0
          ? `Its headings give: ${anchors
              .slice(0, 8)
              .map((a) => `#${a}`)
              .join(', ')}${anchors.length > 8 ? ', …' : ''}.`
          : 'That version has no headings; link to the page without an anchor.',
      );
    }
  }
  return problems;
}

/** Markdown links and definitions, and `<a href>` written as HTML. */
function links(version: VersionRecord): { url: string; node: Node }[] {
  const out: { url: string; node: Node }[] = [];
  visit(bodyTree(version), (node) => {
    if (node.type === 'link' || node.type === 'definition') out.push({ url: node.url, node });
    else if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a') {
      for (const attr of node.attributes)
        if (attr.type === 'mdxJsxAttribute' && attr.name === 'href' && typeof attr.value === 'string')
          out.push({ url: attr.value, node });
    }
  });
  return out;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
