import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../policy/blocks.ts';
import { afterText, beforeText, diffBlocks, renderRedline, type Block } from './diff.ts';
import { normalise } from '../policy/normalise.ts';

const seedDir = new URL('../../../tests/fixtures/seeds/', import.meta.url);
const seed = (prefix: string) => {
  const name = readdirSync(seedDir).find((file) => file.startsWith(prefix));
  if (name === undefined) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, seedDir), 'utf8');
};

/** Seed 000 as a Markdown policy: its numbered lines become headings, lettered ones items. */
const policy = seed('000_')
  .split('\n')
  .filter((line) => line.trim() !== '' && line !== '验证码图片')
  .map((line, k) => {
    if (k === 0) return `# ${line}`;
    if (/^[一二三四五六七八九十]+、/.test(line)) return `## ${line}`;
    if (/^\d+、/.test(line)) return `### ${line}`;
    if (/^[a-z] /.test(line)) return `- ${line.slice(2)}`;
    return line;
  })
  .join('\n\n');

/**
 * Sentences of the given seeds. The seeds hold about 22,000 characters in all, so
 * long documents reuse them.
 */
const sentencesOf = (prefixes: string[]) =>
  prefixes.flatMap((prefix) =>
    seed(prefix)
      .split(/\n+|(?<=[。；])/)
      .filter((s) => s.trim().length > 5),
  );
/** A policy of at least `size` characters: paragraphs of three sentences, a heading every six. */
const longPolicy = (prefixes: string[], size: number) => {
  const sentences = sentencesOf(prefixes);
  const lines: string[] = [];
  for (let k = 0, length = 0; length < size; k += 3) {
    if (k % 18 === 0) lines.push(`## ${sentences[k % sentences.length]?.slice(0, 10)}`);
    const paragraph = [k, k + 1, k + 2].map((n) => sentences[n % sentences.length]).join('');
    lines.push(paragraph);
    length += paragraph.length;
  }
  return lines.join('\n\n');
};

