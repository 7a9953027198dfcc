import { isRealDate } from '../../schemas/real-date.ts';

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;

/**
 * Date patterns near a statement of effect, strongest first: 生效日期 / 生效 before 更新日期,
 * "Effective" before "Last updated". Brackets around numbers ("2018年【2】月【4】日", a template
 * filled in by hand) are read through.
 */
const statements = [
  /生效(?:日期|时间)[:：\s]*(?:为|是)?\s*DATE/,
  /DATE\s*起?\s*(?:正式)?(?:生效|施行)/,
  /(?:更新|修订|发布)(?:日期|时间)[:：\s]*DATE/,
  /effective(?:\s+(?:date|as\s+of|from|on))?[:\s]*DATE/i,
  /(?:last\s+(?:updated|modified|revised)|updated(?:\s+on)?)[:\s]*DATE/i,
];
const DATE = String.raw`(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2}))|${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\s+(\d{4})`;

/** The effective date a policy text states, as YYYY-MM-DD, or undefined when it states none. */
export function statedEffectiveDate(text: string): string | undefined {
  const plain = text.replace(/[【[]\s*(\d+)\s*[】\]]/g, '$1');
  for (const statement of statements) {
    const pattern = new RegExp(statement.source.replace('DATE', `(?:${DATE})`), statement.flags);
    const m = pattern.exec(plain);
    if (!m) continue;
    const g = m.slice(1);
    const date =
      g[0] !== undefined
        ? ymd(g[0], g[1] ?? g[3], g[2] ?? g[4])
        : g[5] !== undefined
          ? ymd(g[7], monthOf(g[5]), g[6])
          : ymd(g[10], monthOf(g[9]), g[8]);
    if (date !== undefined) return date;
  }
  return undefined;
}

function monthOf(name: string | undefined): string | undefined {
  const index = months.findIndex((m) => m.startsWith((name ?? '').toLowerCase().slice(0, 3)));
  return index < 0 ? undefined : String(index + 1);
}

function ymd(y: string | undefined, m: string | undefined, d: string | undefined): string | undefined {
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isRealDate(date) ? date : undefined;
}
