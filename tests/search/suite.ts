/**
 * The queries search is held to on the sample site (content/), by what a reader types: phrases as
 * written, variant and traditional characters, natural questions, typos, English, mixed script,
 * and queries that must find nothing. Each names the brands whose policy in force it must find
 * (and no others) and, for some, a word of the section heading a result must lead to. Expected
 * brands were read off content/brands/<brand>/privacy/<date>.mdx (the versions in force on
 * 2026-11-21): 贝业 2024-09-01, 车服到家 2025-01-15, 嘉品云市 2023-05-10, 新日升 2024-04-01, 1号店 2023-03-01.
 */
export interface SuiteQuery {
  q: string;
  kind: 'phrase' | 'variant' | 'traditional' | 'question' | 'typo' | 'english' | 'mixed' | 'nothing';
  /** The search page's language (its texts rank first); Chinese by default. */
  lang?: 'zh-CN' | 'en';
  /** Every brand whose policy in force it finds, and no other. */
  brands: string[];
  /** Those of `brands` found only through related words of the vocabulary (ranked below, labelled). */
  related?: string[];
  /** Brand → a word the heading of the section its result leads to holds. */
  sections?: Record<string, string>;
  /** For a typo: the spelling suggested, which then finds `brands`. */
  suggest?: string;
}

const all = ['beiye', 'chefu', 'jiapin', 'xinrisheng', 'yhd'];
const minors = ['beiye', 'chefu', 'jiapin', 'yhd'];

