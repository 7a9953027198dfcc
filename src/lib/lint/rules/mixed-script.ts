import type { VersionRecord } from '../../content/read.ts';
import type { Problem } from '../../problem.ts';
import { bodyLines, warning } from '../body.ts';
import { simplifiedOf } from '../traditional.ts';
import type { Rule } from '../types.ts';

/** Past this many, the text is likely all traditional and one notice says so. */
const MAX_REPORTED = 10;

/** Traditional characters in a simplified-Chinese text, typically pasted from another source (seed 004: 情況). */
export const mixedScriptRule: Rule = {
  id: 'mixed-script',
  description: 'traditional characters (況, 這, 們 …) in a zh-CN text, with the simplified form',
  check: ({ records }) => records.versions.filter((v) => v.locale === 'zh-CN').flatMap(checkVersion),
};

export function checkVersion(version: VersionRecord): Problem[] {
  const problems: Problem[] = [];
  let found = 0;
  for (const { text, line } of bodyLines(version)) {
    const chars = [...text];
    let column = 1;
    chars.forEach((char, i) => {
      const simplified = simplifiedOf.get(char);
      if (simplified !== undefined && ++found <= MAX_REPORTED) {
        const before = chars.slice(Math.max(0, i - 3), i).join('');
        const after = chars.slice(i + 1, i + 2).join('');
        problems.push(
          warning(
            'mixed-script',
            version.file,
            `"${before}${char}${after}" uses the traditional character ${char} in a simplified-Chinese (zh-CN) text.`,
            `Write ${simplified}: "${before}${simplified}${after}".`,
            { line, column },
          ),
        );
      }
      column += char.length;
    });
  }
  if (found > MAX_REPORTED) {
    problems.push(
      warning(
        'mixed-script',
        version.file,
        `${found - MAX_REPORTED} more traditional characters in this zh-CN text.`,
        "If the whole text is in traditional Chinese, convert it to simplified (e.g. with OpenCC), or check the brand's locale.",
        { line: version.bodyLine },
      ),
    );
  }
  return problems;
}
