import type { ContentRecords, VersionRecord } from '../../content/read.ts';
import { problem, type Problem } from '../../problem.ts';
import { linkResolver } from '../link-targets.ts';
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
  check: ({ records, now }) => brokenLinks(records, now),
};

/** The broken links of every version, or of the brands a shard reads; the build refuses them too. */
export function brokenLinks(
  records: Pick<ContentRecords, 'brands' | 'versions' | 'lists'>,
  now: string,
  read?: ReadonlySet<string>,
): Problem[] {
  const resolve = linkResolver(records, now, read);
  return records.versions
    .filter((v) => read === undefined || read.has(v.brand))
    .flatMap((v) => checkVersion(v, resolve));
}

export function checkVersion(version: VersionRecord, resolve: ReturnType<typeof linkResolver>): Problem[] {
  const problems: Problem[] = [];
  const prefix = version.translation ? `/${version.locale}` : '';
  const own = new URL(`${prefix}/${version.brand}/${version.policy}/${version.date}/`, BASE);
  for (const { url, line, column } of version.text.links) {
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) continue;
    const report = (what: string, hint: string) =>
      problems.push(
        problem('internal-links', version.file, `The link "${url}" is broken: ${what}.`, hint, { line, column }),
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
    const found =
      path === own.pathname
        ? { anchors: version.text.headings.map((h) => h.slug), file: version.file }
        : resolve(path, version);
    if ('missing' in found) report(found.missing, found.hint);
    else if ('anchors' in found && anchor !== '' && !found.anchors.includes(anchor)) {
      const anchors = found.anchors;
      report(
        `${found.file} has no heading with the id "${anchor}"`,
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

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
