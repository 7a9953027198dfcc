import type { ListRecord, VersionRecord } from '../../content/read.ts';
import { buildCatalog } from '../../model/catalog.ts';
import { lineOfMatch, type Problem } from '../../problem.ts';
import { warning } from '../body.ts';
import type { Rule } from '../types.ts';

/**
 * Personal information that PIPL art. 28 and GB/T 35273 treat as sensitive, as policies name it: a
 * list row that names one of these must be marked sensitive.
 */
export const SENSITIVE_TERMS = [
  '身份证',
  '护照',
  '证件号码',
  '精确位置',
  '精准定位',
  '行踪轨迹',
  '人脸',
  '面部',
  '指纹',
  '声纹',
  '虹膜',
  '生物识别',
  '银行账号',
  '银行卡',
  '金融账户',
  '征信',
  '医疗',
  '健康',
  '病历',
  '宗教',
  '特定身份',
  '不满十四周岁',
  '儿童',
] as const;

/** Words before "SDK" that speak of SDKs in general rather than name one. */
const GENERIC = new Set(['第三方', '相关', '其他', '这些', '此类', '该', '合作方', '上述', '以下', '各类', '部分']);

/** Characters that join words rather than belong to a name: a name found starts after the last. */
const JOINERS = /[了的与和及或等在用由将被把向对从并含括入]/u;

/**
 * The SDKs a text names: the name right before "SDK" ("接入了微信 SDK" → 微信, "友盟SDK" → 友盟), but
 * not the word SDK in general ("开发包(SDK)", "第三方 SDK"). The segmenter splits a name it does not
 * know into single characters, so a trailing run of them is read as one name.
 */
export function namedSdks(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const found = new Set<string>();
  for (const match of text.matchAll(/SDK/g)) {
    const words = [...segmenter.segment(text.slice(Math.max(0, match.index - 20), match.index).trimEnd())];
    let name = '';
    for (let i = words.length - 1; i >= 0; i--) {
      const word = words[i]!;
      if (!word.isWordLike) break;
      if ([...word.segment].length > 1) {
        if (name === '') name = word.segment;
        break;
      }
      name = word.segment + name;
    }
    name = name.split(JOINERS).at(-1) ?? '';
    if ([...name].length >= 2 && !GENERIC.has(name)) found.add(name);
  }
  return [...found];
}

/** A row's name as a text would say it: without a qualifier in brackets or a trailing "SDK". */
const core = (name: string) =>
  name
    .replace(/[（(][^）)]*[）)]/gu, '')
    .replace(/\s*SDK$/u, '')
    .replace(/\s/gu, '');

/**
 * A list should say what the text says: every recipient the list in force names is named by the
 * version's text, every SDK the text names is in that list (and a text that names SDKs has one), and
 * sensitive personal information is marked so. A list kept from an earlier version is checked
 * against each later version's text too.
 */
export const listsRule: Rule = {
  id: 'lists',
  description:
    'personal information lists that the text does not back, SDKs the list misses, sensitive items not marked',
  check: ({ records, now }) => {
    const problems = records.lists.flatMap(sensitiveNotMarked);
    const catalog = buildCatalog(records, now);
    for (const brand of catalog.brands)
      for (const policy of brand.policies)
        for (const version of policy.versions) {
          const shared = records.lists.find(
            (l): l is Extract<ListRecord, { kind: 'shared' }> =>
              l.kind === 'shared' &&
              l.brand === brand.id &&
              l.policy === policy.id &&
              l.date === version.lists.shared?.date,
          );
          problems.push(...sharedAgainstText(shared, version));
        }
    return problems;
  },
};

const sensitiveHint = 'Mark it sensitive (sensitive: true, or list it under sensitive:), or name it more precisely.';

/** Rows that name sensitive personal information without marking it sensitive. */
export function sensitiveNotMarked(list: ListRecord): Problem[] {
  if (list.kind === 'collected')
    return list.list.rows.flatMap((row) => {
      const term = SENSITIVE_TERMS.find((t) => row.item.includes(t));
      return term === undefined || row.sensitive
        ? []
        : [
            warning(
              'lists',
              list.file,
              `"${row.item}" names ${term}, which is sensitive personal information, but the row is not marked sensitive.`,
              sensitiveHint,
              { line: rowLine(list, row.item) },
            ),
          ];
    });
  return list.list.rows.flatMap((row) =>
    row.data.flatMap((item) => {
      const term = SENSITIVE_TERMS.find((t) => item.includes(t));
      return term === undefined || row.sensitive.includes(item)
        ? []
        : [
            warning(
              'lists',
              list.file,
              `"${item}", shared with "${row.name}", is sensitive personal information (${term}) but is not in its sensitive list.`,
              sensitiveHint,
              { line: lineOfMatch(list.source, new RegExp(escape(item))) },
            ),
          ];
    }),
  );
}

/** The list of recipients in force with a version, against what the version's text names. */
export function sharedAgainstText(
  list: Extract<ListRecord, { kind: 'shared' }> | undefined,
  version: VersionRecord,
): Problem[] {
  const sdks = namedSdks(version.body);
  if (list === undefined)
    return sdks.length === 0
      ? []
      : [
          warning(
            'lists',
            version.file,
            `The text names ${sdks.map((s) => `the ${s} SDK`).join(', ')}, and no list of third parties is in force for it.`,
            `Add ${version.date}.shared.yaml beside it with a row for each SDK (name, provider, purpose, data).`,
            { line: sdkLine(version, sdks[0]!) },
          ),
        ];
  const text = version.body.replace(/\s/gu, '');
  const names = list.list.rows.map((row) => core(row.name));
  const file = version.file.split('/').at(-1);
  return [
    ...list.list.rows.flatMap((row) =>
      text.includes(core(row.name))
        ? []
        : [
            warning(
              'lists',
              list.file,
              `The list names "${row.name}", which the text of ${file} never names.`,
              'Name the recipient in the policy text too, or correct the name in the list to the one the text uses.',
              { line: rowLine(list, row.name) },
            ),
          ],
    ),
    ...sdks
      .filter((sdk) => !names.some((name) => name.includes(sdk) || sdk.includes(name)))
      .map((sdk) =>
        warning(
          'lists',
          version.file,
          `The text names the ${sdk} SDK, which the list in force (${list.file.split('/').at(-1)}) does not have.`,
          `Add a row for the ${sdk} SDK to the list (name, provider, purpose, data), or correct the text.`,
          { line: sdkLine(version, sdk) },
        ),
      ),
  ];
}

/** The file line where the text first names an SDK. */
const sdkLine = (version: VersionRecord, sdk: string) => {
  const line = lineOfMatch(version.body, new RegExp(`${escape(sdk)}\\s?SDK`));
  return line === undefined ? version.bodyLine : line + version.bodyLine - 1;
};

const rowLine = (list: ListRecord, name: string) =>
  lineOfMatch(list.source, new RegExp(`(?:item|name):\\s*["']?${escape(name)}`));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