export const suite: SuiteQuery[] = [
  // Phrases as the policies write them.
  { q: '个人信息', kind: 'phrase', brands: all },
  { q: '身份证', kind: 'phrase', brands: ['beiye', 'yhd'] },
  {
    q: '未成年人',
    kind: 'phrase',
    brands: minors,
    sections: { beiye: '未成年人', chefu: '未成年人', yhd: '未成年人' },
  },
  { q: '监护人', kind: 'phrase', brands: minors },
  { q: '银行账号', kind: 'phrase', brands: ['yhd', 'jiapin'], related: ['jiapin'] },
  { q: '跨境', kind: 'phrase', brands: ['jiapin', 'xinrisheng'], sections: { jiapin: '跨境', xinrisheng: '跨境' } },
  { q: '护照', kind: 'phrase', brands: ['yhd'] },
  { q: '隐私权', kind: 'phrase', brands: ['beiye', 'jiapin'] },
  { q: '保存三年', kind: 'phrase', brands: ['beiye', 'chefu', 'xinrisheng'] },
  {
    q: '个性化推荐',
    kind: 'phrase',
    brands: ['xinrisheng', 'beiye', 'chefu', 'jiapin'],
    related: ['beiye', 'chefu', 'jiapin'],
  },
  { q: '敏感信息', kind: 'phrase', brands: ['jiapin', 'xinrisheng', 'beiye'], related: ['beiye'] },
  {
    q: '地理位置',
    kind: 'phrase',
    brands: ['chefu', 'beiye', 'jiapin', 'xinrisheng'],
    related: ['beiye', 'jiapin', 'xinrisheng'],
  },
  { q: '指纹', kind: 'phrase', brands: ['xinrisheng'] },
  { q: '匿名化', kind: 'phrase', brands: ['beiye', 'chefu', 'jiapin', 'xinrisheng'] },
  { q: '设备信息', kind: 'phrase', brands: ['chefu', 'jiapin', 'xinrisheng', 'beiye'], related: ['beiye'] },
  { q: '第三方', kind: 'phrase', brands: all },
  { q: '加密', kind: 'phrase', brands: ['beiye', 'jiapin', 'xinrisheng', 'chefu'], related: ['chefu'] },
  {
    q: '电子邮件',
    kind: 'phrase',
    brands: ['chefu', 'xinrisheng', 'yhd', 'beiye', 'en/beiye'],
    related: ['beiye', 'en/beiye'],
  },
  { q: '收货地址', kind: 'phrase', brands: all, related: ['beiye', 'chefu', 'xinrisheng', 'yhd'] },
  { q: '第三方 共享', kind: 'phrase', brands: all, related: ['xinrisheng'] },
  // Variant characters and width: one word however it is written.
  { q: '注销帐户', kind: 'variant', brands: ['beiye', 'chefu', 'jiapin', 'xinrisheng'], related: ['xinrisheng'] },
  { q: '注销账户', kind: 'variant', brands: ['beiye', 'chefu', 'jiapin', 'xinrisheng'], related: ['xinrisheng'] },
  {
    q: 'ＩＰ地址',
    kind: 'variant',
    brands: ['beiye', 'chefu', 'jiapin', 'xinrisheng', 'en/beiye'],
    related: ['en/beiye'],
  },
  { q: 'cookie', kind: 'variant', brands: ['chefu', 'jiapin', 'xinrisheng'] },
  { q: 'COOKIES', kind: 'variant', brands: ['chefu', 'jiapin', 'xinrisheng'] },
  // Traditional script.
  { q: '個人信息', kind: 'traditional', brands: all },
  { q: '註銷帳戶', kind: 'traditional', brands: ['beiye', 'chefu', 'jiapin', 'xinrisheng'], related: ['xinrisheng'] },
  { q: '身份證', kind: 'traditional', brands: ['beiye', 'yhd'] },
  { q: '跨境傳輸', kind: 'traditional', brands: ['jiapin', 'xinrisheng'] },
  { q: '監護人', kind: 'traditional', brands: minors },
  { q: '隱私權', kind: 'traditional', brands: ['beiye', 'jiapin'] },
  // Questions as a reader asks them; answered by related words or by their words apart.
  {
    q: '如何注销账号',
    kind: 'question',
    brands: ['beiye', 'chefu', 'jiapin', 'xinrisheng'],
    sections: { jiapin: '注销', beiye: '权利' },
  },
  {
    q: '删除账号',
    kind: 'question',
    brands: ['beiye', 'chefu', 'jiapin', 'xinrisheng'],
    related: ['beiye', 'chefu', 'jiapin', 'xinrisheng'],
  },
  { q: '儿童', kind: 'question', brands: minors, related: minors },
  {
    q: '儿童信息怎么保护',
    kind: 'question',
    brands: all,
    sections: { beiye: '未成年人', chefu: '未成年人', yhd: '未成年人', jiapin: '未成年人' },
  },
  { q: '人脸', kind: 'question', brands: ['xinrisheng'], related: ['xinrisheng'] },
  {
    q: '如何投诉',
    kind: 'question',
    brands: ['beiye', 'chefu', 'jiapin', 'xinrisheng'],
    sections: { jiapin: '争议', beiye: '联系' },
  },
  { q: '如何删除个人信息', kind: 'question', brands: all },
  {
    q: '个人信息会出境吗',
    kind: 'question',
    brands: ['jiapin', 'xinrisheng'],
    sections: { jiapin: '跨境', xinrisheng: '跨境' },
  },
  {
    q: '如何更正我的信息',
    kind: 'question',
    brands: ['beiye', 'jiapin', 'xinrisheng', 'yhd'],
    sections: { jiapin: '更正', xinrisheng: '更正' },
  },
  { q: '你们会收集我的位置吗', kind: 'question', brands: ['beiye', 'chefu', 'jiapin', 'xinrisheng'] },
  { q: '怎样撤回同意', kind: 'question', brands: ['beiye'], sections: { beiye: '权利' } },
  { q: '多久', kind: 'question', brands: ['jiapin'], related: ['jiapin'] },
  { q: '怎么关闭个性化推荐', kind: 'question', brands: ['xinrisheng'] },
  {
    q: '你们用Cookie做什么',
    kind: 'question',
    brands: ['chefu', 'jiapin', 'xinrisheng'],
    sections: { jiapin: 'cookie' },
  },
  { q: '一号店', kind: 'question', brands: ['yhd'], related: ['yhd'] },
  // Typos: the spelling suggested, and what it finds.
  { q: '身份正', kind: 'typo', suggest: '身份证', brands: ['beiye', 'yhd'] },
  { q: '个人信心', kind: 'typo', suggest: '个人信息', brands: all },
  { q: '隐私正策', kind: 'typo', suggest: '隐私政策', brands: ['beiye', 'chefu', 'jiapin', 'yhd'], related: ['yhd'] },
  { q: '监户人', kind: 'typo', suggest: '监护人', brands: minors },
  { q: 'cokie', kind: 'typo', suggest: 'cookie', brands: ['chefu', 'jiapin', 'xinrisheng'] },
  // English, in the English translation of 贝业's policy.
  { q: 'personal information', kind: 'english', lang: 'en', brands: ['en/beiye'] },
  { q: 'minors', kind: 'english', lang: 'en', brands: ['en/beiye'], sections: { 'en/beiye': 'minors' } },
  { q: 'withdraw consent', kind: 'english', lang: 'en', brands: ['en/beiye'], sections: { 'en/beiye': 'rights' } },
  { q: 'Personal Information', kind: 'english', lang: 'en', brands: ['en/beiye'] },
  // Across languages: one index holds both, so each search page finds the other language's texts.
  { q: 'personal information', kind: 'english', brands: ['en/beiye'] },
  { q: 'cookies', kind: 'english', lang: 'en', brands: ['chefu', 'jiapin', 'xinrisheng'] },
  { q: '个人信息', kind: 'phrase', lang: 'en', brands: all },
  // Latin and Chinese in one query.
  { q: 'IP地址', kind: 'mixed', brands: ['beiye', 'chefu', 'jiapin', 'xinrisheng', 'en/beiye'], related: ['en/beiye'] },
  { q: 'Web Beacon', kind: 'mixed', brands: ['chefu', 'xinrisheng'] },
  { q: 'SDK', kind: 'mixed', brands: ['jiapin'] },
  { q: 'cookies', kind: 'mixed', brands: ['chefu', 'jiapin', 'xinrisheng'] },
  // Nothing in any policy.
  { q: '量子力学', kind: 'nothing', brands: [] },
  { q: '区块链挖矿', kind: 'nothing', brands: [] },
  { q: 'blockchain', kind: 'nothing', brands: [] },
  { q: '天气预报', kind: 'nothing', brands: [] },
  { q: '火星', kind: 'nothing', brands: [] },
  { q: 'passport', kind: 'nothing', lang: 'en', brands: [] },
];