const blocksOf = (source: string): Block[] => parseBlocks(normalise(source));
const compare = (a: string, b: string, locale = 'zh-CN') => diffBlocks(blocksOf(a), blocksOf(b), { locale });
const changedLines = (a: string, b: string, locale = 'zh-CN') =>
  renderRedline(compare(a, b, locale))
    .split('\n')
    .filter((line) => /<(ins|del)>|^\[moved/.test(line));
const sectionsOf = (a: string, b: string) => compare(a, b).sections.map((s) => `${s.status} ${s.section}`);
/** The policy with the section starting at heading `from` moved before heading `before`. */
const moveSection = (from: string, before: string) => {
  const start = policy.indexOf(`## ${from}`);
  const end = policy.indexOf('\n\n## ', start + 1);
  const section = policy.slice(start, end + 2);
  const rest = policy.slice(0, start) + policy.slice(end + 2);
  const at = rest.indexOf(`## ${before}`);
  return rest.slice(0, at) + section + rest.slice(at);
};

describe('diffBlocks', () => {
  it('shows a Chinese word change word by word', () => {
    const b = policy.replace('我们会收集您使用服务', '我们将收取您使用服务');
    expect(changedLines(policy, b)).toEqual([
      '为了提供并优化您需要的服务,我们<del>会收集</del><ins>将收取</ins>您使用服务的相关信息,这类信息包括:',
    ]);
    expect(compare(policy, b).stats).toMatchObject({ inserted: 3, deleted: 3, blocksChanged: 1, sectionsChanged: 1 });
  });

  it('shows an English word change word by word', () => {
    const a = '## Sharing\n\nWe collect your email address and phone number to deliver orders.';
    const b = '## Sharing\n\nWe collect your email address and mobile number to deliver parcels.';
    expect(renderRedline(compare(a, b, 'en'))).toBe(
      '## Sharing\nWe collect your email address and <del>phone</del><ins>mobile</ins> number to deliver <del>orders</del><ins>parcels</ins>.',
    );
  });

  it('reads a rewritten phrase as one replacement, not word confetti', () => {
    expect(renderRedline(compare('我们收集、使用您的信息。', '我们存储、删除您的信息。'))).toBe(
      '我们<del>收集、使用</del><ins>存储、删除</ins>您的信息。',
    );
    // A real word between two edits stays as a landmark.
    const a = 'We may share the data with our partners in the European Union.';
    const b = 'We may sell all the records to any partners in the European Union.';
    expect(renderRedline(compare(a, b, 'en'))).toBe(
      'We may <del>share</del><ins>sell all</ins> the <del>data with our</del><ins>records to any</ins> partners in the European Union.',
    );
  });

  it('treats whitespace-only changes as no change', () => {
    const b = policy
      .replaceAll('\n\n', '\r\n  \r\n')
      .replaceAll(' ', ' \u3000 ')
      .replaceAll('。\r', '。  \r')
      .replace('一、适用范围', '一、适用范围\u00A0')
      .replace('我们收集信息是为了', '我们收集信息\n是为了');
    const model = compare(policy, b);
    expect(model.identical).toBe(true);
    expect(changedLines(policy, b)).toEqual([]);
    expect(model.sections.every((s) => s.status === 'unchanged')).toBe(true);
    expect(model.stats).toMatchObject({ inserted: 0, deleted: 0, blocksChanged: 0 });
  });

  it('treats a full-width space change as no change, even in blocks not normalised', () => {
    expect(compare('我们\u3000收集您的信息。', '我们 收集您的信息。').identical).toBe(true);
    const a: Block[] = [{ kind: 'paragraph', text: '我们\u3000收集  您的信息。', section: [] }];
    const b: Block[] = [{ kind: 'paragraph', text: '我们 收集 您的信息。', section: [] }];
    const model = diffBlocks(a, b, { locale: 'zh-CN' });
    expect(model.identical).toBe(true);
    expect([beforeText(model), afterText(model)]).toEqual([['我们\u3000收集  您的信息。'], ['我们 收集 您的信息。']]);
  });

  it('shows a moved section as one move, not removal and addition', () => {
    const b = moveSection('七、我们如何处理未成年人的个人信息', '三、我们如何使用信息');
    const model = compare(policy, b);
    expect(changedLines(policy, b)).toEqual([
      '[moved-to 1] ## 七、我们如何处理未成年人的个人信息',
      expect.stringMatching(/^\[moved-to 1\] 我们重视未成年人的个人信息保护/),
      '[moved-from 1] ## 七、我们如何处理未成年人的个人信息',
      expect.stringMatching(/^\[moved-from 1\] 我们重视未成年人的个人信息保护/),
    ]);
    expect(model.sections.filter((s) => s.status !== 'unchanged')).toEqual([
      { section: '七、我们如何处理未成年人的个人信息', status: 'moved' },
    ]);
    expect(model.stats).toMatchObject({
      inserted: 0,
      deleted: 0,
      blocksMoved: 2,
      sectionsMoved: 1,
      sectionsChanged: 0,
    });
  });

  it('marks a single moved paragraph and the sections it left and joined', () => {
    const paragraph = '我们不会将您的个人信息转移给任何公司、组织和个人。';
    const a = `## 甲\n\n第一段内容。\n\n${paragraph}\n\n## 乙\n\n第二段内容。`;
    const b = `## 甲\n\n第一段内容。\n\n## 乙\n\n第二段内容。\n\n${paragraph}`;
    expect(renderRedline(compare(a, b))).toBe(
      `## 甲\n第一段内容。\n[moved-from 1] ${paragraph}\n## 乙\n第二段内容。\n[moved-to 1] ${paragraph}`,
    );
    expect(sectionsOf(a, b)).toEqual(['changed 甲', 'changed 乙']);
  });

  it('compares an empty version with a non-empty one, both ways', () => {
    const source = '## 一、适用范围\n\n本政策适用于所有服务。';
    expect(renderRedline(compare('', source))).toBe('## <ins>一、适用范围</ins>\n<ins>本政策适用于所有服务。</ins>');
    expect(renderRedline(compare(source, ''))).toBe('## <del>一、适用范围</del>\n<del>本政策适用于所有服务。</del>');
    expect(sectionsOf('', source)).toEqual(['added 一、适用范围']);
    expect(sectionsOf(source, '')).toEqual(['removed 一、适用范围']);
    expect(compare('', source).stats).toMatchObject({ inserted: 17, blocksAdded: 2, sectionsAdded: 1 });
  });

  it('finds two empty versions identical', () => {
    expect(diffBlocks([], [], { locale: 'zh-CN' })).toEqual({
      entries: [],
      sections: [],
      stats: expect.objectContaining({ inserted: 0, deleted: 0 }),
      identical: true,
      coarse: false,
    });
  });

  it('finds identical versions identical', () => {
    const model = compare(policy, policy);
    expect(model.identical).toBe(true);
    expect(model.entries.every((entry) => entry.status === 'unchanged')).toBe(true);
    expect(renderRedline(model)).not.toMatch(/<(ins|del)>|\[moved/);
    expect(model.sections.map((s) => s.section)).toEqual([
      '',
      '一、适用范围',
      '二、我们如何收集信息',
      '三、我们如何使用信息',
      '四、我们如何共享信息',
      '五、信息存储',
      '六、您的个人信息保护',
      '七、我们如何处理未成年人的个人信息',
      '八、如何联系我们',
    ]);
  });

  it('reports a whole new section as added', () => {
    const b = policy.replace(
      '## 八、如何联系我们',
      '## 八、跨境传输\n\n我们不会向境外传输您的个人信息。\n\n## 九、如何联系我们',
    );
    expect(changedLines(policy, b)).toEqual([
      '## <ins>八、跨境传输</ins>',
      '<ins>我们不会向境外传输您的个人信息。</ins>',
      '## <del>八</del><ins>九</ins>、如何联系我们',
    ]);
    expect(sectionsOf(policy, b).filter((s) => !s.startsWith('unchanged'))).toEqual([
      'added 八、跨境传输',
      'changed 九、如何联系我们',
    ]);
  });

  it('reports a removed section where it used to be', () => {
    const start = policy.indexOf('## 五、信息存储');
    const b = policy.slice(0, start) + policy.slice(policy.indexOf('## 六、', start));
    const model = compare(policy, b);
    expect(model.sections.map((s) => `${s.status} ${s.section}`).slice(4, 7)).toEqual([
      'unchanged 四、我们如何共享信息',
      'removed 五、信息存储',
      'unchanged 六、您的个人信息保护',
    ]);
    expect(changedLines(policy, b)).toEqual(['## <del>五、信息存储</del>', expect.stringMatching(/^<del>.+<\/del>$/)]);
    expect(model.stats).toMatchObject({ sectionsRemoved: 1, blocksRemoved: 2, inserted: 0 });
  });

  it('diffs two unrelated 20,000-character documents quickly, as removal and addition', () => {
    const a = blocksOf(longPolicy(['000_', '001_'], 20_000));
    const b = blocksOf(longPolicy(['002_', '003_', '004_'], 20_000));
    diffBlocks(a, b, { locale: 'zh-CN' });
    const start = performance.now();
    const model = diffBlocks(a, b, { locale: 'zh-CN' });
    expect(performance.now() - start).toBeLessThan(300);
    const { blocksChanged, blocksAdded, blocksRemoved } = model.stats;
    expect(blocksChanged).toBeLessThan(5);
    expect(blocksAdded + blocksChanged).toBeGreaterThan(b.length * 0.9);
    expect(blocksRemoved + blocksChanged).toBeGreaterThan(a.length * 0.9);
    expect(beforeText(model)).toEqual(a.map((block) => block.text));
    expect(afterText(model)).toEqual(b.map((block) => block.text));
  });

  it('stops aligning a stretch that would be too expensive and says so', () => {
    const items = (prefixes: string[]) => sentencesOf(prefixes).map((s) => `- ${s.trim()}`);
    const [a, b] = [blocksOf(items(['000_', '001_']).join('\n')), blocksOf(items(['002_', '003_', '004_']).join('\n'))];
    const start = performance.now();
    const model = diffBlocks(a, b, { locale: 'zh-CN' });
    expect(performance.now() - start).toBeLessThan(300);
    expect(model.coarse).toBe(true);
    expect(beforeText(model)).toEqual(a.map((block) => block.text));
    expect(afterText(model)).toEqual(b.map((block) => block.text));
  });

  it('replaces a pathologically edited block whole instead of searching long', () => {
    const text = seed('001_').replaceAll('\n', '').slice(0, 5_000);
    const scrambled = [...text].reverse().join('');
    const model = diffBlocks(
      [{ kind: 'paragraph', text, section: [] }],
      [{ kind: 'paragraph', text: scrambled, section: [] }],
      { locale: 'zh-CN' },
    );
    expect(model.entries.map((entry) => entry.status)).toEqual(['removed', 'added']);
  });
});
